/**
 * ImageJ views of a model and of what {@link io.github.vaeexplorer.metrics} measures: Results tables, plots (training
 * history, KL per dimension, encodings; beta study curves) and the traversal montage of a beta study. Builds ImageJ
 * objects but never shows them, so it runs headless; commands return what it makes and the bridge or the CLI shows or
 * saves it.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code latent}, {@code metrics}, {@code model}, {@code study},
 * {@code text}.
 */
package io.github.vaeexplorer.report;
