package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * A partition's rows, made a batch at a time: images are opened until they hold at least {@code batch} slices (or
 * the partition ends), then the verb runs on all of them at once on the thread's network; only one batch of images
 * is in memory at a time.
 *
 * @author VAE Explorer developers
 */
final class Batches implements Iterator<Row> {

	private final Iterator<ImageInput> inputs;
	private final int batch;
	private final ImageRows verb;
	private final Broadcast<byte[]> model;
	private Iterator<Row> current = Collections.emptyIterator();

	Batches(Iterator<ImageInput> inputs, int batch, ImageRows verb, Broadcast<byte[]> model) {
		this.inputs = inputs;
		this.batch = batch;
		this.verb = verb;
		this.model = model;
	}

	@Override
	public boolean hasNext() {
		while (!current.hasNext() && inputs.hasNext()) current = next(inputs).iterator();
		return current.hasNext();
	}

	@Override
	public Row next() {
		if (!hasNext()) throw new NoSuchElementException();
		return current.next();
	}

	private List<Row> next(Iterator<ImageInput> from) {
		List<ImageInput> taken = new ArrayList<>();
		List<ImagePlus> images = new ArrayList<>();
		int slices = 0;
		while (slices < batch && from.hasNext()) {
			ImageInput input = from.next();
			ImagePlus image = input.open();
			taken.add(input);
			images.add(image);
			slices += image.getStackSize();
		}
		try {
			VaeModel network = ExecutorModels.get(model);
			return verb.rows(network, taken, images);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
