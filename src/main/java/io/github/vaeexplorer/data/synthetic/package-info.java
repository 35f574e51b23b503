/**
 * Synthetic and shipped sample data with known generative factors: a dSprites-like
 * shapes generator ({@link io.github.vaeexplorer.data.synthetic.ShapesGenerator}), the
 * factor/label table format ({@link io.github.vaeexplorer.data.synthetic.FactorTable}),
 * an IDX reader for MNIST-style files ({@link io.github.vaeexplorer.data.synthetic.IdxReader})
 * and the catalogue of samples shipped inside the plugin jar
 * ({@link io.github.vaeexplorer.data.synthetic.SampleData}).
 * <p>
 * May depend on: {@code text}.
 */
package io.github.vaeexplorer.data.synthetic;
