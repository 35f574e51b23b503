"""Held-out factor sets for the disentanglement recipe study (issue 18): stacks whose generative factors are known,
unlike the shipped shapes sample in how they look. Each set is written as SET.tif (8-bit, 64x64, one slice an image)
and SET-factors.csv (one row a slice), ready for `study --input SET.tif --factors SET-factors.csv`.

  clothes   Fashion-MNIST silhouettes (T-shirt, trouser, bag) x scale x rotation (+-45 deg) x x x y (+-12 px)
  textured  a textured disc: stripe frequency x stripe angle x intensity x x x y
  blobs     a Gaussian blob: width x elongation x brightness x x x y on a noisy background

Usage: python3 factor_sets.py DIR/fashion-mnist.tif OUT_DIR [COUNT] [SEED]  (DIR also holds fashion-mnist-labels.csv)
"""
import sys
import numpy as np
from PIL import Image

SIZE = 64


def save(name, images, factors, names, out):
    frames = [Image.fromarray(np.clip(im, 0, 255).astype(np.uint8)) for im in images]
    frames[0].save(f"{out}/{name}.tif", save_all=True, append_images=frames[1:])
    with open(f"{out}/{name}-factors.csv", "w") as f:
        f.write(",".join(names) + "\n")
        for row in factors:
            f.write(",".join(repr(float(v)) for v in row) + "\n")


def grid(rng, count, levels):
    """count rows of factor levels drawn uniformly (independent factors)."""
    return np.stack([rng.integers(0, n, count) for n in levels], axis=1)


def clothes(fashion, labels, rng, count):
    stack = Image.open(fashion)
    pick = {0: None, 1: None, 8: None}
    # the first silhouette of each class in the shipped sample (the labels file names the class of each slice)
    cls = np.loadtxt(labels, skiprows=1, dtype=int)
    for i, c in enumerate(cls):
        if c in pick and pick[c] is None:
            stack.seek(i)
            pick[c] = np.array(stack, dtype=np.float64)
    shapes = [pick[0], pick[1], pick[8]]
    levels = [3, 6, 10, 9, 9]
    f = grid(rng, count, levels)
    images = []
    for shape, s, r, x, y in f:
        im = Image.fromarray((shapes[shape] > 40).astype(np.uint8) * 255)
        scale = 0.9 + 0.12 * s  # 0.9 .. 1.5 of 28 px
        side = int(round(28 * scale))
        im = im.resize((side, side), Image.BILINEAR).rotate(-45 + 10 * r, resample=Image.BILINEAR)
        canvas = Image.new("L", (SIZE, SIZE), 0)
        dx, dy = int(-12 + 3 * x), int(-12 + 3 * y)
        canvas.paste(im, ((SIZE - side) // 2 + dx, (SIZE - side) // 2 + dy))
        images.append(np.array(canvas, dtype=np.float64))
    return images, f, ["shape", "scale", "rotation", "x", "y"]


def textured(rng, count):
    levels = [5, 6, 5, 9, 9]
    f = grid(rng, count, levels)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)
    images = []
    for freq, angle, inten, x, y in f:
        cx, cy = 32 + (-12 + 3 * x), 32 + (-12 + 3 * y)
        disc = ((xx - cx) ** 2 + (yy - cy) ** 2) <= 13 ** 2
        th = angle * np.pi / 6
        k = 2 * np.pi * (0.08 + 0.05 * freq)
        stripes = 0.5 + 0.5 * np.cos(k * ((xx - cx) * np.cos(th) + (yy - cy) * np.sin(th)))
        level = 90 + 35 * inten
        images.append(disc * (0.35 + 0.65 * stripes) * level)
    return images, f, ["frequency", "angle", "intensity", "x", "y"]


def blobs(rng, count):
    levels = [6, 5, 5, 9, 9]
    f = grid(rng, count, levels)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)
    images = []
    for width, elong, bright, x, y in f:
        cx, cy = 32 + (-12 + 3 * x), 32 + (-12 + 3 * y)
        sx = 3 + 1.2 * width
        sy = sx * (1 + 0.35 * elong)
        g = np.exp(-0.5 * (((xx - cx) / sx) ** 2 + ((yy - cy) / sy) ** 2))
        noise = rng.normal(0, 6, (SIZE, SIZE))
        images.append(20 + (100 + 30 * bright) * g + noise)
    return images, f, ["width", "elongation", "brightness", "x", "y"]


if __name__ == "__main__":
    fashion, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 18
    labels = fashion[: -len("fashion-mnist.tif")] + "fashion-mnist-labels.csv"
    rng = np.random.default_rng(seed)
    save("clothes", *clothes(fashion, labels, rng, count), out)
    save("textured", *textured(rng, count), out)
    save("blobs", *blobs(rng, count), out)
