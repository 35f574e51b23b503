package io.github.vaeexplorer.data;

import net.imglib2.RealRandomAccess;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Resamples one 2D float plane to another size, each axis scaled by {@code dstSize / srcSize}.
 * <p>
 * Shrinking uses area averaging: every destination pixel is the mean of the source area it covers, with
 * partially covered source pixels weighted by the covered fraction, so no source value is skipped (no
 * aliasing) and a constant image stays constant. Enlarging uses bilinear interpolation with the
 * pixel-centre convention {@code src = (dst + 0.5) / scale - 0.5}, clamped at the border. An axis of
 * unchanged size is copied exactly, so equal sizes give a bit-for-bit copy. Both are separable and cost
 * O(destination pixels x source pixels per destination pixel).
 */
final class PlaneResampler {

	private PlaneResampler() {
	}

	/**
	 * Resamples {@code src} (srcWidth x srcHeight, row-major, starting at 0) into the dstWidth x dstHeight
	 * rectangle of {@code dst} whose top-left value is at {@code dstOffset} and whose rows are
	 * {@code dstStride} apart. Values of {@code dst} outside that rectangle are left untouched.
	 */
	static void resample(float[] src, int srcWidth, int srcHeight, float[] dst,
		int dstOffset, int dstStride, int dstWidth, int dstHeight)
	{
		final boolean shrinkOrKeep = dstWidth <= srcWidth && dstHeight <= srcHeight;
		final boolean enlargeOrKeep = dstWidth >= srcWidth && dstHeight >= srcHeight;
		if (shrinkOrKeep) {
			// Covers the unchanged size too: each weight is then exactly 1, so values are copied unchanged.
			areaAverage(src, srcWidth, srcHeight, dst, dstOffset, dstStride, dstWidth, dstHeight);
		}
		else if (enlargeOrKeep) {
			bilinear(src, srcWidth, srcHeight, dst, dstOffset, dstStride, dstWidth, dstHeight);
		}
		else {
			// One axis shrinks, the other grows: do one axis at a time, so each uses its own method.
			final float[] widthDone = new float[dstWidth * srcHeight];
			resample(src, srcWidth, srcHeight, widthDone, 0, dstWidth, dstWidth, srcHeight);
			resample(widthDone, dstWidth, srcHeight, dst, dstOffset, dstStride, dstWidth, dstHeight);
		}
	}

	// -- Area averaging --

	private static void areaAverage(float[] src, int srcWidth, int srcHeight, float[] dst,
		int dstOffset, int dstStride, int dstWidth, int dstHeight)
	{
		final AxisWeights alongX = AxisWeights.area(srcWidth, dstWidth);
		final AxisWeights alongY = AxisWeights.area(srcHeight, dstHeight);
		final double[] rows = new double[dstWidth * srcHeight];
		for (int y = 0; y < srcHeight; y++) {
			for (int x = 0; x < dstWidth; x++) {
				double sum = 0;
				final int first = alongX.first[x];
				final double[] weights = alongX.weights[x];
				for (int k = 0; k < weights.length; k++) {
					sum += weights[k] * src[y * srcWidth + first + k];
				}
				rows[y * dstWidth + x] = sum;
			}
		}
		for (int y = 0; y < dstHeight; y++) {
			final int first = alongY.first[y];
			final double[] weights = alongY.weights[y];
			for (int x = 0; x < dstWidth; x++) {
				double sum = 0;
				for (int k = 0; k < weights.length; k++) {
					sum += weights[k] * rows[(first + k) * dstWidth + x];
				}
				dst[dstOffset + y * dstStride + x] = (float) sum;
			}
		}
	}

	/** For each destination index along one axis: the first source index it covers and the covered weights. */
	private static final class AxisWeights {

		final int[] first;
		final double[][] weights;

		private AxisWeights(int[] first, double[][] weights) {
			this.first = first;
			this.weights = weights;
		}

		/**
		 * Exact overlap weights for shrinking srcLength to dstLength pixels. In units of 1/dstLength source
		 * pixels, destination pixel i covers [i*srcLength, (i+1)*srcLength) and source pixel j covers
		 * [j*dstLength, (j+1)*dstLength), so the overlaps are exact integers.
		 */
		static AxisWeights area(int srcLength, int dstLength) {
			final int[] first = new int[dstLength];
			final double[][] weights = new double[dstLength][];
			for (int i = 0; i < dstLength; i++) {
				final long start = (long) i * srcLength;
				final long end = start + srcLength;
				final int from = (int) (start / dstLength);
				final int to = (int) ((end + dstLength - 1) / dstLength);
				first[i] = from;
				weights[i] = new double[to - from];
				for (int j = from; j < to; j++) {
					final long overlap = Math.min(end, (long) (j + 1) * dstLength) - Math.max(start, (long) j * dstLength);
					weights[i][j - from] = (double) overlap / srcLength;
				}
			}
			return new AxisWeights(first, weights);
		}
	}

	// -- Bilinear --

	private static void bilinear(float[] src, int srcWidth, int srcHeight, float[] dst,
		int dstOffset, int dstStride, int dstWidth, int dstHeight)
	{
		final ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(src, srcWidth, srcHeight);
		// Extending the border by repetition is the same as clamping the source coordinate.
		final RealRandomAccess<FloatType> access = Views.interpolate(Views.extendBorder(img),
			new NLinearInterpolatorFactory<FloatType>()).realRandomAccess();
		final double scaleX = (double) dstWidth / srcWidth;
		final double scaleY = (double) dstHeight / srcHeight;
		for (int y = 0; y < dstHeight; y++) {
			access.setPosition(sourceCoordinate(y, scaleY, srcHeight), 1);
			for (int x = 0; x < dstWidth; x++) {
				access.setPosition(sourceCoordinate(x, scaleX, srcWidth), 0);
				dst[dstOffset + y * dstStride + x] = access.get().get();
			}
		}
	}

	private static double sourceCoordinate(int dst, double scale, int srcLength) {
		final double src = (dst + 0.5) / scale - 0.5;
		return Math.max(0, Math.min(srcLength - 1, src));
	}
}
