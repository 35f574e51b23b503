/**
 * Questions asked of a whole stack's codes: which slices group together (seeded k-means++ and a diagonal Gaussian
 * mixture, with the silhouette and the adjusted Rand index), which are unusual (an outlier score that corrects the
 * evidence bound for the image's own complexity), and what differs between two labelled groups (mean shift, effect
 * size and a permutation test per dimension). The algorithms are plain Java on {@code double[][]}; the classes that
 * encode and decode work on a trained model. Every random choice is seeded.
 * <p>
 * May depend on: {@code data}, {@code latent}, {@code metrics}, {@code model}.
 */
package io.github.vaeexplorer.analysis;
