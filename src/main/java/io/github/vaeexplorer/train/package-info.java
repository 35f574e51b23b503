/**
 * Training a model: the seeded epoch loop with KL warm-up, Adam, held-out validation, resuming, the memory check,
 * and the job that converts a stack or folder, trains and saves. Talks to the world only through
 * {@link io.github.vaeexplorer.train.TrainingListener} and a {@link io.github.vaeexplorer.train.CancellationToken}.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code model}, {@code nd4j}.
 */
package io.github.vaeexplorer.train;
