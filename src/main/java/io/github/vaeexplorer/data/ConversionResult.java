package io.github.vaeexplorer.data;

import java.util.Optional;

/**
 * What {@link StackConverter} made of an image: the normalised training samples, plus everything needed
 * to map network output back to the source (normalisation, geometry, labels) and to tell the user about
 * problems (non-finite pixels). Immutable apart from the sample set it holds.
 */
public final class ConversionResult {

	private final SampleSet samples;
	private final Normalisation normalisation;
	private final SourceGeometry geometry;
	private final long nonFiniteCount;
	private final String[] sampleLabels;
	private final String warning;

	/**
	 * @param samples the training samples
	 * @param normalisation the map used to bring the source values to [0,1]
	 * @param geometry how the source planes map into the samples' square
	 * @param nonFiniteCount how many NaN/±Inf source pixels were replaced by the background
	 * @param sampleLabels one ImageJ slice label (or null) per sample; copied
	 * @param warningOrNull a sentence for the user, or null if there is nothing to report
	 */
	public ConversionResult(SampleSet samples, Normalisation normalisation, SourceGeometry geometry,
		long nonFiniteCount, String[] sampleLabels, String warningOrNull)
	{
		if (sampleLabels.length != samples.count()) {
			throw new IllegalArgumentException("expected one label per sample (" + samples.count() + "), got " +
				sampleLabels.length);
		}
		this.samples = samples;
		this.normalisation = normalisation;
		this.geometry = geometry;
		this.nonFiniteCount = nonFiniteCount;
		this.sampleLabels = sampleLabels.clone();
		this.warning = warningOrNull;
	}

	/** @return the training samples, values in [0,1], layout [c][y][x] */
	public SampleSet samples() {
		return samples;
	}

	/** @return the normalisation used; store it with the model to convert later images the same way */
	public Normalisation normalisation() {
		return normalisation;
	}

	/** @return how the source planes map into the samples' square */
	public SourceGeometry geometry() {
		return geometry;
	}

	/** @return how many NaN/±Inf source pixels were replaced by the background (normalised 0) */
	public long nonFiniteCount() {
		return nonFiniteCount;
	}

	/** @return a copy of the ImageJ slice label of each sample's first-channel plane; entries may be null */
	public String[] sampleLabels() {
		return sampleLabels.clone();
	}

	/** @return one sentence for the user if something was off with the input (e.g. NaN pixels) */
	public Optional<String> warning() {
		return Optional.ofNullable(warning);
	}
}
