/**
 * Exporting a trained model for other software: its encoder and decoder as ONNX graphs, and the bioimage.io model
 * package (rdf.yaml, weights, test tensors, cover, README) that DeepImageJ, ilastik and bioimageio.core read. Plain
 * Java: no ImageJ, no windows.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code model}, {@code text}.
 */
package io.github.vaeexplorer.export;
