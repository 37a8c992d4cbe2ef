#!/usr/bin/env bash
# Transforms benchmark (issue 5 point 9). Per data size, in one run:
#   1. the compliance step alone: bench/SparkCompliance.java runs the product's own
#      TransformJob.kepatuhan (per-employee and per-instansi figures of a cut-off, from the lake,
#      written as Parquet) in a fresh JVM on local[*]; it reports the step's own time apart from
#      JVM and SparkSession start, then runs it twice more in the same JVM (warm);
#   2. the reference: bench/DuckDbCompliance.java computes the same figures from the same lake
#      Parquet in DuckDB SQL, then checks them against step 1's output;
#   3. for context, the whole `./bangkom transform` (every table of the period).
# Prints wall time, CPU time, peak RSS and the ratios.
#
#   bench/transforms.sh                      # 10% and 100% of the national scale (generate+ingest once)
#   bench/transforms.sh --skala "0.01 0.1"   # other sizes
#   bench/transforms.sh --workspace DIR      # an existing workspace (e.g. the demo's), no generate
#                       [--label "skala 1.0"]  # its name in the table
#   options: --periode 2026-CW3 (the year end: the national year's ~29 M records in force)  --data /work/bench-data  --record (append to bench/RESULTS.md)
#            --note "free text for RESULTS.md"  --no-transform (skip step 3)
# Env: BANGKOM_HEAP (Spark driver heap, launcher default 4g), BANGKOM_GC (as the launcher:
#      -XX:+UseParallelGC), BANGKOM_CDS=0 (no class-data archive, as the launcher), DUCKDB_MEMORY (default 4GB, same
#      budget), DUCKDB_THREADS (default nproc, as local[*]).
# Data stays under --data (default /work/bench-data), never in the repository.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=/work/bench-data
PERIODE=2026-CW3
SKALAS="0.1 1.0"
WORKSPACE=""
RECORD=0
NOTE=""
LABEL=""
TRANSFORM=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skala) SKALAS="$2"; shift 2 ;;
    --workspace) WORKSPACE="$(cd "$2" && pwd)"; shift 2 ;;
    --periode) PERIODE="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --record) RECORD=1; shift ;;
    --note) NOTE="$2"; shift 2 ;;
    --label) LABEL="$2"; shift 2 ;;
    --no-transform) TRANSFORM=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
TAHUN="${PERIODE%%-*}"
THREADS="${DUCKDB_THREADS:-$(nproc)}"
DUCKDB_MEMORY="${DUCKDB_MEMORY:-4GB}"
DUCKDB_JAR="$(ls "$HOME"/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0/duckdb_jdbc-1.5.6.0.jar)"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
RUN="$DATA/runs/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN"
cd "$RUN" # DuckDB spills to ./.tmp; keep it out of the repository

# Fields of `/usr/bin/time -v`: wall seconds, CPU seconds (user+sys), peak RSS in MB.
wall_s() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
  for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"; }
cpu_s() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

CLI="$ROOT/cli/target"
# Builds what changed now, so no build lands inside a timed run; with the class-data archive on,
# an untimed demo through the launcher, which makes the archive when it is missing or stale as an
# operator's first Spark command after a build does (the launcher alone judges staleness).
if [[ "${BANGKOM_CDS:-1}" != 0 ]]; then
  echo "== ./bangkom demo (untimed: build and class-data archive)" >&2
  "$ROOT/bangkom" demo --workspace "$RUN/prime" >"$RUN/prime.log" 2>&1 \
    || { tail -20 "$RUN/prime.log" >&2; exit 1; }
  rm -rf "$RUN/prime"
else
  "$ROOT/bangkom" --help >/dev/null 2>&1 || true
fi
# Both sides compiled before the runs: the source launcher's in-process javac would keep the JIT
# busy while a step is timed.
CLASSES="$RUN/classes"
mkdir -p "$CLASSES"
javac -nowarn -d "$CLASSES" -cp "$CLI/classes:$(cat "$CLI/classpath.txt")" "$ROOT/bench/SparkCompliance.java"
javac -nowarn -d "$CLASSES" -cp "$DUCKDB_JAR" "$ROOT/bench/DuckDbCompliance.java"
(cd "$CLASSES" && jar cf "$RUN/bench.jar" SparkCompliance*.class)
# The Spark step runs as ./bangkom runs the transforms: the launcher's jars, then the benchmark's
# (appended, so the launcher's class-data archive still applies), and that archive.
CLI_JAR="$(ls "$CLI"/bangkom-cli-*.jar | head -1)"
CDS=""
if [[ "${BANGKOM_CDS:-1}" != 0 ]]; then
  CDS="-XX:SharedArchiveFile=$CLI/bangkom.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi

