#!/usr/bin/env bash
# Training speed as a user gets it (issue 19): the wall clock of the CLI's `train`, start-up included, beside the
# PyTorch peer in the same run. Each measurement is (time of E epochs) − (time of 1 epoch), so start-up and the first
# epoch's warm-up cancel and the rest is E−1 epochs as the user waits for them:
#   dense: 4,096 64×64 images, 3 epochs − 1;  conv: 1,024 images, 2 epochs − 1;  batch 128, validation 0.
# Two machine states: quiet, and one core busy with another program (sha256sum /dev/zero). RUNS rounds each,
# ours and the peer's interleaved. Prints one line a measurement and the images/s and ratios per state.
# Usage: src/bench/outside-train.sh [RUNS]   (after mvn package; /usr/bin/python3 with torch for the peer)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=target/VAE_Explorer-0.1.0.jar
py=${PYTHON:-/usr/bin/python3}
here=src/bench/python
work=$(mktemp -d)
trap 'kill $busy 2>/dev/null || true; rm -rf "$work"' EXIT
busy=
[ -f "$jar" ] || { echo "no $jar: run mvn package -DskipTests first" >&2; exit 1; }
"$py" "$here/blob_stack.py" "$work/dense.tif" 4096 1
"$py" "$here/blob_stack.py" "$work/conv.tif" 1024 2

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
	t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'; }
ours() { seconds java -jar "$jar" train --input "$work/$1.tif" --architecture "$1" --size 64 --epochs "$2" \
	--batch 128 --validation 0 --model "$work/m.vae.zip"; }
peer() { seconds "$py" "$here/torch_train_wall.py" "$1" "$work/$1.tif" "$2" 128; }

measure() { # STATE
	for arch in dense conv; do
		local n epochs; if [ "$arch" = dense ]; then n=4096; epochs=3; else n=1024; epochs=2; fi
		for r in $(seq "$runs"); do
			for who in ours peer; do
				local long short
				long=$($who $arch $epochs); short=$($who $arch 1)
				awk -v s="$1" -v w="$who" -v a="$arch" -v r="$r" -v l="$long" -v t="$short" -v n="$n" -v e="$epochs" \
					'BEGIN { printf "%s %s %s run %s: %s s - %s s -> %.0f images/s\n", s, a, w, r, l, t, (e - 1) * n / (l - t) }'
			done
		done
	done
}

{ measure quiet
  sha256sum /dev/zero & busy=$!
  measure one-core-busy
  kill $busy; busy=
} | tee "$work/lines.txt"
echo "median images/s (ours / peer = ratio):"
for state in quiet one-core-busy; do
	for arch in dense conv; do
		o=$(grep "^$state $arch ours" "$work/lines.txt" | awk '{ print $(NF-1) }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
		p=$(grep "^$state $arch peer" "$work/lines.txt" | awk '{ print $(NF-1) }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
		awk -v s="$state" -v a="$arch" -v o="$o" -v p="$p" 'BEGIN { printf "  %-14s %-5s %6d / %6d = %.2f\n", s, a, o, p, o / p }'
	done
done
