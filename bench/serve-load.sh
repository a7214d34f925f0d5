#!/usr/bin/env bash
# Search throughput and latency of `newsgraph serve` on a large generated store, measured with wrk.
#
#   bench/serve-load.sh [--articles N] [--seconds S] [--clients "1 8 64"]
#
# 1. installs wrk (Debian's package) when missing;
# 2. builds a store of N generated articles (default 100,000) with `newsgraph bench store`, once: it is kept
#    in bench/out/serve-store-N/ and reused by later runs;
# 3. starts `newsgraph serve` on a free loopback port over it;
# 4. for each number of concurrent clients (connections, each waiting for its answer before the next
#    request), runs wrk for S seconds (default 20) after a 5-second warm-up, on GET /api/v1/search with
#    queries from very common to rare words, two-word queries and a phrase (every answer carries the facet counts);
# 5. prints each query's matches and latency alone, then requests/s and the 50th/99th percentile latencies
#    per client count (503s, when no store connection frees in 10 s, count as errors); stops the server.
# Only loopback traffic; every run is bounded in time. Results land in bench/out/serve-load.txt (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
articles=100000
seconds=20
clients="1 8 64"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "serve-load: unknown argument $1" >&2; exit 2 ;;
  esac
done
newsgraph="$root/bin/newsgraph"
store="$out/serve-store-$articles"
mkdir -p "$out"
step() { printf '\n== %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  step "installing wrk (apt-get install wrk)"
  sudo=(); [[ $(id -u) -eq 0 ]] || sudo=(sudo -n)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq wrk >/dev/null
fi

if [[ ! -f "$store/newsgraph.db" ]]; then
  step "generating a store of $articles articles in $store"
  rm -rf "$store.tmp"
  "$newsgraph" bench store --db "$store.tmp" --articles "$articles"
  mv "$store.tmp" "$store"
fi

# Queries by word frequency rank: very common (in most articles), common, middling, rare; two words; a phrase.
w() { "$newsgraph" bench store --word "$1"; }
words=()
for rank in 0 3 30 300 3000 15000; do words+=("$(w "$rank")"); done
lua="$out/serve-load.lua"
{
  echo 'local paths = {'
  for q in "${words[@]}" "${words[1]}+${words[3]}" "${words[2]}+${words[4]}" "%22${words[0]}+${words[1]}%22"; do
    echo "  \"/api/v1/search?q=$q&limit=10\","
  done
  echo '}'
  echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'
} > "$lua"

step "starting newsgraph serve"
log="$out/serve-load.server.log"
"$newsgraph" serve --db "$store" --port 0 2> "$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" || true)"
  [[ -n "$url" ]] && break
  sleep 0.5
done
[[ -n "$url" ]] || { echo "serve-load: the server did not start; see $log" >&2; exit 1; }
curl -sf "$url/api/v1/search?q=${words[2]}" >/dev/null

report="$out/serve-load.txt"
{
  echo "newsgraph serve, $articles generated articles, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "one client, each query alone (median of 5):"
  printf '  %-44s %9s %8s\n' query matches ms
  for path in $(grep -o '"/api/v1/search[^"]*"' "$lua" | tr -d '"'); do
    total="$(curl -sf "$url$path" | grep -o '"total":[0-9]*' | cut -d: -f2)"
    ms="$(for _ in 1 2 3 4 5; do curl -sf -o /dev/null -w '%{time_total}\n' "$url$path"; done | sort -n | sed -n 3p | awk '{printf "%.0f", $1 * 1000}')"
    printf '  %-44s %9s %8s\n' "${path#/api/v1/search?}" "$total" "$ms"
  done
  echo "GET /api/v1/search over the mix above (hits + facet counts), wrk ${seconds}s per row after a 5 s warm-up:"
  printf '%-8s %12s %10s %10s %10s\n' clients 'requests/s' 'p50 ms' 'p99 ms' errors
} > "$report"
for c in $clients; do
  threads=$(( c < 2 ? 1 : 2 ))
  wrk -t "$threads" -c "$c" -d 5s -s "$lua" "$url" >/dev/null   # warm-up (JIT, page cache)
  result="$(wrk -t "$threads" -c "$c" -d "${seconds}s" --latency --timeout 30s -s "$lua" "$url")"
  echo "$result" > "$out/serve-load.c$c.txt"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$result")"
  ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<<"$result"; }
  errors="$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$result")"
  printf '%-8s %12s %10s %10s %10s\n' "$c" "$rps" "$(ms 50%)" "$(ms 99%)" "${errors:-0}" >> "$report"
done
cat "$report"
