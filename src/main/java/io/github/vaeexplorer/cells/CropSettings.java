package io.github.vaeexplorer.cells;

import java.util.Locale;

/**
 * How {@code Crop Cells...} cuts objects out: the crop size (or auto), what happens outside the object, whether the
 * object is turned to its principal axis, and whether its size is normalised. Immutable; the keys and words are
 * those of docs/reference.md.
 *
 * @author VAE Explorer developers
 */
public final class CropSettings {

	/** The word for an automatic crop size. */
	public static final String AUTO = "auto";

	/** Smallest crop side in pixels. */
	public static final int MIN_SIZE = 4;

	/** What pixels outside the object become. */
	public enum Mask {
		/** kept: the object's surroundings, neighbours included */
		NONE,
		/** 0 */
		ZERO,
		/** the median of the background (label 0) pixels in the crop, per channel */
		BACKGROUND;
	}

	/** Whether crops are rotated. */
	public enum Align {
		/** as in the field */
		NONE,
		/** rotated about the centroid (bilinear) so that the principal axis is horizontal */
		PRINCIPAL;
	}

	/** Whether crops are rescaled. */
	public enum Scale {
		/** pixels as in the field */
		NONE,
		/** every object resampled so that its extent is the same fraction of the crop */
		NORMALISE;
	}

	private final int size;
	private final Mask mask;
	private final Align align;
	private final Scale scale;

	/**
	 * @param size crop side in pixels, or 0 for auto
	 */
	public CropSettings(int size, Mask mask, Align align, Scale scale) {
		if (size != 0 && size < MIN_SIZE) throw new IllegalArgumentException("size must be " + AUTO + " or at least " +
			MIN_SIZE + " (got " + size + ")");
		this.size = size;
		this.mask = mask;
		this.align = align;
		this.scale = scale;
	}

	/**
	 * Settings from the macro keys' words.
	 *
	 * @throws IllegalArgumentException naming the bad key
	 */
	public static CropSettings of(String size, String mask, String align, String scale) {
		return new CropSettings(parseSize(size), word(Mask.class, "mask", mask), word(Align.class, "align", align), word(
			Scale.class, "scale", scale));
	}

	private static int parseSize(String text) {
		String t = text == null ? "" : text.trim();
		if (t.isEmpty() || t.equalsIgnoreCase(AUTO)) return 0;
		try {
			int n = Integer.parseInt(t);
			if (n >= MIN_SIZE) return n;
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("size must be " + AUTO + " or a whole number of at least " + MIN_SIZE +
			" (got '" + text + "')");
	}

	private static <E extends Enum<E>> E word(Class<E> type, String key, String text) {
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException(key + " must be one of " + key(type.getEnumConstants()) + " (got '" +
				text + "')");
		}
	}

	private static String key(Enum<?>[] values) {
		StringBuilder sb = new StringBuilder();
		for (Enum<?> v : values) sb.append(sb.length() == 0 ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT));
		return sb.toString();
	}

	/** Crop side in pixels; 0 = auto ({@link AutoSize}). */
	public int size() { return size; }

	public boolean autoSize() { return size == 0; }

	public Mask mask() { return mask; }

	public Align align() { return align; }

	public Scale scale() { return scale; }

	/** Settings with a fixed size (the one auto chose). */
	public CropSettings withSize(int chosen) {
		return new CropSettings(chosen, mask, align, scale);
	}

	/**
	 * The extent that auto size and normalised scale use for one object: with {@code align=principal}, the length of
	 * its principal axis ({@link CellObject#majorLength}); otherwise the longer side of its bounding box.
	 */
	public double extent(CellObject o) {
		return align == Align.PRINCIPAL ? o.majorLength() : Math.max(o.boxWidth(), o.boxHeight());
	}
}
