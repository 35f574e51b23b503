/**
 * The {@code bench} verb's measurements: training and decoding speed and memory of the two reference networks on
 * generated blob images, optionally beside a PyTorch peer script run as a child process. A developer tool.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code model}, {@code nd4j}, {@code train}.
 */
package io.github.vaeexplorer.bench;
