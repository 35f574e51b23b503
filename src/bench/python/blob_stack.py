"""Writes N 64x64 8-bit images of filled discs of random position and size (the bench's data) as one TIFF stack.
Usage: blob_stack.py OUT.tif [N] [SEED]"""
import sys
import numpy as np
from PIL import Image

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 4096
rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 0)
yy, xx = np.mgrid[0:64, 0:64]
frames = []
for _ in range(n):
    cx, cy = rng.uniform(12, 52, 2)
    r = rng.uniform(4, 12)
    frames.append(Image.fromarray((((xx - cx) ** 2 + (yy - cy) ** 2) < r * r).astype(np.uint8) * 255))
frames[0].save(out, save_all=True, append_images=frames[1:])
