package io.github.vaeexplorer.command;

import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * The SciJava context VAE Explorer's commands need where no application provides one (plain ImageJ 1.x, the command
 * line, tests): the command service and the {@link ModelService}. Inside Fiji the application's context has both.
 *
 * @author VAE Explorer developers
 */
public final class CommandContexts {

	private CommandContexts() {}

	/** A new context with just the services the commands use; the caller disposes it. */
	public static Context create() {
		return new Context(CommandService.class, ModelService.class);
	}
}
