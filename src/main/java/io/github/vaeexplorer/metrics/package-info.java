/**
 * What a trained model's latent space is like, in numbers, without ImageJ: disentanglement against known factors
 * (MIG, SAP, informativeness), activity and total correlation, gaps between and around the encodings, smoothness of
 * interpolations ({@link io.github.vaeexplorer.metrics.LatentMetrics}), and a study of those across KL weights and
 * seeds ({@link io.github.vaeexplorer.metrics.BetaStudy}). Every random choice is seeded.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code model}, {@code nd4j}, {@code table}, {@code text},
 * {@code train}.
 */
package io.github.vaeexplorer.metrics;
