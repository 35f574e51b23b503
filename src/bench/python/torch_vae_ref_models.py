"""The two reference architectures of docs/reference.md (dense and conv), shared by the peer scripts."""
import torch, torch.nn as nn
Z = 10

class Dense(nn.Module):
    def __init__(s):
        super().__init__()
        s.e = nn.Sequential(nn.Linear(4096, 512), nn.ReLU(), nn.Linear(512, 256), nn.ReLU())
        s.mu, s.lv = nn.Linear(256, Z), nn.Linear(256, Z)
        s.d = nn.Sequential(nn.Linear(Z, 256), nn.ReLU(), nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 4096))
    def enc(s, x): h = s.e(x.view(-1, 4096)); return s.mu(h), s.lv(h)
    def dec(s, z): return s.d(z).view(-1, 1, 64, 64)

class Conv(nn.Module):  # Burgess et al. 2018 / disentanglement_lib architecture
    def __init__(s):
        super().__init__()
        s.e = nn.Sequential(nn.Conv2d(1, 32, 4, 2, 1), nn.ReLU(), nn.Conv2d(32, 32, 4, 2, 1), nn.ReLU(),
                            nn.Conv2d(32, 64, 4, 2, 1), nn.ReLU(), nn.Conv2d(64, 64, 4, 2, 1), nn.ReLU(),
                            nn.Flatten(), nn.Linear(1024, 256), nn.ReLU())
        s.mu, s.lv = nn.Linear(256, Z), nn.Linear(256, Z)
        s.d1 = nn.Sequential(nn.Linear(Z, 256), nn.ReLU(), nn.Linear(256, 1024), nn.ReLU())
        s.d2 = nn.Sequential(nn.ConvTranspose2d(64, 64, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(64, 32, 4, 2, 1), nn.ReLU(),
                             nn.ConvTranspose2d(32, 32, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(32, 1, 4, 2, 1))
    def enc(s, x): h = s.e(x); return s.mu(h), s.lv(h)
    def dec(s, z): return s.d2(s.d1(z).view(-1, 64, 4, 4))

