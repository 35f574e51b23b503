/**
 * The ImageJ 1.x bridge: the menu entries' plugin (dialogs and macro options bound to the commands, outputs shown),
 * ImageJ's progress bar as a training listener, and the static functions a macro can {@code call()}.
 * <p>
 * May depend on: {@code command}, {@code explore}, {@code history}, {@code latent}, {@code model}, {@code nd4j}, {@code train},
 * {@code ui}.
 */
package io.github.vaeexplorer.ij;
