package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.EncoderKind;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.VaeConfig;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.scijava.plugin.Parameter;

/**
 * Train VAE's keys start where {@link VaeConfig#builder()} starts: every {@code @Parameter} that is a training
 * setting has the builder's default, and {@code size} the minimum the config accepts.
 */
class TrainVaeDefaultsTest {

	/** The settings the command and the config share: all of the config but {@code channels} (taken from the image). */
	private static final Set<String> SHARED = new TreeSet<>(Set.of("architecture", "latent", "beta", "warmup",
		"epochs", "batch", "learning_rate", "size", "validation", "seed", "objective", "gamma", "capacity",
		"capacity_epochs", "adversarial_weight", "disc_learning_rate", "disc_hidden", "encoder"));

	@Test
	void everySettingDefaultsToTheConfigsDefault() throws ReflectiveOperationException {
		TrainVaeCommand command = new TrainVaeCommand();
		VaeConfig defaults = VaeConfig.builder().build();
		Set<String> compared = new TreeSet<>();
		for (Field field : TrainVaeCommand.class.getDeclaredFields()) {
			if (field.getAnnotation(Parameter.class) == null || !SHARED.contains(field.getName())) continue;
			field.setAccessible(true);
			Method getter = VaeConfig.class.getMethod(camelCase(field.getName()));
			assertEquals(comparable(getter.invoke(defaults)), field.get(command), field.getName());
			compared.add(field.getName());
		}
		assertEquals(SHARED, compared);
	}

	@Test
	void sizeMayGoAsLowAsTheConfigAllows() throws NoSuchFieldException {
		for (Class<?> c : new Class<?>[] { TrainVaeCommand.class, BetaStudyCommand.class }) {
			assertEquals(Integer.toString(VaeConfig.MIN_SIZE), c.getDeclaredField("size").getAnnotation(Parameter.class)
				.min(), c.getSimpleName());
		}
		VaeConfig.builder().architecture(Architecture.DENSE).size(VaeConfig.MIN_SIZE).build();
	}

	private static Object comparable(Object value) {
		if (value instanceof Architecture) return ((Architecture) value).key();
		if (value instanceof Objective) return ((Objective) value).key();
		if (value instanceof EncoderKind) return ((EncoderKind) value).key();
		return value;
	}

	private static String camelCase(String key) {
		StringBuilder sb = new StringBuilder();
		for (String part : key.split("_")) {
			sb.append(sb.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return sb.toString();
	}
}
