#!/usr/bin/env bash
# Extraction speed and memory of newsgraph against peer extractors, on the same 181 benchmark pages in
# the same run (speed on a shared machine is only meaningful as a ratio measured side by side).
#
#   bench/extraction-speed.sh [--rounds N] [BENCH_DIR]      (BENCH_DIR default: ../shared/bench/extraction)
#
# 1. installs the peers when missing: Readability.js 0.6.0 + jsdom 29 (npm ci in bench/peers) and
#    readability-lxml (Debian's python3-readability, for /usr/bin/python3);
# 2. runs each peer once over all pages (bench/peers/*), which writes its pages/s and predictions;
# 3. scores newsgraph and each peer's predictions with `newsgraph eval extraction` (F1, FORMAT.md §3);
# 4. runs `newsgraph bench extraction --peers`, which measures newsgraph (pages/s per core and on all
#    cores, peak heap, heap growth) and prints one table: system, pages/s per core, F1, newsgraph ÷ peer.
# Results land in bench/out/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="$root/bench/peers"
out="$root/bench/out"
python=/usr/bin/python3   # Debian's python3-readability is installed for this interpreter only
rounds=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "extraction-speed: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
bench_dir="$(cd "${1:-$root/../shared/bench/extraction}" && pwd)"
newsgraph="$root/bin/newsgraph"

step() { printf '\n== %s\n' "$*" >&2; }

install_peers() {
  if [[ ! -d "$peers/node_modules/@mozilla/readability" || ! -d "$peers/node_modules/jsdom" ]]; then
    step "installing Readability.js and jsdom (npm ci in bench/peers)"
    (cd "$peers" && npm ci --no-audit --no-fund >&2)
  fi
  if ! "$python" -c 'import readability, lxml.html' 2>/dev/null; then
    step "installing readability-lxml (apt-get install python3-readability)"
    local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get install -y python3-readability >&2 \
      || { $sudo apt-get update >&2 && $sudo apt-get install -y python3-readability >&2; }
  fi
}

# Prints the F1 of `newsgraph eval extraction [ARGS]`, or nothing (and a note on stderr) when the
# command is missing from this build or fails: speed is still measured, F1 then shows as n/a.
f1_of() {
  local log; log="$(mktemp)"
  if "$newsgraph" eval extraction "$@" "$bench_dir" >"$log" 2>&1; then
    sed -n 's/.*F1 \([0-9.]*\).*/\1/p' "$log" | tail -1
  else
    echo "extraction-speed: note: no F1 for ${*:-newsgraph}: $(grep -v '^\s*$' "$log" | head -1)" >&2
  fi
  rm -f "$log"
}

# Adds "f1": VALUE (or null) to a result file.
record_f1() {
  "$python" - "$1" "${2:-}" <<'PY'
import json, sys
path, f1 = sys.argv[1], sys.argv[2]
try:
    with open(path, encoding="utf-8") as f:
        result = json.load(f)
except FileNotFoundError:
    result = {"system": "newsgraph"}
result["f1"] = float(f1) if f1 else None
with open(path, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=2)
    f.write("\n")
PY
}

install_peers
rm -rf "$out" && mkdir -p "$out/predictions"

step "Readability.js (one pass; ~40 s at ~5 pages/s)"
node "$peers/readability-js.mjs" "$bench_dir" "$out"
step "readability-lxml (one pass)"
"$python" "$peers/readability_lxml.py" "$bench_dir" "$out"

step "F1 of each system on the benchmark"
missing=no
f1="$(f1_of)"; record_f1 "$out/newsgraph.json" "$f1"; [[ -n "$f1" ]] || missing=yes
for system in readability-js readability-lxml; do
  f1="$(f1_of --predictions "$out/predictions/$system.json")"
  record_f1 "$out/$system.json" "$f1"; [[ -n "$f1" ]] || missing=yes
done
[[ "$missing" != yes ]] || echo "extraction-speed: note: F1 needs 'newsgraph eval extraction [--predictions FILE] DIR'" \
  "in this build (io.newsgraph.eval.ExtractionBenchmark); F1 shows as n/a below" >&2

step "newsgraph (warm-up, then $rounds passes on one thread and $rounds on all cores)"
"$newsgraph" bench extraction --rounds "$rounds" --peers "$out" "$bench_dir"
