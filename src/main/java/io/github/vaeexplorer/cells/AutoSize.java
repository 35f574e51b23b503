package io.github.vaeexplorer.cells;

import java.util.Arrays;

/**
 * {@code size=auto}: {@value #MARGIN} times the {@value #PERCENTILE}th percentile of the objects' extents
 * ({@link CropSettings#extent}), rounded up to a multiple of 4 (at least {@link CropSettings#MIN_SIZE}), so that
 * nearly every object fits whole with a margin around it while a few outsized ones do not blow up the crop.
 *
 * @author VAE Explorer developers
 */
public final class AutoSize {

	/** The percentile of extents the size covers. */
	public static final double PERCENTILE = 95;

	/** Room around the object: the crop side over the covered extent. */
	public static final double MARGIN = 1.25;

	private AutoSize() {}

	/**
	 * @param extents one a (non-border) object
	 * @throws IllegalArgumentException if there is none
	 */
	public static int of(double[] extents) {
		if (extents.length == 0) throw new IllegalArgumentException("no object to size the crops by: every object " +
			"touches the border, or the label images are empty");
		double[] sorted = extents.clone();
		Arrays.sort(sorted);
		// Nearest rank: the smallest extent at least PERCENTILE % of the objects do not exceed.
		int rank = (int) Math.ceil(PERCENTILE / 100 * sorted.length) - 1;
		double covered = sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
		int size = (int) Math.ceil(covered * MARGIN / 4 - 1e-9) * 4;
		return Math.max(CropSettings.MIN_SIZE, size);
	}
}
