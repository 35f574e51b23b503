#!/usr/bin/env bash
# Training from disk against training in memory on one stack four times larger than the streaming JVM's heap:
# per-epoch seconds (images/s) and peak resident memory, in alternating pairs so that both see the same machine.
#
#   mvn package -DskipTests                        # once: target/VAE_Explorer-0.1.0.jar
#   src/bench/stream-bench.sh [PAIRS=3] [WORKDIR=/tmp/stream-bench]
#
# Writes WORKDIR/big.tif with /usr/bin/python3 (numpy): 65,536 32-bit 32x32 planes (256 MB: 4x the 64 MB heap of
# the streaming run), blobs on noise. Then, PAIRS times:
#   disk    java -Xmx64m -jar ... train --stream always   (the stack opened as a virtual stack, read while training)
#   memory  java -Xmx1g  -jar ... train --stream never    (the planes read into memory first)
# both with 256 MB for nd4j's native arrays (JavaCPP's maxbytes, which defaults to the heap's size),
# two epochs each, dense, batch 128, and prints one line a run: mode, images a training epoch, the mean epoch's
# seconds and images/s (from train's per-epoch lines), wall seconds and peak RSS in MB.
set -euo pipefail
PAIRS=${1:-3}
W=${2:-/tmp/stream-bench}
cd "$(dirname "$0")/../.."
JAR=target/VAE_Explorer-0.1.0.jar
[ -e "$JAR" ] || { echo "missing $JAR: run mvn package -DskipTests" >&2; exit 1; }
PLANES=65536 HEAP_MB=64
mkdir -p "$W"
if [ ! -f "$W/big.done" ]; then
	/usr/bin/python3 - "$PLANES" "$W/big.tif" <<'PY'
# An ImageJ TIFF (one IFD, the planes contiguous after it, "images=N" in its description), as ImageJ writes stacks.
import struct, sys, numpy as np
n, path = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(11)
yy, xx = np.mgrid[0:32, 0:32]
desc = b"ImageJ=1.54f\nimages=%d\nslices=%d\n\0" % (n, n)
tags = [(256, 3, 1, 32), (257, 3, 1, 32), (258, 3, 1, 32), (259, 3, 1, 1), (262, 3, 1, 1), (270, 2, len(desc), 0),
        (273, 4, 1, 0), (277, 3, 1, 1), (278, 3, 1, 32), (279, 4, 1, 4096), (339, 3, 1, 3)]
ifd_size = 2 + 12 * len(tags) + 4
desc_at = 8 + ifd_size
data_at = desc_at + len(desc)
with open(path, "wb") as f:
    f.write(b"MM\0\x2a" + struct.pack(">I", 8) + struct.pack(">H", len(tags)))
    for tag, kind, count, value in tags:
        value = desc_at if tag == 270 else data_at if tag == 273 else value
        f.write(struct.pack(">HHI", tag, kind, count) + (struct.pack(">HH", value, 0) if kind == 3 else struct.pack(">I", value)))
    f.write(struct.pack(">I", 0) + desc)
    for start in range(0, n, 1024):
        k = min(1024, n - start)
        cx, cy, r = (rng.uniform(a, b, (k, 1, 1)) for a, b in ((8, 24), (8, 24), (2, 6)))
        img = 200 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)) + rng.uniform(0, 30, (k, 32, 32))
        f.write(img.astype(">f4").tobytes())
PY
	touch "$W/big.done"
fi
echo "stack: $(du -m "$W/big.tif" | cut -f1) MB, $PLANES planes; streaming heap ${HEAP_MB} MB"
printf '%-7s %8s %10s %9s %8s %7s\n' mode images epoch_s images/s wall_s rss_mb
run() { # mode heap stream
	local mode=$1
	/usr/bin/time -f '%e %M' -o "$W/time" java "-Xmx$2" -Dorg.bytedeco.javacpp.maxbytes=256m -jar "$JAR" train --input "$W/big.tif" \
		--model "$W/$mode.vae.zip" --architecture dense --size 32 --latent 8 --epochs 2 --batch 128 --seed 3 \
		--stream "$3" --buffer_mb 8 >"$W/log-$mode" 2>&1 || { cat "$W/log-$mode" >&2; exit 1; }
	read -r wall kb <"$W/time"
	# training images an epoch: batches x batch size (the last batch may be short: a bound within one batch)
	local batches; batches=$(sed -n 's/.*epochs 1..2, \([0-9]*\) batches each.*/\1/p' "$W/log-$mode")
	sed -n 's/^epoch [0-9]*\/2: .*, \([0-9.]*\) s$/\1/p' "$W/log-$mode" | awk -v m="$mode" -v b="$batches" \
		-v wall="$wall" -v kb="$kb" '{ s += $1; k++ } END { e = s / k; printf "%-7s %8d %10.1f %9.0f %8.1f %7.0f\n",
			m, b * 128, e, b * 128 / e, wall, kb / 1024 }'
}
for _ in $(seq "$PAIRS"); do
	run disk "${HEAP_MB}m" always
	run memory 1g never
done
