package io.github.vaeexplorer.cells;

/**
 * One row of the crop table: which slice of the crop stack shows which object of which field, with the object's
 * measurements. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class CropRecord {

	private final int slice;
	private final String source;
	private final String condition;
	private final String name;
	private final CellObject object;
	private final double[] means;

	CropRecord(int slice, String source, String condition, String name, CellObject object, double[] means) {
		this.slice = slice;
		this.source = source;
		this.condition = condition;
		this.name = name;
		this.object = object;
		this.means = means.clone();
	}

	/** 1-based slice of the crop stack. */
	public int slice() { return slice; }

	public String source() { return source; }

	public String condition() { return condition; }

	/** The ROI name, or "". */
	public String name() { return name; }

	public CellObject object() { return object; }

	/** Mean value of the object per chosen channel. */
	public double[] means() { return means.clone(); }
}
