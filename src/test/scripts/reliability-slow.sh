#!/usr/bin/env bash
# Reliability II (issue 14): the cases too slow or too system-bound for the unit tests.
#   1. two CLI trainings writing one model path at once: one saves, the other says so and keeps its model elsewhere;
#   2. a full disk after training (a small tmpfs; needs root): the model is saved to the temporary folder, and
#      encode onto the full disk names the reason;
#   3. the shipped Train_On_Folder.ijm's no-active-dimension lines under Debian's ImageJ 1.53t
#      (apt-get install imagej), which hung with "Array expected" before.
# Usage: mvn -B -q package -DskipTests && src/test/scripts/reliability-slow.sh   (exit 0 when every case passes)
set -u
cd "$(dirname "$0")/../../.."
JAR=${JAR:-target/VAE_Explorer-0.1.0.jar}   # JAR=... to try another build (e.g. one from before the fixes)
TMP=$(mktemp -d)
trap 'umount "$TMP/full" 2>/dev/null; rm -rf "$TMP"' EXIT
passed=0 failed=0 skipped=0
ok() { echo "PASS $1"; passed=$((passed + 1)); }
bad() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
skip() { echo "SKIP $1: $2"; skipped=$((skipped + 1)); }
vae() { java -jar "$JAR" "$@"; }

vae sample_data --out "$TMP/s.tif" > /dev/null || { echo "cannot write the sample stack"; exit 1; }
TRAIN=(--input "$TMP/s.tif" --architecture dense --latent 2 --size 16 --epochs 2)

# 1. Two trainings, one model path.
vae train "${TRAIN[@]}" --model "$TMP/one.vae.zip" --seed 1 > "$TMP/a.out" 2> "$TMP/a.err" & a=$!
vae train "${TRAIN[@]}" --model "$TMP/one.vae.zip" --seed 2 > "$TMP/b.out" 2> "$TMP/b.err" & b=$!
wait $a; ra=$?; wait $b; rb=$?
if [ $((ra + rb)) -eq 1 ] && grep -q "written by another process" "$TMP/a.err" "$TMP/b.err" \
	&& grep -q "saved to .* instead" "$TMP/a.err" "$TMP/b.err"; then ok "two trainings, one model path"
else bad "two trainings, one model path" "exit codes $ra and $rb; $(tail -n1 "$TMP/a.err") / $(tail -n1 "$TMP/b.err")"; fi
rm -f "${TMPDIR:-/tmp}"/vae-explorer-unsaved-*.vae.zip

# 2. A full disk after training.
mkdir -p "$TMP/full"
if mount -t tmpfs -o size=256k tmpfs "$TMP/full" 2> /dev/null; then
	dd if=/dev/zero of="$TMP/full/fill" bs=4k > /dev/null 2>&1
	vae train "${TRAIN[@]}" --model "$TMP/full/m.vae.zip" > /dev/null 2> "$TMP/full.err"; r=$?
	rescued=$(grep -o "saved to [^ ]*\.vae\.zip instead" "$TMP/full.err" | cut -d' ' -f3)
	if [ $r -eq 1 ] && [ -n "$rescued" ] && vae info --model "$rescued" > /dev/null; then ok "full disk after training"
	else bad "full disk after training" "exit $r; $(tail -n1 "$TMP/full.err")"; fi
	rm -f "$rescued"
	vae encode --model "$TMP/one.vae.zip" --input "$TMP/s.tif" --out "$TMP/full/latents.csv" > /dev/null 2> "$TMP/enc.err"
	if [ $? -eq 1 ] && grep -qi "space" "$TMP/enc.err"; then ok "encode onto a full disk says why"
	else bad "encode onto a full disk says why" "$(tail -n1 "$TMP/enc.err")"; fi
else
	skip "full disk" "cannot mount a tmpfs (not root?)"
fi

# 3. The template's no-active-dimension lines on ImageJ 1.53t.
IJ153=/usr/share/java/ij.jar
if [ -f "$IJ153" ] && command -v xvfb-run > /dev/null; then
	{ sed -n '/^\tranked = split(/,/^\tdims\[0\] = ranked\[0\];/p' \
		src/main/resources/script_templates/VAE_Explorer/Train_On_Folder.ijm \
		| sed 's/call("io.github.vaeexplorer.ij.MacroFunctions.rankedDims", model)/"3,1"/'
		echo 'print("dims=" + dims.length + ":" + dims[0]);'; } > "$TMP/t.ijm"
	out=$(timeout 60 xvfb-run -a java -jar "$IJ153" -batch "$TMP/t.ijm" 2>&1)
	if echo "$out" | grep -q "dims=1:3"; then ok "template on ImageJ $(unzip -p "$IJ153" IJ_Props.txt 2> /dev/null | grep -o '1\.5[0-9a-z]*' | head -n1)"
	else bad "template on ImageJ 1.53t" "${out:-no output (hung?)}"; fi
else
	skip "template on ImageJ 1.53t" "no $IJ153 (apt-get install imagej) or no xvfb-run"
fi

echo "passed $passed, failed $failed, skipped $skipped"
[ $failed -eq 0 ]
