/**
 * Synthetic and shipped sample data with known generative factors: a dSprites-like
 * shapes generator ({@link io.github.vaeexplorer.data.synthetic.ShapesGenerator}) whose factors come as a
 * {@link io.github.vaeexplorer.table.FactorTable}, an IDX reader for MNIST-style files
 * ({@link io.github.vaeexplorer.data.synthetic.IdxReader})
 * and the catalogue of samples shipped inside the plugin jar
 * ({@link io.github.vaeexplorer.data.synthetic.SampleData}).
 * <p>
 * May depend on: {@code table}.
 */
package io.github.vaeexplorer.data.synthetic;
