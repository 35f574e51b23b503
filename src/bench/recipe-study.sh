#!/usr/bin/env bash
# Recipe study on held-out factor sets (issue 18): does a training recipe disentangle on data it was not tuned on?
# Builds the factor sets (src/bench/python/factor_sets.py: clothes, textured, blobs; plus the shipped shapes), then for
# every configuration and every set runs `study` with the set's factor table over SEEDS seeds, and prints one table:
# set, configuration, MIG per seed, MIG mean ± sd, UDR mean ± sd, Spearman(UDR, MIG) over the study's runs.
#
# A configuration is one argument of `study` keys, KEY=VALUE separated by spaces; keys not given keep the default
# recipe below (the README's: β-TCVAE, β = 6, conv, 32×32, 40 epochs, warm-up 5, batch 64). Examples:
#   src/bench/recipe-study.sh ''                                   # the default recipe, all sets, 3 seeds
#   src/bench/recipe-study.sh -t textured,blobs 'warmup=15' 'betas=10'
#   src/bench/recipe-study.sh -n 200 -e 2 -s 2 -t textured,shapes ''   # smoke: a few minutes
# Options: -t SETS (comma-separated, default clothes,textured,blobs,shapes), -n COUNT slices a set (default 2000),
#   -s SEEDS (default 3, from 42), -e EPOCHS (overrides every configuration's epochs), -w DIR (keeps every study's
#   output there; default a temporary folder, removed at the end).
# Needs target/VAE_Explorer-0.1.0.jar (mvn package -DskipTests) and a python3 with numpy and PIL (PYTHON, default
# /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
DEFAULT_RECIPE="objective=tcvae betas=6 architecture=conv size=32 epochs=40 warmup=5 batch=64"
jar=target/VAE_Explorer-0.1.0.jar
py=${PYTHON:-/usr/bin/python3}
sets=clothes,textured,blobs,shapes; count=2000; seeds=3; epochs=; work=
while getopts "t:n:s:e:w:" o; do
	case $o in
		t) sets=$OPTARG ;; n) count=$OPTARG ;; s) seeds=$OPTARG ;; e) epochs=$OPTARG ;; w) work=$OPTARG ;;
		*) echo "usage: $0 [-t SETS] [-n COUNT] [-s SEEDS] [-e EPOCHS] [-w DIR] CONFIGURATION..." >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- ""
[ -f "$jar" ] || { echo "no $jar: run mvn package -DskipTests first" >&2; exit 1; }
"$py" -c "import numpy, PIL" 2>/dev/null || { echo "$py lacks numpy or PIL (set PYTHON)" >&2; exit 1; }
if [ -z "$work" ]; then work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; else mkdir -p "$work"; fi
data=$work/data
mkdir -p "$data"

# the factor sets: fashion-mnist.tif comes zipped in sample-data/ (apt's dataset-fashion-mnist is not needed)
if [ ! -f "$data/clothes.tif" ] || [ "$(cat "$data/count" 2>/dev/null)" != "$count" ]; then
	unzip -o -q sample-data/fashion-mnist.zip -d "$data"
	cp sample-data/fashion-mnist-labels.csv "$data/"
	"$py" src/bench/python/factor_sets.py "$data/fashion-mnist.tif" "$data" "$count" 18
	unzip -o -q sample-data/shapes.zip -d "$data"
	# the shipped shapes, cut to the same number of slices as the others
	"$py" - "$data" "$count" <<'EOF'
import sys
from PIL import Image, ImageSequence
d, n = sys.argv[1], int(sys.argv[2])
frames = [f.copy() for _, f in zip(range(n), ImageSequence.Iterator(Image.open(f"{d}/shapes.tif")))]
frames[0].save(f"{d}/shapes-cut.tif", save_all=True, append_images=frames[1:])
rows = open("sample-data/shapes-factors.csv").read().splitlines()
open(f"{d}/shapes-cut-factors.csv", "w").write("\n".join(rows[: len(frames) + 1]) + "\n")
EOF
	mv "$data/shapes-cut.tif" "$data/shapes.tif"; mv "$data/shapes-cut-factors.csv" "$data/shapes-factors.csv"
	echo "$count" >"$data/count"
fi

table=$work/table.md
echo "| set | configuration | MIG per seed | MIG mean ± sd | UDR mean ± sd | Spearman(UDR, MIG) |" >"$table"
echo "|---|---|---|---|---|---|" >>"$table"
for config in "$@"; do
	# the configuration's keys over the default recipe's, last one wins; -e overrides epochs
	declare -A keys=(); order=()
	for kv in $DEFAULT_RECIPE $config ${epochs:+epochs=$epochs}; do
		k=${kv%%=*}; [[ -v keys[$k] ]] || order+=("$k"); keys[$k]=${kv#*=}
	done
	args=(); for k in "${order[@]}"; do args+=("--$k" "${keys[$k]}"); done
	name=${config:-default}; tag=$(echo "$name" | tr -c 'A-Za-z0-9.=\n' '_')
	for set in ${sets//,/ }; do
		[ -f "$data/$set.tif" ] || { echo "no factor set $set (clothes, textured, blobs, shapes)" >&2; exit 2; }
		out=$work/$set-$tag
		mkdir -p "$out"
		echo "$set, $name: study ${args[*]} --seeds $seeds" >&2
		java -jar "$jar" study --input "$data/$set.tif" --factors "$data/$set-factors.csv" "${args[@]}" \
			--seeds "$seeds" --seed 42 --out "$out" >"$out/stdout.json" 2>"$out/stderr.log" \
			|| { tail -5 "$out/stderr.log" >&2; exit 1; }
		"$py" - "$out/study.json" "$set" "$name" >>"$table" <<'EOF'
import json, sys, statistics as st
d = json.load(open(sys.argv[1]))
mig = [r["mig"] for r in d["runs"]]
udr = [m["score"] for m in d["ranking"]["models"] if m.get("score") is not None]
def ms(v):
    v = [x for x in v if x == x]
    if not v: return "—"
    return f"{st.mean(v):.3f} ± {st.stdev(v):.3f}" if len(v) > 1 else f"{v[0]:.3f}"
rho = d["ranking"].get("udr_mig_spearman")
rho = "—" if rho is None or rho != rho else f"{rho:.2f}"
print(f"| {sys.argv[2]} | {sys.argv[3]} | {' / '.join(f'{x:.3f}' for x in mig)} | {ms(mig)} | {ms(udr)} | {rho} |")
EOF
	done
	unset keys
done
cat "$table"
