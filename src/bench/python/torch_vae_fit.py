#!/usr/bin/python3
"""Peer run on a real stack: torch_vae_fit.py ARCH BETA EPOCHS STACK.tif LATENTS.csv [SEED] [SAMPLES.tif] [COUNT]
Trains the reference architecture of docs/reference.md (64x64, z=10, Bernoulli, Adam 1e-3, batch 64) and writes mu per
slice, plus held-out reconstruction BCE (nats/image) on the last 10% of slices to stderr; with SAMPLES.tif,
also COUNT (default 500) decoded prior samples z ~ N(0, I) as an 8-bit stack."""
import sys, os, time, numpy as np, torch, torch.nn.functional as F
from PIL import Image
arch, beta, epochs, stack, out = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
seed = int(sys.argv[6]) if len(sys.argv) > 6 else 0
samples = sys.argv[7] if len(sys.argv) > 7 else None
count = int(sys.argv[8]) if len(sys.argv) > 8 else 500
torch.set_num_threads(2); torch.manual_seed(seed)
sys.path.insert(0, os.path.dirname(__file__))
import torch_vae_ref_models as ref
im = Image.open(stack); fr = []
for i in range(im.n_frames):
    im.seek(i); fr.append(np.asarray(im.convert('L').resize((64, 64), Image.BILINEAR), np.float32) / 255.0)
X = torch.tensor(np.stack(fr)).unsqueeze(1)
n = len(X); ntr = int(n * 0.9)
m = ref.Dense() if arch == 'dense' else ref.Conv()
opt = torch.optim.Adam(m.parameters(), 1e-3)
t = time.perf_counter()
for e in range(epochs):
    perm = torch.randperm(ntr); sums = [0.0, 0.0, 0.0]
    for i in range(0, ntr, 64):
        x = X[perm[i:i + 64]]
        mu, lv = m.enc(x); z = mu + torch.randn_like(mu) * (0.5 * lv).exp()
        rec = F.binary_cross_entropy_with_logits(m.dec(z), x, reduction='sum') / len(x)
        kl = -0.5 * (1 + lv - mu ** 2 - lv.exp()).sum() / len(x)
        loss = rec + beta * kl; opt.zero_grad(); loss.backward(); opt.step()
        for j, v in enumerate((loss, rec, kl)): sums[j] += v.item() * len(x)
    print(f'epoch {e + 1}/{epochs}: loss {sums[0] / ntr:.2f} (reconstruction {sums[1] / ntr:.2f}, '
          f'KL {sums[2] / ntr:.2f} x {beta:.2f})', file=sys.stderr)
with torch.no_grad():
    mu, lv = m.enc(X)
    xt = X[ntr:]; rec = F.binary_cross_entropy_with_logits(m.dec(m.enc(xt)[0]), xt, reduction='sum') / len(xt)
    kl = (0.5 * (mu ** 2 + lv.exp() - lv - 1)).mean(0)
np.savetxt(out, np.column_stack([np.arange(n), mu.numpy()]), delimiter=',', comments='',
           header='slice,' + ','.join(f'mu_{i}' for i in range(mu.shape[1])))
print(f'torch {arch} beta={beta} epochs={epochs} s={time.perf_counter() - t:.0f} heldout_bce={rec:.1f} '
      f'active={(mu.var(0) > 0.01).sum().item()} kl_per_dim={[round(v, 2) for v in kl.tolist()]}', file=sys.stderr)
if samples:
    with torch.no_grad():
        g = torch.sigmoid(m.dec(torch.randn(count, mu.shape[1]))).squeeze(1).numpy()
    ims = [Image.fromarray((x * 255).round().astype(np.uint8), 'L') for x in g]
    ims[0].save(samples, save_all=True, append_images=ims[1:])
