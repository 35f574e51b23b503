/**
 * The Latent Explorer without any window: every slice of a stack encoded (posterior means), projected to two axes
 * (two latent dimensions, PCA, or UMAP) with a way back from the plane to a code, colours from any column of a table,
 * hit testing, selections and what they make (a gallery, a substack, a {@code selected} column), and a fast scatter
 * drawn into an {@code int[]} raster. The window in {@code ui} only listens to {@link
 * io.github.vaeexplorer.explore.ExplorerSession}.
 * <p>
 * May depend on: {@code data}, {@code latent}, {@code model}, {@code text}.
 */
package io.github.vaeexplorer.explore;
