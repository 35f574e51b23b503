#!/usr/bin/env bash
# Prior-sample coverage beside the PyTorch peer (issue 17): the same recipe in both, scored the same way.
# The shipped shapes sample is cut into slices 1–2,700 (train.tif, which both train on: ours holds out a seeded 10 %
# for validation, the peer its last 10 %) and 2,701–3,000 (heldout.tif, seen by neither). For every seed: ours
# `train --architecture dense --size 64 --beta 4 --epochs E --batch 64 --seed S`, then `sample --count N`; the peer
# `torch_vae_fit.py dense 4 E train.tif codes.csv S samples.tif N`; both sample stacks scored by
# `metrics --samples` against heldout.tif and against train.tif (Kynkäänniemi et al. 2019, k = 5), and both models'
# held-out reconstruction and informative dimensions (KL > 0.5 nats: ours over heldout.tif, the peer's over its
# whole input) printed. Prints one line a seed and model, then the means ± sd.
# Usage: src/bench/prior-coverage-parity.sh [-e EPOCHS (30)] [-n SAMPLES (5000)] [-s SEEDS (0,1,2)] [-w DIR]
# Needs target/VAE_Explorer-0.1.0.jar (mvn package -DskipTests) and /usr/bin/python3 with torch, numpy and PIL
# (PYTHON overrides it).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/VAE_Explorer-0.1.0.jar
py=${PYTHON:-/usr/bin/python3}
epochs=30; count=5000; seeds=0,1,2; work=
while getopts "e:n:s:w:" o; do
	case $o in
		e) epochs=$OPTARG ;; n) count=$OPTARG ;; s) seeds=$OPTARG ;; w) work=$OPTARG ;;
		*) echo "usage: $0 [-e EPOCHS] [-n SAMPLES] [-s SEEDS] [-w DIR]" >&2; exit 2 ;;
	esac
done
[ -f "$jar" ] || { echo "no $jar: run mvn package -DskipTests first" >&2; exit 1; }
"$py" -c "import torch, numpy, PIL" 2>/dev/null || { echo "$py lacks torch, numpy or PIL (set PYTHON)" >&2; exit 1; }
if [ -z "$work" ]; then work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; else mkdir -p "$work"; fi

unzip -o -q sample-data/shapes.zip -d "$work"
"$py" - "$work" <<'EOF'
import sys
from PIL import Image, ImageSequence
d = sys.argv[1]
frames = [f.copy() for f in ImageSequence.Iterator(Image.open(f"{d}/shapes.tif"))]
assert len(frames) == 3000, len(frames)
frames[0].save(f"{d}/train.tif", save_all=True, append_images=frames[1:2700])
frames[2700].save(f"{d}/heldout.tif", save_all=True, append_images=frames[2701:])
EOF

field() { "$py" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(" ".join("%.4f" % d[k] for k in sys.argv[2:]))' "$@"; }
score() { # SAMPLES.tif -> "held-out recall, held-out precision, train recall, train precision"
	java -jar "$jar" metrics --input "$work/heldout.tif" --samples "$1" >"$work/h.json"
	java -jar "$jar" metrics --input "$work/train.tif" --samples "$1" >"$work/t.json"
	echo "$(field "$work/h.json" sample_recall sample_precision) $(field "$work/t.json" sample_recall sample_precision)"
}
lines=$work/lines.txt; : >"$lines"
echo "who seed heldout_recall heldout_precision train_recall train_precision heldout_bce seconds informative_dims"
for s in ${seeds//,/ }; do
	t0=$(date +%s)
	java -jar "$jar" train --input "$work/train.tif" --model "$work/ours-$s.vae.zip" --architecture dense --size 64 \
		--beta 4 --epochs "$epochs" --batch 64 --seed "$s" >"$work/ours-$s.train.json" 2>"$work/ours-$s.err" \
		|| { tail -5 "$work/ours-$s.err" >&2; exit 1; }
	t1=$(date +%s)
	java -jar "$jar" sample --model "$work/ours-$s.vae.zip" --count "$count" --seed "$s" --out "$work/ours-$s.tif" >/dev/null
	java -jar "$jar" metrics --model "$work/ours-$s.vae.zip" --input "$work/heldout.tif" >"$work/ours-$s.metrics.json"
	dims=$("$py" -c 'import json, sys; print(sum(v > 0.5 for v in json.load(open(sys.argv[1]))["kl_per_dim"]))' \
		"$work/ours-$s.metrics.json")
	echo "ours $s $(score "$work/ours-$s.tif") $(field "$work/ours-$s.metrics.json" reconstruction_bce) $((t1 - t0)) $dims" \
		| tee -a "$lines"
	t0=$(date +%s)
	"$py" src/bench/python/torch_vae_fit.py dense 4 "$epochs" "$work/train.tif" "$work/peer-$s.csv" "$s" \
		"$work/peer-$s.tif" "$count" 2>"$work/peer-$s.err" || { tail -5 "$work/peer-$s.err" >&2; exit 1; }
	t1=$(date +%s)
	bce=$(sed -n 's/.*heldout_bce=\([0-9.]*\).*/\1/p' "$work/peer-$s.err")
	dims=$(sed -n 's/.*kl_per_dim=\[\(.*\)\]/\1/p' "$work/peer-$s.err" | tr ',' '\n' | awk '$1 > 0.5' | wc -l)
	echo "peer $s $(score "$work/peer-$s.tif") $bce $((t1 - t0)) $dims" | tee -a "$lines"
done
"$py" - "$lines" <<'EOF'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
names = ["held-out recall", "held-out precision", "train recall", "train precision"]
for who in ("ours", "peer"):
    r = [list(map(float, x[2:6])) for x in rows if x[0] == who]
    sd = lambda v: st.stdev(v) if len(v) > 1 else 0.0
    dims = [int(x[7]) for x in rows if x[0] == who]
    print(who + ": " + ", ".join(f"{n} {st.mean(c):.3f} ± {sd(c):.3f}" for n, c in zip(names, zip(*r))) +
          f", informative dims {st.mean(dims):.1f}")
ours = {x[1]: float(x[2]) for x in rows if x[0] == "ours"}
peer = {x[1]: float(x[2]) for x in rows if x[0] == "peer"}
lower = sum(ours[s] < peer[s] for s in ours if s in peer)
ratio = st.mean(ours.values()) / st.mean(peer.values()) if st.mean(peer.values()) > 0 else float("nan")
print(f"held-out recall: ours lower in {lower} of {len(ours)} seeds; mean ratio ours/peer {ratio:.3f}")
EOF
