/**
 * The Swing windows: the training monitor (loss chart, held-out reconstructions, stop buttons) and the interactive
 * traversal dialog with its live preview. They listen to the core and hold no training or model logic.
 * <p>
 * May depend on: {@code command}, {@code explore}, {@code history}, {@code latent}, {@code model}, {@code train}.
 */
package io.github.vaeexplorer.ui;
