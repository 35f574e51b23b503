"""The PyTorch peer as a user runs it: read a TIFF stack, train the reference architecture (dense or conv, 64x64,
z=10, Bernoulli, beta=1, Adam 1e-3) for EPOCHS epochs of batch BATCH on every slice (no validation), write nothing.
Timed from outside by src/bench/outside-train.sh, start-up included, like the plugin's `train`.
Usage: torch_train_wall.py {dense|conv} STACK.tif EPOCHS [BATCH]"""
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

sys.path.insert(0, os.environ.get("PEER_DIR", "/work/shared/bench"))
import torch_vae_ref_models as ref  # noqa: E402

arch, stack, epochs = sys.argv[1], sys.argv[2], int(sys.argv[3])
batch = int(sys.argv[4]) if len(sys.argv) > 4 else 128
torch.set_num_threads(int(os.environ.get("THREADS", "2")))
torch.manual_seed(0)
im = Image.open(stack)
frames = []
for i in range(im.n_frames):
    im.seek(i)
    frames.append(np.asarray(im.convert("L"), np.float32) / 255.0)
x_all = torch.tensor(np.stack(frames)).unsqueeze(1)
model = ref.Dense() if arch == "dense" else ref.Conv()
opt = torch.optim.Adam(model.parameters(), 1e-3)
for _ in range(epochs):
    perm = torch.randperm(len(x_all))
    for i in range(0, len(x_all), batch):
        x = x_all[perm[i:i + batch]]
        mu, lv = model.enc(x)
        z = mu + torch.randn_like(mu) * (0.5 * lv).exp()
        rec = F.binary_cross_entropy_with_logits(model.dec(z), x, reduction="sum") / len(x)
        kl = -0.5 * (1 + lv - mu ** 2 - lv.exp()).sum() / len(x)
        loss = rec + kl
        opt.zero_grad()
        loss.backward()
        opt.step()
print(f"torch {arch} epochs={epochs} loss={loss.item():.1f}", file=sys.stderr)
