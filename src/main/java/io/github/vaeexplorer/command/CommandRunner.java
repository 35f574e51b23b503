package io.github.vaeexplorer.command;

import java.util.HashMap;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/**
 * Runs one of our commands as a SciJava module on the calling thread, with every input supplied by the caller (no
 * dialogs, no remembered values), and returns its outputs. A failure comes back as the command's own exception,
 * whose message is the one sentence to show the user: not wrapped, and not logged with a stack trace as SciJava's
 * module runner would.
 *
 * @author VAE Explorer developers
 */
public final class CommandRunner {

	private final Context context;

	public CommandRunner(Context context) {
		this.context = context;
	}

	/**
	 * Runs a command and waits for it.
	 *
	 * @return the command's outputs by name
	 * @throws RuntimeException the command's own exception when it fails
	 */
	public Map<String, Object> run(Class<? extends Command> command, Map<String, Object> inputs) {
		CommandInfo info = context.service(CommandService.class).getCommand(command);
		if (info == null) throw new IllegalStateException(command.getName() + " is not an indexed SciJava command");
		Module module;
		try {
			module = context.service(ModuleService.class).createModule(info);
		}
		catch (RuntimeException e) {
			throw new IllegalStateException("cannot create " + info.getTitle() + ": " + e.getMessage(), e);
		}
		for (Map.Entry<String, Object> e : inputs.entrySet()) {
			if (info.getInput(e.getKey()) == null) throw new IllegalArgumentException("unknown key '" + e.getKey() +
				"' for " + info.getTitle());
			module.setInput(e.getKey(), e.getValue());
			module.resolveInput(e.getKey());
		}
		module.run();
		return new HashMap<>(module.getOutputs());
	}
}
