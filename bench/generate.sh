#!/usr/bin/env bash
# Measures `bangkom generate` (issue 4): wall time, CPU time and peak RSS (/usr/bin/time -v),
# rows and bytes written. Output goes OUTSIDE the repository (default /work/bench-data), never
# into the repo except the ignored bench/work/.
#
#   bench/generate.sh [SKALA ...]        default: 0.1 1.0
#   OUT=/tmp/gen bench/generate.sh 0.01  other output root
#
# Appends nothing by itself: copy the printed lines into bench/RESULTS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-/work/bench-data}"
SCALES=("$@")
[[ ${#SCALES[@]} -eq 0 ]] && SCALES=(0.1 1.0)
mkdir -p "$OUT"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) mem=$(free -h | awk '/^Mem:/{print $2}') load=$(cut -d' ' -f1-3 /proc/loadavg)"
for s in "${SCALES[@]}"; do
  dir="$OUT/generate-skala-$s"
  rm -rf "$dir"
  log="$(mktemp)"
  /usr/bin/time -v "$ROOT/bangkom" generate --tahun 2026 --sampai 2026-CW3 --skala "$s" \
    --seed 42 --galat 0.01 --out "$dir" >"$log.out" 2>"$log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$log")
  user=$(awk -F': ' '/User time/{print $2}' "$log")
  sys=$(awk -F': ' '/System time/{print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$log")
  bytes=$(du -sb "$dir" | cut -f1)
  echo "skala=$s wall=$wall cpu_user=${user}s cpu_sys=${sys}s peak_rss_kb=$rss bytes=$bytes"
  grep '^Selesai' "$log.out" || true
  rm -f "$log" "$log.out"
done
