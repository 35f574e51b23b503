/**
 * Working in a trained model's latent space: encoding stacks, anchors, sweeps, traversal grids, interpolation paths,
 * samples from the prior, reconstructions and errors, the choice of dimensions by KL, and the session behind the
 * interactive traversal, as ImageJ images but without any window.
 * <p>
 * May depend on: {@code data}, {@code model}, {@code text}.
 */
package io.github.vaeexplorer.latent;
