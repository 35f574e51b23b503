package io.github.vaeexplorer.cells;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures every object of a label image in one pass over its pixels: area, bounding box, centroid and second
 * moments. Costs one pass and a few arrays as long as the largest id.
 *
 * @author VAE Explorer developers
 */
public final class ObjectMeasurer {

	private ObjectMeasurer() {}

	/** Every object (id above 0), in increasing id order. */
	public static List<CellObject> measure(LabelImage labels) {
		int w = labels.width(), h = labels.height();
		int[] ids = labels.ids();
		int max = 0;
		for (int id : ids) max = Math.max(max, id);
		int[] count = new int[max + 1];
		int[] minX = new int[max + 1], minY = new int[max + 1], maxX = new int[max + 1], maxY = new int[max + 1];
		// Moments about each object's first pixel, so that the sums stay small and exact for large images.
		int[] ox = new int[max + 1], oy = new int[max + 1];
		double[] sx = new double[max + 1], sy = new double[max + 1], sxx = new double[max + 1],
			syy = new double[max + 1], sxy = new double[max + 1];
		for (int y = 0, i = 0; y < h; y++) {
			for (int x = 0; x < w; x++, i++) {
				int id = ids[i];
				if (id == 0) continue;
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
		for (int id = 1; id <= max; id++) {
			int n = count[id];
			if (n == 0) continue;
			double mx = sx[id] / n, my = sy[id] / n;
			objects.add(new CellObject(id, n, minX[id], minY[id], maxX[id], maxY[id], ox[id] + mx, oy[id] + my,
				sxx[id] / n - mx * mx, syy[id] / n - my * my, sxy[id] / n - mx * my));
		}
		return objects;
	}
}
