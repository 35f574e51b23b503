/**
 * The command line ({@code java -jar VAE_Explorer.jar VERB --key value}): parses options, runs the commands of
 * {@link io.github.vaeexplorer.command.CommandCatalog} headless, over one image or a folder, and writes their outputs
 * as files and JSON. The top of the tree: nothing depends on it.
 * <p>
 * May depend on: {@code bench}, {@code command}, {@code data}, {@code data.synthetic}, {@code history}, {@code latent},
 * {@code metrics}, {@code model}, {@code nd4j}, {@code study}, {@code table}, {@code text}, {@code train}.
 */
package io.github.vaeexplorer.cli;
