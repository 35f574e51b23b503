#!/usr/bin/env bash
# The Spark job on a real (one-machine) Spark standalone cluster, submitted the way README's spark-submit line
# does it: a master and a worker in their own JVMs, the job's executors launched by the worker in a JVM of their
# own, the plugin's jars shipped with --jars. Checks that the rows equal the single-machine CLI's.
#
#   mvn install -DskipTests && mvn -f spark/pom.xml package      # once
#   src/bench/spark-cluster.sh IMAGES_DIR MODEL.vae.zip [WORKDIR=/tmp/spark-cluster]
#
# No Spark distribution is at hand here (only Maven Central), so WORKDIR/spark-home/jars/ stands in for one: the
# jars of spark/target/lib/ that are Spark's (those not in the plugin's target/dependency/). spark-submit is
# `spark-class org.apache.spark.deploy.SparkSubmit "$@"`, which is what runs below. Prints the executor's peak
# resident memory, the job's wall seconds, and max |cluster - cli| over the rows.
set -euo pipefail
IMAGES=$(realpath "$1")
MODEL=$(realpath "$2")
W=${3:-/tmp/spark-cluster}
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
JAR=target/VAE_Explorer-0.1.0.jar
SJAR=spark/target/VAE_Explorer-spark-0.1.0.jar
for f in "$JAR" "$SJAR" spark/target/lib target/dependency; do
	[ -e "$f" ] || { echo "missing $f: run mvn install -DskipTests && mvn -f spark/pom.xml package" >&2; exit 1; }
done
OPENS=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' spark/pom.xml)
rm -rf "$W" && mkdir -p "$W/spark-home/jars" "$W/work"
for j in spark/target/lib/*.jar; do
	b=$(basename "$j")
	case "$b" in VAE_Explorer*) continue ;; esac
	[ -e "target/dependency/$b" ] || ln -s "$ROOT/$j" "$W/spark-home/jars/$b"
done
echo "stand-in Spark distribution: $(ls "$W/spark-home/jars" | wc -l) jars"
export SPARK_HOME="$W/spark-home"
# Spark's launcher (which the worker uses to build the executor's command) reads the Scala version from a
# distribution's build directories, which the stand-in lacks; the jars name it.
SPARK_SCALA_VERSION=$(ls spark/target/lib | sed -n 's/^spark-core_\([0-9.]*\)-.*/\1/p')
export SPARK_SCALA_VERSION
SPARK_CP="$SPARK_HOME/jars/*"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
# shellcheck disable=SC2086
java $OPENS -cp "$SPARK_CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 \
	--webui-port 18080 >"$W/master.log" 2>&1 &
PIDS+=($!)
# Readiness from the master's JSON status page (Spark's own log lines need a logging backend on the class path).
workers() { curl -s http://127.0.0.1:18080/json/ | sed -n 's/.*"aliveworkers" *: *\([0-9]*\).*/\1/p'; }
for _ in $(seq 60); do curl -s -o /dev/null http://127.0.0.1:18080/json/ && break; sleep 1; done
# shellcheck disable=SC2086
java $OPENS -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 2g \
	--work-dir "$W/work" --webui-port 18081 spark://127.0.0.1:7077 >"$W/worker.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 60); do [ "$(workers)" = 1 ] && break; sleep 1; done
[ "$(workers)" = 1 ] || { echo "the worker did not register with the master" >&2; cat "$W/worker.log" >&2; exit 1; }

# Peak RSS of the executor JVMs the worker starts (sampled every 0.2 s).
( peak=0; while sleep 0.2; do
	for p in $(pgrep -f CoarseGrainedExecutorBackend || true); do
		r=$(awk '/VmHWM/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)
		[ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$W/executor-peak-kb"
	done
done ) &
PIDS+=($!)

start=$(date +%s.%N)
# shellcheck disable=SC2086
java $OPENS -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit --class io.github.vaeexplorer.spark.SparkJob \
	--master spark://127.0.0.1:7077 --conf spark.executor.cores=2 --conf spark.executor.memory=1g \
	--jars "$(ls "$ROOT/$JAR" "$ROOT"/target/dependency/*.jar | paste -sd, -)" \
	"$ROOT/$SJAR" encode --model "$MODEL" --input "$IMAGES" --out "$W/cluster.csv" >"$W/submit.log" 2>&1 \
	|| { tail -40 "$W/submit.log" >&2; exit 1; }
end=$(date +%s.%N)
n=$(($(wc -l <"$W/cluster.csv") - 1))
awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "cluster encode: %d rows in %.1f s (%.0f images/s, start-up included)\n", n, e - s, n / (e - s) }'
echo "executor peak RSS: $(( $(cat "$W/executor-peak-kb" 2>/dev/null || echo 0) / 1024 )) MB"

# The CLI on the same model and images: for a folder it writes one CSV a file (NAME.csv, one row a slice) into
# --out; the cluster's rows name the file (source) and the slice.
java -jar "$JAR" encode --model "$MODEL" --input "$IMAGES" --out "$W/cli" >"$W/cli.log" 2>&1
/usr/bin/python3 - "$W/cluster.csv" "$W/cli" <<'PY'
import csv, os, sys
rows = list(csv.reader(open(sys.argv[1])))
head, rows = rows[0], rows[1:]
cols = [c for c in head if c.startswith(("mu_", "logvar_"))]
files = sorted(f for f in os.listdir(sys.argv[2]) if f.endswith(".csv"))
cli_rows = sum(len(list(csv.reader(open(os.path.join(sys.argv[2], f))))) - 1 for f in files)
assert cli_rows == len(rows), (cli_rows, len(rows))
worst, cache = 0.0, {}
for r in rows:
    name = os.path.splitext(r[head.index("source")])[0] + ".csv"
    if name not in cache:
        cache.clear()
        t = list(csv.reader(open(os.path.join(sys.argv[2], name))))
        cache[name] = (t[0], {row[t[0].index("slice")]: row for row in t[1:]})
    ch, by_slice = cache[name]
    b = by_slice[r[head.index("slice")]]
    for c in cols:
        worst = max(worst, abs(float(r[head.index(c)]) - float(b[ch.index(c)])))
print(f"max |cluster - cli| over {len(rows)} rows and {len(cols)} columns: {worst:g}")
PY
