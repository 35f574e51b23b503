/**
 * Pixels in and out: converts ImageJ images into normalised, square training samples
 * ({@link io.github.vaeexplorer.data.StackConverter}) and network output back into ImageJ images
 * ({@link io.github.vaeexplorer.data.OutputImageFactory}), using ImgLib2 views on ImageJ's pixel arrays
 * and no ImageJ GUI.
 * <p>
 * May depend on: no other package of the plugin.
 */
package io.github.vaeexplorer.data;
