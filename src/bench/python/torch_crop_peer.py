"""PyTorch peer of Crop Cells (io.github.vaeexplorer.bench.CropBench): the same crops of the same field.

Reads the field and label image CropBench dumps (raw little-endian float32 / int32, SIDE x SIDE), measures every
object (area, bounding box, centroid, second moments) with scatter-adds, skips objects touching the border, picks
size=auto (1.25 x the 95th percentile, nearest rank, of the principal-axis lengths, rounded up to a multiple of 4),
and cuts every object out rotated to its principal axis with mask=zero (bilinear values, nearest labels) through
affine_grid + grid_sample in batches. Prints one JSON line.

usage: python3 torch_crop_peer.py DUMP SIDE [--threads 2] [--batch 512]
"""
import argparse
import json
import math
import resource
import time

import numpy as np
import torch
import torch.nn.functional as F


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dump")
    p.add_argument("side", type=int)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=512)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    side = a.side
    field = torch.from_numpy(np.fromfile(a.dump + ".field.f32", dtype="<f4").reshape(side, side).copy())
    labels = torch.from_numpy(np.fromfile(a.dump + ".labels.i32", dtype="<i4").reshape(side, side).copy())
    start = time.perf_counter()
    ids = labels.reshape(-1).long()
    n = int(ids.max()) + 1
    ys, xs = torch.meshgrid(torch.arange(side, dtype=torch.float64), torch.arange(side, dtype=torch.float64),
                            indexing="ij")
    xs, ys = xs.reshape(-1), ys.reshape(-1)
    fg = ids > 0
    idf, xf, yf = ids[fg], xs[fg], ys[fg]

    def s(v):
        return torch.zeros(n, dtype=torch.float64).index_add_(0, idf, v)

    area = s(torch.ones_like(xf))
    present = area > 0
    cx, cy = s(xf) / area.clamp(min=1), s(yf) / area.clamp(min=1)
    mxx = s(xf * xf) / area.clamp(min=1) - cx * cx
    myy = s(yf * yf) / area.clamp(min=1) - cy * cy
    mxy = s(xf * yf) / area.clamp(min=1) - cx * cy
    big = torch.full((n,), float(side), dtype=torch.float64)
    minx = big.clone().scatter_reduce_(0, idf, xf, "amin")
    miny = big.clone().scatter_reduce_(0, idf, yf, "amin")
    maxx = torch.full((n,), -1.0, dtype=torch.float64).scatter_reduce_(0, idf, xf, "amax")
    maxy = torch.full((n,), -1.0, dtype=torch.float64).scatter_reduce_(0, idf, yf, "amax")
    border = (minx == 0) | (miny == 0) | (maxx == side - 1) | (maxy == side - 1)
    keep = torch.nonzero(present & ~border).reshape(-1)
    keep = keep[keep > 0]
    mean, d = (mxx + myy) / 2, (mxx - myy) / 2
    major = 4 * torch.sqrt(mean + torch.sqrt(d * d + mxy * mxy))
    ext = torch.sort(major[keep]).values
    covered = float(ext[max(0, min(len(ext) - 1, math.ceil(0.95 * len(ext)) - 1))])
    size = max(4, math.ceil(covered * 1.25 / 4 - 1e-9) * 4)
    angle = 0.5 * torch.atan2(2 * mxy, mxx - myy)
    img = torch.stack([field, labels.float()]).unsqueeze(0)  # 1 x 2 x H x W
    centre = (size - 1) / 2.0
    u = torch.arange(size, dtype=torch.float64) - centre
    dv, du = torch.meshgrid(u, u, indexing="ij")
    total = 0
    for b in range(0, len(keep), a.batch):
        k = keep[b:b + a.batch]
        cos, sin = torch.cos(angle[k])[:, None, None], torch.sin(angle[k])[:, None, None]
        sx = cx[k][:, None, None] + du * cos - dv * sin
        sy = cy[k][:, None, None] + du * sin + dv * cos
        grid = torch.stack([(2 * sx + 1) / side - 1, (2 * sy + 1) / side - 1], dim=-1).float()
        m = len(k)
        values = F.grid_sample(img[:, :1].expand(m, -1, -1, -1), grid, mode="bilinear", align_corners=False,
                               padding_mode="zeros")
        owner = F.grid_sample(img[:, 1:].expand(m, -1, -1, -1), grid, mode="nearest", align_corners=False,
                              padding_mode="zeros")
        crops = torch.where(owner == k.float()[:, None, None, None], values, torch.zeros_like(values))
        total += crops.shape[0]
    seconds = time.perf_counter() - start
    print(json.dumps({"run": "torch peer, field %dx%d" % (side, side), "mask": "zero", "align": "principal",
                      "crop_size": size, "crops": total, "seconds": round(seconds, 3),
                      "crops_per_s": round(total / seconds), "threads": a.threads,
                      "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))


if __name__ == "__main__":
    main()
