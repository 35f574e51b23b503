/**
 * The VAE itself: its configuration, the dense and conv networks as SameDiff graphs over one set of weights, the
 * training objectives, the latent statistics, and the {@code *.vae.zip} model file that holds them with the
 * training history.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code text}.
 */
package io.github.vaeexplorer.model;