bench_one() { # <label> <workspace>
  local label="$1" ws="$2" out="$RUN/$1"
  mkdir -p "$out"
  echo "== $label: $ws, $PERIODE" >&2
  # 1. Spark, the compliance step alone, in a fresh JVM with the launcher's flags and heap.
  # The garbage collector as ./bangkom gives its Spark commands.
  if ! SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -v -o "$out/step.time" java $(cat "$CLI/jvm.options") \
      -Xmx"${BANGKOM_HEAP:-4g}" ${BANGKOM_GC:--XX:+UseParallelGC} -Dfile.encoding=UTF-8 $CDS -cp "$CLI_JAR:$(cat "$CLI/classpath.txt"):$RUN/bench.jar" \
      SparkCompliance "$ws" "$PERIODE" "$out/spark" >"$out/step.log" 2>&1; then
    echo "compliance step failed, see $out/step.log" >&2; tail -20 "$out/step.log" >&2; return 1
  fi
  # 2. DuckDB: the reference, from the same lake, then (untimed inside) the check against step 1.
  local rc=0
  /usr/bin/time -v -o "$out/duckdb.time" java -Xmx512m -cp "$CLASSES:$DUCKDB_JAR" \
    DuckDbCompliance "$ws" "$PERIODE" "$out/duckdb" "$THREADS" \
    "$DUCKDB_MEMORY" "$out/spark" >"$out/duckdb.log" 2>&1 || rc=$?
  cat "$out/duckdb.log" >&2
  if [[ $rc -ne 0 && $rc -ne 3 ]]; then echo "DuckDB reference failed (exit $rc)" >&2; return 1; fi
  # 3. Context: the product's whole transform of the period, as an operator runs it.
  local tw="-" tc="-" tables="-"
  if [[ $TRANSFORM -eq 1 ]]; then
    if ! /usr/bin/time -v -o "$out/transform.time" "$ROOT/bangkom" transform --periode "$PERIODE" \
        --workspace "$ws" >"$out/transform.log" 2>&1; then
      echo "transform failed, see $out/transform.log" >&2; tail -20 "$out/transform.log" >&2; return 1
    fi
    tw="$(wall_s "$out/transform.time")"; tc="$(cpu_s "$out/transform.time")"
    tables="$(ls -d "$ws"/lake/computed/*/periode="$PERIODE" 2>/dev/null | wc -l)"
  fi
  local check; check="$(sed -n 's/^check=//p' "$out/duckdb.log")"
  local employees; employees="$(sed -n 's/.* employees=\([0-9]*\).*/\1/p' "$out/duckdb.log")"
  local records; records="$(sed -n 's/^bangkom_rows_in_force=//p' "$out/duckdb.log")"
  local instansi; instansi="$(sed -n 's/.* instansi=\([0-9]*\).*/\1/p' "$out/duckdb.log")"
  local sql_s; sql_s="$(sed -n 's/^duckdb_seconds=//p' "$out/duckdb.log")"
  local step_s; step_s="$(sed -n 's/^compliance_s=//p' "$out/step.log")"
  local warm_s; warm_s="$(sed -n 's/^compliance_warm_s=//p' "$out/step.log")"
  local warm2_s; warm2_s="$(sed -n 's/^compliance_warm2_s=//p' "$out/step.log")"
  local lake; lake="$(du -sh "$ws/lake/submisi" | cut -f1)"
  local sw sc sr dw dc dr
  sw="$(wall_s "$out/step.time")"; sc="$(cpu_s "$out/step.time")"; sr="$(rss_mb "$out/step.time")"
  dw="$(wall_s "$out/duckdb.time")"; dc="$(cpu_s "$out/duckdb.time")"; dr="$(rss_mb "$out/duckdb.time")"
  local line
  line="| $label | ${employees:-?} | ${records:-?} | ${instansi:-?} | $lake | ${step_s} s | ${sql_s} s | **$(ratio "$step_s" "$sql_s")x** | ${warm_s} s ($(ratio "$warm_s" "$sql_s")x), ${warm2_s} s ($(ratio "$warm2_s" "$sql_s")x) | ${sw} s (${sc} CPU-s, ${sr} MB) | ${dw} s (${dc} CPU-s, ${dr} MB) | $(ratio "$sw" "$dw")x | $(ratio "$sc" "$dc")x | ${tw} s (${tc} CPU-s), ${tables} tables | ${check:-?} |"
  echo "$line" >>"$RUN/rows.md"
  echo "$label: compliance step ${step_s}s (again ${warm_s}s, ${warm2_s}s) vs DuckDB SQL ${sql_s}s ($(ratio "$step_s" "$sql_s")x) | process ${sw}s/${sc} CPU-s/${sr} MB vs ${dw}s/${dc} CPU-s/${dr} MB | transform ${tw}s | check ${check:-?}" >&2
  [[ "$check" == "EQUAL" ]]
}

