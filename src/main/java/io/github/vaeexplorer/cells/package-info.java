/**
 * From segmented fields of view to a training stack and back: label images measured into objects (area, bounding
 * box, centroid, principal axis), fixed-size crops of every object ({@link io.github.vaeexplorer.cells.CellCropper}),
 * the crop table that travels with the crop stack ({@link io.github.vaeexplorer.cells.CropTable}), and a table column
 * painted back onto the label image ({@link io.github.vaeexplorer.cells.CellColoring}). Plain Java on
 * {@code float}/{@code int} arrays; no ImageJ. The ImageJ-facing half (opening files, ROIs, building stacks) is
 * {@link io.github.vaeexplorer.cells.ij}.
 * <p>
 * May depend on: {@code table}, {@code text}.
 */
package io.github.vaeexplorer.cells;
