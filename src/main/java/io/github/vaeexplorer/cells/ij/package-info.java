/**
 * The ImageJ-facing half of {@link io.github.vaeexplorer.cells}: ImageJ images and ROIs in (fields, label images, a
 * {@code RoiSet.zip}, a folder of image + label-image pairs), the crop stack and the coloured label image out. No
 * windows are shown here.
 * <p>
 * May depend on: {@code cells}, {@code data}, {@code text}, ImageJ 1.x (no GUI classes).
 */
package io.github.vaeexplorer.cells.ij;