status=0
if [[ -n "$WORKSPACE" ]]; then
  bench_one "${LABEL:-$(basename "$WORKSPACE")}" "$WORKSPACE" || status=1
else
  for s in $SKALAS; do
    inbox="$DATA/inbox-$PERIODE-skala-$s"
    ws="$DATA/ws-$PERIODE-skala-$s"
    if [[ ! -f "$inbox/manifest.json" ]]; then
      rm -rf "$inbox"
      echo "== generating skala $s into $inbox" >&2
      /usr/bin/time -v -o "$RUN/generate-$s.time" "$ROOT/bangkom" generate --tahun "$TAHUN" \
        --sampai "$PERIODE" --skala "$s" --seed 42 --out "$inbox" >"$RUN/generate-$s.log" 2>&1 \
        || { tail -20 "$RUN/generate-$s.log" >&2; exit 1; }
      echo "   generated in $(wall_s "$RUN/generate-$s.time") s" >&2
    fi
    if [[ ! -f "$ws/.bench-ingested" ]]; then
      rm -rf "$ws"
      echo "== ingesting skala $s into $ws" >&2
      /usr/bin/time -v -o "$RUN/ingest-$s.time" "$ROOT/bangkom" ingest --inbox "$inbox" \
        --workspace "$ws" >"$RUN/ingest-$s.log" 2>&1 || { tail -20 "$RUN/ingest-$s.log" >&2; exit 1; }
      echo "   ingested in $(wall_s "$RUN/ingest-$s.time") s" >&2
      touch "$ws/.bench-ingested"
    fi
    bench_one "skala $s" "$ws" || status=1
  done
fi

HEADER="| data | employees (roster rows in force) | bangkom records in force | instansi | lake | Spark compliance step | DuckDB SQL | step ratio | 2nd, 3rd run in the same JVM (ratio) | Spark process wall (CPU, peak RSS) | DuckDB process wall (CPU, peak RSS) | process wall ratio | CPU ratio | whole \`transform\` (context) | figures |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
echo
echo "$HEADER"
cat "$RUN/rows.md"
if [[ $RECORD -eq 1 ]]; then
  {
    echo
    echo "## Transforms, $PERIODE, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM ($(uname -m)); Java $(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/');"
    echo "code $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . 2>/dev/null || echo ' + uncommitted changes');"
    echo "Spark: bench/SparkCompliance.java (TransformJob.kepatuhan: kepatuhan_pegawai and kepatuhan_instansi, local[*], heap ${BANGKOM_HEAP:-4g}, ${BANGKOM_GC:--XX:+UseParallelGC}, class-data archive $([[ -n "$CDS" ]] && echo on || echo off)); the step's time excludes JVM and SparkSession start;"
    echo "DuckDB 1.5.6: bench/DuckDbCompliance.java, threads $THREADS, memory_limit $DUCKDB_MEMORY (same two tables; SQL time excludes JVM start)."
    echo "Whole \`./bangkom transform --periode $PERIODE\` (every table of the period) for context."
    echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Logs: $RUN."
    [[ -n "$NOTE" ]] && echo "$NOTE"
    echo
    echo "$HEADER"
    cat "$RUN/rows.md"
  } >>"$ROOT/bench/RESULTS.md"
  echo "appended to bench/RESULTS.md" >&2
fi
exit $status
