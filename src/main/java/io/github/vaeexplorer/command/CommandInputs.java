package io.github.vaeexplorer.command;

import java.util.Optional;

import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;

/**
 * Finds a command's non-text inputs by what they are, not by name: the image it works on, the listener that hears
 * training progress, the token that cancels it, a table. A front end (the ImageJ menus, the command line) hands
 * each in where the command declares one.
 *
 * @author VAE Explorer developers
 */
public final class CommandInputs {

	private CommandInputs() {}

	/** The command's one input of the given type (or a subtype), if it declares one. */
	public static Optional<ModuleItem<?>> ofType(CommandInfo info, Class<?> type) {
		for (ModuleItem<?> item : info.inputs()) {
			if (type.isAssignableFrom(item.getType())) return Optional.of(item);
		}
		return Optional.empty();
	}

	/** Whether a text key names a file the command writes (a save field), not one it reads. */
	public static boolean isOutputFile(ModuleItem<?> item) {
		return "save".equals(item.getWidgetStyle());
	}
}
