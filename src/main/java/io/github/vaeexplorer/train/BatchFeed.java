package io.github.vaeexplorer.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One epoch's training batches, in order: from samples in memory ({@link #assembled}) or read ahead from disk by
 * {@link PrefetchedBatches}.
 *
 * @author VAE Explorer developers
 */
interface BatchFeed extends AutoCloseable {

	/**
	 * The next batch, {@code [n, sampleLength]}; the caller closes it.
	 *
	 * @param n the batch's size, as the epoch's order cuts it
	 */
	INDArray next(int n);

	/** Stops any background work; the feed cannot be used afterwards. */
	@Override
	void close();

	/** Batches copied from a sample set in {@code order}, on the calling thread. */
	static BatchFeed assembled(BatchAssembler assembler, int[] order) {
		return new BatchFeed() {

			private int from;

			@Override
			public INDArray next(int n) {
				INDArray x = assembler.batch(order, from, n);
				from += n;
				return x;
			}

			@Override
			public void close() {
			}
		};
	}
}
