package io.github.vaeexplorer.cells;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures every object of a label image in one pass over its pixels: area, bounding box, centroid and second
 * moments. Costs two passes over the ids, an index as long as the largest id, and a few arrays as long as the
 * number of objects.
 *
 * @author VAE Explorer developers
 */
public final class ObjectMeasurer {

	private ObjectMeasurer() {}

	/** Every object (id above 0), in increasing id order. */
	public static List<CellObject> measure(LabelImage labels) {
		int w = labels.width(), h = labels.height();
		int[] ids = labels.ids();
		// Ids may be sparse (e.g. up to 2^24 in a 32-bit label image): accumulate in one slot per id present.
		int max = 0;
		for (int id : ids) max = Math.max(max, id);
		int[] slotOf = new int[max + 1];
		int n = 0;
		for (int id : ids) {
			if (id != 0 && slotOf[id] == 0) slotOf[id] = ++n;
		}
		int[] count = new int[n + 1];
		int[] minX = new int[n + 1], minY = new int[n + 1], maxX = new int[n + 1], maxY = new int[n + 1];
		// Moments about each object's first pixel, so that the sums stay small and exact for large images.
		int[] ox = new int[n + 1], oy = new int[n + 1];
		double[] sx = new double[n + 1], sy = new double[n + 1], sxx = new double[n + 1], syy = new double[n + 1],
			sxy = new double[n + 1];
		for (int y = 0, i = 0; y < h; y++) {
			for (int x = 0; x < w; x++, i++) {
				if (ids[i] == 0) continue;
				int id = slotOf[ids[i]];
				if (count[id]++ == 0) {
					minX[id] = maxX[id] = ox[id] = x;
					minY[id] = maxY[id] = oy[id] = y;
				}
				else {
					if (x < minX[id]) minX[id] = x;
					if (x > maxX[id]) maxX[id] = x;
					maxY[id] = y;
				}
				double dx = x - ox[id], dy = y - oy[id];
				sx[id] += dx;
				sy[id] += dy;
				sxx[id] += dx * dx;
				syy[id] += dy * dy;
				sxy[id] += dx * dy;
			}
		}
		List<CellObject> objects = new ArrayList<>();
		for (int label = 1; label <= max; label++) {
			int id = slotOf[label];
			if (id == 0) continue;
			double mx = sx[id] / count[id], my = sy[id] / count[id];
			objects.add(new CellObject(label, count[id], minX[id], minY[id], maxX[id], maxY[id], ox[id] + mx, oy[id] +
				my, sxx[id] / count[id] - mx * mx, syy[id] / count[id] - my * my, sxy[id] / count[id] - mx * my));
		}
		return objects;
	}
}
