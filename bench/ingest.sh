#!/usr/bin/env bash
# Ingestion benchmark (issue 3): a national-scale inbox through `./bangkom ingest`, and in the same
# run the reference, DuckDB's own read_csv -> Parquet of the same CSV files with no validation
# (bench/DuckDbReference.java). Both under /usr/bin/time -v; prints rows/s, CPU seconds, peak RSS
# and the ratio ingestion/reference. Generated data stays outside the repository.
#
# Usage: bench/ingest.sh [DATA_DIR]        (default /work/bench-data)
#   SKALA=1.0 SEED=42   generator scale and seed (./bangkom generate)
#   INBOX=DIR           use this inbox instead of generating one
#   RECORD=1            append the result block to bench/RESULTS.md
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-/work/bench-data}"
SKALA="${SKALA:-1.0}"
SEED="${SEED:-42}"
INBOX="${INBOX:-$DATA/national-$SKALA-$SEED}"
WS="$DATA/ws-ingest"
REF="$DATA/reference-out"
mkdir -p "$DATA"

if [[ ! -d "$INBOX" ]]; then
  echo "Generating $INBOX ..." >&2
  "$ROOT/bangkom" generate --tahun 2026 --sampai 2026-CW1 --skala "$SKALA" --seed "$SEED" \
    --out "$INBOX" >&2
fi

count() { find "$INBOX" -type f -iname "*.$1" | wc -l; }
BYTES=$(du -sb "$INBOX" | cut -f1)
CSV_BYTES=$(find "$INBOX" -type f -iname '*.csv' -printf '%s\n' | awk '{s+=$1} END {printf "%d", s}')
echo "inbox $INBOX: $(count csv) CSV, $(count xlsx) XLSX, $(count json) JSON, $BYTES bytes" >&2

# Page cache warm for both runs: read every file once.
find "$INBOX" -type f -exec cat {} + > /dev/null

measure() { # name, log, time file: prints wall, cpu, rss
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$3" |
    awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$3")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$3")
  echo "$wall $cpu $rss"
}

rm -rf "$WS" "$REF"
echo "Ingesting ..." >&2
/usr/bin/time -v "$ROOT/bangkom" ingest --inbox "$INBOX" --workspace "$WS" \
  > "$DATA/ingest.log" 2> "$DATA/ingest.time" || { tail -20 "$DATA/ingest.time" >&2; exit 1; }
ROWS=$(grep -o '[0-9]* baris dibaca' "$DATA/ingest.log" | awk '{s+=$1} END {printf "%d", s}')
REJ=$(grep -o '[0-9]* ditolak' "$DATA/ingest.log" | awk '{s+=$1} END {printf "%d", s}')
read -r I_WALL I_CPU I_RSS <<< "$(measure ingest "$DATA/ingest.log" "$DATA/ingest.time")"

DUCKDB_JAR="$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | grep -v sources | sort -V | tail -1)"
echo "Reference (DuckDB read_csv -> Parquet) ..." >&2
/usr/bin/time -v java -Xmx1g -cp "$DUCKDB_JAR" "$ROOT/bench/DuckDbReference.java" "$INBOX" "$REF" \
  > "$DATA/reference.log" 2> "$DATA/reference.time"
REF_ROWS=$(grep -o 'rows=[0-9]*' "$DATA/reference.log" | cut -d= -f2)
read -r R_WALL R_CPU R_RSS <<< "$(measure reference "$DATA/reference.log" "$DATA/reference.time")"

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)
BLOCK=$(cat <<END

## Ingestion benchmark, $(date -u +%Y-%m-%dT%H:%MZ)
Machine: $(nproc) cores ($CPU_MODEL), $MEM RAM, load average before/after runs: $LOAD.
Inbox: \`$INBOX\` (skala $SKALA, seed $SEED): $(count csv) CSV, $(count xlsx) XLSX, $(count json) JSON files, $((BYTES / 1048576)) MiB ($((CSV_BYTES / 1048576)) MiB CSV).

| run | rows | wall s | CPU s (user+sys) | rows/s (wall) | rows/CPU-s | max RSS MiB |
|---|---|---|---|---|---|---|
| \`./bangkom ingest\` (all files, every check, lake + archive + receipts) | $ROWS ($REJ rejected) | $I_WALL | $I_CPU | $(awk "BEGIN {printf \"%.0f\", $ROWS/$I_WALL}") | $(awk "BEGIN {printf \"%.0f\", $ROWS/$I_CPU}") | $((I_RSS / 1024)) |
| reference: DuckDB \`read_csv\` -> Parquet, CSV files only, one Parquet per file | $REF_ROWS | $R_WALL | $R_CPU | $(awk "BEGIN {printf \"%.0f\", $REF_ROWS/$R_WALL}") | $(awk "BEGIN {printf \"%.0f\", $REF_ROWS/$R_CPU}") | $((R_RSS / 1024)) |

Ratio ingestion/reference: wall $(awk "BEGIN {printf \"%.2f\", $I_WALL/$R_WALL}")x, CPU $(awk "BEGIN {printf \"%.2f\", $I_CPU/$R_CPU}")x; per row (wall) $(awk "BEGIN {printf \"%.2f\", ($I_WALL/$ROWS)/($R_WALL/$REF_ROWS)}")x.
END
)
echo "$BLOCK"
if [[ "${RECORD:-0}" == 1 ]]; then
  echo "$BLOCK" >> "$ROOT/bench/RESULTS.md"
fi
