package io.github.vaeexplorer.data.synthetic;

/**
 * One entry of the {@link SampleData} catalogue: a shipped image stack (a zip holding one TIFF)
 * and its per-slice factor or label table (CSV). Immutable.
 */
public final class SampleDataset {

	private final String name;
	private final String description;
	private final String imageFile;
	private final String tableFile;

	/**
	 * Creates a catalogue entry.
	 *
	 * @param name short unique name, e.g. {@code "shapes"}
	 * @param description one-sentence description for users
	 * @param imageFile file name of the zipped TIFF stack inside the sample-data folder
	 * @param tableFile file name of the CSV table inside the sample-data folder
	 */
	public SampleDataset(String name, String description, String imageFile,
		String tableFile)
	{
		this.name = name;
		this.description = description;
		this.imageFile = imageFile;
		this.tableFile = tableFile;
	}

	/** @return the short unique name, e.g. {@code "shapes"} */
	public String name() {
		return name;
	}

	/** @return a one-sentence description for users */
	public String description() {
		return description;
	}

	/** @return the file name of the zipped stack, e.g. {@code "shapes.zip"} */
	public String imageFile() {
		return imageFile;
	}

	/** @return the file name of the factor or label CSV, e.g. {@code "shapes-factors.csv"} */
	public String tableFile() {
		return tableFile;
	}

	/** @return the absolute class-path resource of the zipped stack, e.g. {@code "/sample-data/shapes.zip"} */
	public String imageResource() {
		return SampleData.RESOURCE_FOLDER + imageFile;
	}

	/** @return the absolute class-path resource of the CSV table */
	public String tableResource() {
		return SampleData.RESOURCE_FOLDER + tableFile;
	}

	@Override
	public String toString() {
		return name + ": " + description;
	}
}
