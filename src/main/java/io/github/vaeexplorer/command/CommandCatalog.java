package io.github.vaeexplorer.command;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.scijava.command.Command;

/**
 * Every user action, once: its menu/macro name (docs/reference.md), its command-line verb and the SciJava command that
 * does it. The ImageJ menus ({@code plugins.config}), the macro bridge and the CLI all look actions up here.
 *
 * @author VAE Explorer developers
 */
public final class CommandCatalog {

	/** One action. */
	public static final class Entry {

		private final String menuName;
		private final String verb;
		private final Class<? extends Command> command;

		Entry(String menuName, String verb, Class<? extends Command> command) {
			this.menuName = menuName;
			this.verb = verb;
			this.command = command;
		}

		/** The name in Plugins › VAE Explorer and in {@code run("...")}, e.g. {@code Train VAE...}. */
		public String menuName() { return menuName; }

		/** The command-line verb, e.g. {@code train}. */
		public String verb() { return verb; }

		public Class<? extends Command> command() { return command; }
	}

	private static final List<Entry> ENTRIES = Collections.unmodifiableList(Arrays.asList(
		new Entry("Train VAE...", "train", TrainVaeCommand.class),
		new Entry("Latent Sweep...", "sweep", LatentSweepCommand.class),
		new Entry("Traversal Grid...", "grid", TraversalGridCommand.class),
		new Entry("Interpolate Slices...", "interpolate", InterpolateSlicesCommand.class),
		new Entry("Reconstruct Stack...", "reconstruct", ReconstructStackCommand.class),
		new Entry("Sample From Prior...", "sample", SampleFromPriorCommand.class),
		new Entry("Encode Stack...", "encode", EncodeStackCommand.class),
		new Entry("Model Info...", "info", ModelInfoCommand.class),
		new Entry("Latent Metrics...", "metrics", LatentMetricsCommand.class),
		new Entry("Beta Study...", "study", BetaStudyCommand.class),
		new Entry("Interactive Traversal...", "interactive", InteractiveTraversalCommand.class),
		new Entry("Open Sample Data...", "sample_data", OpenSampleDataCommand.class),
		new Entry("Export Model...", "export", ExportModelCommand.class),
		new Entry("Cluster Latents...", "cluster", ClusterLatentsCommand.class),
		new Entry("Outlier Scores...", "outliers", OutlierScoresCommand.class),
		new Entry("Condition Shift...", "shift", ConditionShiftCommand.class),
		// From segmented cells to a training stack, and results back onto the cells.
		new Entry("Crop Cells...", "crop", CropCellsCommand.class),
		new Entry("Color Cells By...", "color_cells", ColorCellsCommand.class),
		new Entry("Latent Explorer...", "explorer", LatentExplorerCommand.class)));

	/** Verbs of the command line that have no menu entry (their "menu name" is the verb, for messages). */
	private static final List<Entry> CLI_ONLY = Collections.unmodifiableList(Arrays.asList(
		new Entry("embed", "embed", EmbedCommand.class)));

	private CommandCatalog() {}

	/** All actions, in menu order. */
	public static List<Entry> entries() {
		return ENTRIES;
	}

	/** The action a command class performs. */
	public static Optional<Entry> byCommand(Class<? extends Command> command) {
		return ENTRIES.stream().filter(e -> e.command().equals(command)).findFirst();
	}

	/** The action with a given verb (menu entries first, then the command line's own verbs). */
	public static Optional<Entry> byVerb(String verb) {
		Optional<Entry> menu = ENTRIES.stream().filter(e -> e.verb().equals(verb)).findFirst();
		return menu.isPresent() ? menu : CLI_ONLY.stream().filter(e -> e.verb().equals(verb)).findFirst();
	}

	/** The command line's verbs without a menu entry (e.g. {@code embed}, the Latent Explorer's headless part). */
	public static List<Entry> cliOnly() {
		return CLI_ONLY;
	}
}
