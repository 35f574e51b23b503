package io.github.vaeexplorer.data.synthetic;

/**
 * What {@link ShapesGenerator} makes: image size, number of images and random seed.
 * Immutable; create it with {@link #builder()} or {@link #defaults()}.
 */
public final class ShapesSpec {

	/** Default width and height of the images, in pixels. */
	public static final int DEFAULT_IMAGE_SIZE = 64;
	/** Default number of images. */
	public static final int DEFAULT_COUNT = 3000;
	/** Default seed of the random factor sampling. */
	public static final long DEFAULT_SEED = 42;
	/** Smallest supported image size. */
	public static final int MIN_IMAGE_SIZE = 8;
	/** Largest supported image size. */
	public static final int MAX_IMAGE_SIZE = 4096;

	private final int imageSize;
	private final int count;
	private final long seed;

	private ShapesSpec(Builder builder) {
		this.imageSize = builder.imageSize;
		this.count = builder.count;
		this.seed = builder.seed;
	}

	/**
	 * Returns the default specification: 3000 images of 64&times;64 pixels, seed 42.
	 *
	 * @return the default specification
	 */
	public static ShapesSpec defaults() {
		return builder().build();
	}

	/**
	 * Starts a builder preset with the defaults.
	 *
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the width and height of each image, in pixels */
	public int imageSize() {
		return imageSize;
	}

	/** @return the number of images */
	public int count() {
		return count;
	}

	/** @return the seed of the random factor sampling */
	public long seed() {
		return seed;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof ShapesSpec)) {
			return false;
		}
		final ShapesSpec that = (ShapesSpec) other;
		return imageSize == that.imageSize && count == that.count && seed == that.seed;
	}

	@Override
	public int hashCode() {
		return (31 * imageSize + count) * 31 + Long.hashCode(seed);
	}

	@Override
	public String toString() {
		return "ShapesSpec[imageSize=" + imageSize + ", count=" + count + ", seed=" + seed + "]";
	}

	/** Builds a {@link ShapesSpec}; starts with the defaults. */
	public static final class Builder {

		private int imageSize = DEFAULT_IMAGE_SIZE;
		private int count = DEFAULT_COUNT;
		private long seed = DEFAULT_SEED;

		private Builder() {
			// use ShapesSpec.builder()
		}

		/**
		 * Sets the width and height of the images.
		 *
		 * @param pixels {@value ShapesSpec#MIN_IMAGE_SIZE} .. {@value ShapesSpec#MAX_IMAGE_SIZE}
		 * @return this builder
		 * @throws IllegalArgumentException if out of range
		 */
		public Builder imageSize(int pixels) {
			if (pixels < MIN_IMAGE_SIZE || pixels > MAX_IMAGE_SIZE) {
				throw new IllegalArgumentException("the image size must be " + MIN_IMAGE_SIZE + ".." +
					MAX_IMAGE_SIZE + " pixels, got " + pixels);
			}
			this.imageSize = pixels;
			return this;
		}

		/**
		 * Sets the number of images.
		 *
		 * @param images at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if not positive
		 */
		public Builder count(int images) {
			if (images < 1) {
				throw new IllegalArgumentException("the image count must be at least 1, got " + images);
			}
			this.count = images;
			return this;
		}

		/**
		 * Sets the seed of the random factor sampling.
		 *
		 * @param value any value
		 * @return this builder
		 */
		public Builder seed(long value) {
			this.seed = value;
			return this;
		}

		/**
		 * Creates the specification.
		 *
		 * @return the immutable specification
		 */
		public ShapesSpec build() {
			return new ShapesSpec(this);
		}
	}
}
