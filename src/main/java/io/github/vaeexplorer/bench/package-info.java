/**
 * The {@code bench} verb's measurements: training and decoding speed and memory of the two reference networks on
 * generated blob images, optionally beside a PyTorch peer script run as a child process; and
 * {@link io.github.vaeexplorer.bench.CropBench}, the speed and memory of Crop Cells. Developer tools.
 * <p>
 * May depend on: {@code cells}, {@code cells.ij}, {@code data}, {@code history}, {@code model}, {@code nd4j}, {@code train}.
 */
package io.github.vaeexplorer.bench;
