/**
 * Pictures of a trained model as ImageJ {@link ij.gui.Plot}s: training history, KL per latent dimension, and a stack's
 * encodings. Plots are built without being shown, so this works headless; whoever receives them decides to show them.
 */
package io.github.vaeexplorer.plot;
