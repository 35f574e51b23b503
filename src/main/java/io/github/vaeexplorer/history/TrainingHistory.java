package io.github.vaeexplorer.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The per-epoch records of a model's training, across resumed runs, with the model file's {@code history.csv} form.
 *
 * @author VAE Explorer developers
 */
public final class TrainingHistory {

	/** Header of {@code history.csv}. */
	public static final String HEADER = "epoch,loss,reconstruction,kl,validation_loss,kl_weight,seconds";

	/** Header of an adversarial autoencoder's {@code history.csv}: {@link #HEADER} and the two adversarial losses. */
	public static final String ADVERSARIAL_HEADER = HEADER + ",discriminator_loss,generator_loss";

	private final List<EpochRecord> records = new ArrayList<>();

	public TrainingHistory() {}

	/** A copy of another history. */
	public TrainingHistory(TrainingHistory other) {
		records.addAll(other.records);
	}

	public void add(EpochRecord record) {
		records.add(record);
	}

	/** The records, oldest first (unmodifiable). */
	public List<EpochRecord> records() {
		return Collections.unmodifiableList(records);
	}

	/** Epochs recorded so far. */
	public int size() {
		return records.size();
	}

	/** The CSV text of {@code history.csv}. */
	public String toCsv() {
		boolean adversarial = records.stream().anyMatch(EpochRecord::isAdversarial);
		StringBuilder sb = new StringBuilder(adversarial ? ADVERSARIAL_HEADER : HEADER).append('\n');
		for (EpochRecord r : records) {
			sb.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s", r.epoch(), r.loss(), r.reconstruction(),
				r.kl(), r.validationLoss(), r.klWeight(), r.seconds()));
			if (adversarial) sb.append(',').append(r.discriminatorLoss()).append(',').append(r.generatorLoss());
			sb.append(String.format("%n"));
		}
		return sb.toString();
	}

	/**
	 * Parses {@code history.csv}.
	 *
	 * @throws IllegalArgumentException naming the bad line
	 */
	public static TrainingHistory fromCsv(String csv) {
		TrainingHistory h = new TrainingHistory();
		try (BufferedReader in = new BufferedReader(new StringReader(csv))) {
			String header = in.readLine();
			if (header == null || !header.trim().equals(HEADER) && !header.trim().equals(ADVERSARIAL_HEADER)) {
				throw new IllegalArgumentException("history.csv does not start with '" + HEADER + "'");
			}
			int fields = header.trim().equals(HEADER) ? 7 : 9;
			String line;
			int n = 1;
			while ((line = in.readLine()) != null) {
				n++;
				if (line.trim().isEmpty()) continue;
				String[] f = line.split(",");
				if (f.length != fields) throw new IllegalArgumentException("history.csv line " + n + " has " + f.length +
					" fields instead of " + fields);
				try {
					h.add(new EpochRecord(Integer.parseInt(f[0].trim()), d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]),
						d(f[6]), fields == 9 ? d(f[7]) : Double.NaN, fields == 9 ? d(f[8]) : Double.NaN));
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException("history.csv line " + n + " is not numeric");
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return h;
	}

	private static double d(String s) {
		return Double.parseDouble(s.trim());
	}
}
