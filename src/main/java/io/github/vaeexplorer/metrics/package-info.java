/**
 * What a trained model's latent space is like, in numbers, without ImageJ: disentanglement against known factors
 * (MIG, SAP, informativeness), activity and total correlation, gaps between and around the encodings, smoothness of
 * interpolations ({@link io.github.vaeexplorer.metrics.LatentMetrics}). It scores models; it trains none. Every random
 * choice is seeded.
 * <p>
 * May depend on: {@code data}, {@code model}, {@code nd4j}, {@code table}.
 */
package io.github.vaeexplorer.metrics;
