#!/usr/bin/env bash
# The Spark job's `encode` on local[1] and local[2] against the single-JVM CLI `encode`, on N generated 32x32 images:
# wall seconds, images/s and peak resident memory (one JVM each: in local mode the driver and its executor threads).
#
#   mvn install -DskipTests && mvn -f spark/pom.xml package      # once: the two jars and spark/target/lib/
#   src/bench/spark-bench.sh [N=20000] [WORKDIR=/tmp/spark-bench]
#
# Writes N one-slice TIFFs (WORKDIR/images/) and the same N slices as one stack (WORKDIR/stack.tif) with
# /usr/bin/python3 (numpy, PIL), trains a small dense model on the first 2,000 (one epoch), then times:
#   cli-stack    java -jar target/VAE_Explorer-0.1.0.jar encode --input stack.tif   (the fastest single-JVM path)
#   spark-startup  the Spark job on 8 of the images, to tell Spark's fixed start-up cost from the per-image rate
#   spark-local1 / spark-local2   the Spark job on the folder of N files
# and prints one line a run (mode, images, seconds, images/s, peak RSS in MB), then the local[2] rows compared
# with the CLI's (max |difference|).
set -euo pipefail
N=${1:-20000}
W=${2:-/tmp/spark-bench}
cd "$(dirname "$0")/../.."
JAR=target/VAE_Explorer-0.1.0.jar
SJAR=spark/target/VAE_Explorer-spark-0.1.0.jar
for f in "$JAR" "$SJAR" spark/target/lib; do
	[ -e "$f" ] || { echo "missing $f: run mvn install -DskipTests && mvn -f spark/pom.xml package" >&2; exit 1; }
done
OPENS=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' spark/pom.xml)
mkdir -p "$W"

if [ ! -f "$W/stack-$N.done" ]; then
	rm -rf "$W/images" "$W/few" && mkdir -p "$W/images" "$W/few"
	/usr/bin/python3 - "$N" "$W" <<'PY'
import sys, numpy as np
from PIL import Image
n, w = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(7)
yy, xx = np.mgrid[0:32, 0:32]
frames = []
for i in range(n):
    cx, cy, r = rng.uniform(8, 24), rng.uniform(8, 24), rng.uniform(2, 6)
    img = 200 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)) + rng.uniform(0, 30, (32, 32))
    im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    im.save(f"{w}/images/cell{i:07d}.tif")
    if i < 8: im.save(f"{w}/few/cell{i:07d}.tif")
    frames.append(im)
frames[0].save(f"{w}/stack.tif", save_all=True, append_images=frames[1:])
frames[0].save(f"{w}/train.tif", save_all=True, append_images=frames[1:2000])
PY
	touch "$W/stack-$N.done"
fi
[ -f "$W/m.vae.zip" ] || java -jar "$JAR" train --input "$W/train.tif" --model "$W/m.vae.zip" --architecture dense \
	--size 32 --latent 10 --epochs 1 --seed 1 >/dev/null 2>&1

printf '%-14s %8s %9s %9s %8s\n' mode images seconds images/s rss_mb
run() { # mode images command...
	local mode=$1 images=$2; shift 2
	rm -rf "$W/out-$mode.csv"
	/usr/bin/time -f '%e %M' -o "$W/time-$mode" "$@" >"$W/log-$mode" 2>&1 || { cat "$W/log-$mode" >&2; exit 1; }
	read -r s kb <"$W/time-$mode"
	awk -v m="$mode" -v n="$images" -v s="$s" -v kb="$kb" \
		'BEGIN { printf "%-14s %8d %9.1f %9.1f %8.0f\n", m, n, s, n / s, kb / 1024 }'
}
run cli-stack "$N" java -jar "$JAR" encode --model "$W/m.vae.zip" --input "$W/stack.tif" --out "$W/out-cli-stack.csv"
for m in 1 2; do
	[ "$m" = 2 ] && run spark-startup 8 java $OPENS -jar "$SJAR" encode --master "local[2]" --model "$W/m.vae.zip" \
		--input "$W/few" --out "$W/out-spark-startup.csv"
	run "spark-local$m" "$N" java $OPENS -jar "$SJAR" encode --master "local[$m]" --model "$W/m.vae.zip" \
		--input "$W/images" --out "$W/out-spark-local$m.csv"
done
# The Spark rows (source, slice, ...) in file order are the stack's slices in order: compare the values.
/usr/bin/python3 - "$W" <<'PY'
import sys, csv
w = sys.argv[1]
cli = list(csv.reader(open(f"{w}/out-cli-stack.csv")))[1:]
spark = list(csv.reader(open(f"{w}/out-spark-local2.csv")))[1:]
assert len(cli) == len(spark), (len(cli), len(spark))
print("max |spark - cli| over", len(cli), "rows:",
      max(abs(float(a) - float(b)) for c, s in zip(cli, spark) for a, b in zip(c[1:], s[2:])))
PY
