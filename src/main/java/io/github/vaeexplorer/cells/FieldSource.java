package io.github.vaeexplorer.cells;

/**
 * One field of view and its segmentation, loaded on demand so that a folder of fields is never held at once. Each
 * method may be called more than once (an automatic crop size reads every label image before the first crop).
 *
 * @author VAE Explorer developers
 */
public interface FieldSource {

	/** What the crop table's {@code source} column says: the image's file name or title. */
	String name();

	/** The crop table's {@code condition} (e.g. the sub-folder the field came from), or "" when there is none. */
	String condition();

	/**
	 * The label image.
	 *
	 * @throws IllegalArgumentException naming the file when it cannot be read or is no label image
	 */
	LabelImage labels();

	/**
	 * The field's chosen channels, as large as the label image.
	 *
	 * @throws IllegalArgumentException naming the file when it cannot be read or does not match its labels
	 */
	Field field();

	/** The name of an object (an ROI's name), or "" when objects are known by label only. */
	default String objectName(int label) {
		return "";
	}
}
