package io.github.vaeexplorer.cells;

import java.util.Arrays;

/**
 * Cuts one object out of a field as a {@code size}×{@code size} crop per channel, centred on its centroid.
 * <p>
 * Without rotation or rescaling the crop is an exact copy of field pixels: its pixel ({@code size/2},
 * {@code size/2}) is the field pixel nearest the centroid. With {@code align=principal} or {@code scale=normalise}
 * every crop pixel is sampled bilinearly at the centroid plus the rotated, scaled offset of the crop pixel from the
 * crop's centre ({@code (size-1)/2}), so that the principal axis runs along x and the centroid lies at the centre;
 * which object a sample belongs to is the label of the nearest field pixel. Crop pixels beyond the field's edge are
 * 0 (the background median with {@code mask=background}).
 *
 * @author VAE Explorer developers
 */
public final class CellCropper {

	/** Label of a crop pixel outside the field. */
	private static final int OUTSIDE = -1;

	private final CropSettings settings;
	private final int size;

	/** @param settings with a fixed size (not auto) */
	public CellCropper(CropSettings settings) {
		if (settings.autoSize()) throw new IllegalArgumentException("the crop size must be chosen before cropping");
		this.settings = settings;
		this.size = settings.size();
	}

	/** One object's crop: a plane per channel and the object's mean value per channel in the field. */
	public static final class Crop {

		private final float[][] planes;
		private final double[] means;

		Crop(float[][] planes, double[] means) {
			this.planes = planes;
			this.means = means;
		}

		/** {@code size*size} values per channel, row by row. */
		public float[][] planes() { return planes; }

		/** The object's mean value per channel, over its own field pixels (before any resampling). */
		public double[] means() { return means; }
	}

	/** Crops one object of the field; its labels must be the field's. */
	public Crop crop(Field field, LabelImage labels, CellObject object) {
		if (field.width() != labels.width() || field.height() != labels.height()) throw new IllegalArgumentException(
			"the label image is " + labels.width() + "x" + labels.height() + " but the field is " + field.width() + "x" +
				field.height());
		int n = size * size, channels = field.channelCount();
		float[][] planes = new float[channels][n];
		int[] owner = new int[n];
		if (settings.align() == CropSettings.Align.NONE && settings.scale() == CropSettings.Scale.NONE) copy(field,
			labels, object, planes, owner);
		else sample(field, labels, object, planes, owner);
		mask(object.label(), planes, owner);
		return new Crop(planes, means(field, labels, object));
	}

	private void copy(Field field, LabelImage labels, CellObject o, float[][] planes, int[] owner) {
		int w = field.width(), h = field.height();
		int x0 = (int) Math.floor(o.x() + 0.5) - size / 2, y0 = (int) Math.floor(o.y() + 0.5) - size / 2;
		for (int v = 0, i = 0; v < size; v++) {
			int sy = y0 + v;
			for (int u = 0; u < size; u++, i++) {
				int sx = x0 + u;
				if (sx < 0 || sy < 0 || sx >= w || sy >= h) {
					owner[i] = OUTSIDE;
					continue;
				}
				int s = sy * w + sx;
				owner[i] = labels.ids()[s];
				for (int c = 0; c < planes.length; c++) planes[c][i] = field.plane(c)[s];
			}
		}
	}

	private void sample(Field field, LabelImage labels, CellObject o, float[][] planes, int[] owner) {
		int w = field.width(), h = field.height();
		double angle = settings.align() == CropSettings.Align.PRINCIPAL ? o.axisRadians() : 0;
		double step = settings.scale() == CropSettings.Scale.NORMALISE ? settings.extent(o) / (size / AutoSize.MARGIN)
			: 1;
		double cos = Math.cos(angle) * step, sin = Math.sin(angle) * step, centre = (size - 1) / 2.0;
		for (int v = 0, i = 0; v < size; v++) {
			double dv = v - centre;
			for (int u = 0; u < size; u++, i++) {
				double du = u - centre;
				double sx = o.x() + du * cos - dv * sin, sy = o.y() + du * sin + dv * cos;
				if (sx < -0.5 || sy < -0.5 || sx > w - 0.5 || sy > h - 0.5) {
					owner[i] = OUTSIDE;
					continue;
				}
				int nx = Math.min(w - 1, (int) Math.floor(sx + 0.5)), ny = Math.min(h - 1, (int) Math.floor(sy + 0.5));
				owner[i] = labels.ids()[ny * w + Math.max(0, nx)];
				double cx = Math.max(0, Math.min(w - 1, sx)), cy = Math.max(0, Math.min(h - 1, sy));
				int x1 = (int) cx, y1 = (int) cy, x2 = Math.min(w - 1, x1 + 1), y2 = Math.min(h - 1, y1 + 1);
				double fx = cx - x1, fy = cy - y1;
				int a = y1 * w + x1, b = y1 * w + x2, c2 = y2 * w + x1, d = y2 * w + x2;
				for (int c = 0; c < planes.length; c++) {
					float[] p = field.plane(c);
					double top = p[a] + fx * (p[b] - p[a]), bottom = p[c2] + fx * (p[d] - p[c2]);
					planes[c][i] = (float) (top + fy * (bottom - top));
				}
			}
		}
	}

	private void mask(int label, float[][] planes, int[] owner) {
		CropSettings.Mask mode = settings.mask();
		for (int c = 0; c < planes.length; c++) {
			float fill = mode == CropSettings.Mask.BACKGROUND ? backgroundMedian(planes[c], owner) : 0;
			for (int i = 0; i < owner.length; i++) {
				if (owner[i] == OUTSIDE || (mode != CropSettings.Mask.NONE && owner[i] != label)) planes[c][i] = fill;
			}
		}
	}

	/** The median of the crop's background (label 0) values; 0 when the crop holds no background. */
	private static float backgroundMedian(float[] plane, int[] owner) {
		float[] values = new float[owner.length];
		int n = 0;
		for (int i = 0; i < owner.length; i++) {
			if (owner[i] == 0) values[n++] = plane[i];
		}
		if (n == 0) return 0;
		Arrays.sort(values, 0, n);
		return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	}

	private static double[] means(Field field, LabelImage labels, CellObject o) {
		double[] sums = new double[field.channelCount()];
		int w = field.width();
		for (int y = o.minY(); y < o.minY() + o.boxHeight(); y++) {
			for (int x = o.minX(), s = y * w + x; x < o.minX() + o.boxWidth(); x++, s++) {
				if (labels.ids()[s] != o.label()) continue;
				for (int c = 0; c < sums.length; c++) sums[c] += field.plane(c)[s];
			}
		}
		for (int c = 0; c < sums.length; c++) sums[c] /= o.area();
		return sums;
	}
}
