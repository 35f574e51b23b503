/**
 * A model's training history: one {@link io.github.vaeexplorer.history.EpochRecord} an epoch, and the
 * {@link io.github.vaeexplorer.history.TrainingHistory} of them that a model file keeps as {@code history.csv}.
 * Below both the model and the training, which each use it.
 * <p>
 * May depend on: no other package of the plugin.
 */
package io.github.vaeexplorer.history;
