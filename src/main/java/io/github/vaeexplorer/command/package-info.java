/**
 * The SciJava commands, one per user action, listed once in
 * {@link io.github.vaeexplorer.command.CommandCatalog} (menu name, verb, command); each builds its settings, calls
 * the core and returns its outputs without showing any window. Also the text-to-typed binding of their keys and a
 * runner that calls them on the current thread.
 * <p>
 * May depend on: {@code analysis}, {@code cells}, {@code cells.ij}, {@code data}, {@code data.synthetic},
 * {@code explore}, {@code export}, {@code history}, {@code latent}, {@code metrics}, {@code model}, {@code report},
 * {@code study}, {@code table}, {@code text}, {@code train}.
 */
package io.github.vaeexplorer.command;
