#!/usr/bin/env bash
# Reports benchmark (issue 7): a 606-instansi warehouse with the real schema and the lake Parquet
# the lists need (reports/src/test/.../SyntheticNation.java, built by DuckDB SQL), then every Surat
# Sounding with its CSV/XLSX list, the combined PDF, every Profil Instansi and the Laporan Tahunan
# of one cut-off, timed in one JVM (templates compiled on first use, as in a real run).
# Usage: bench/reports.sh [EMPLOYEES_PER_INSTANSI=9240] [FOLDER=/tmp/bangkom-bench-reports]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEGAWAI="${1:-9240}"
FOLDER="${2:-/tmp/bangkom-bench-reports}"
cd "$ROOT"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM," \
  "Java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
rm -rf "$FOLDER/out"
# -Dtest.jvm.flags= : the benchmark's JVM runs with the JVM's own JIT and collector, as
# ./bangkom report does, not with the C1-only, serial-collector flags of the build's tests.
./mvnw -q -B -o -pl reports test -Dtest=ReportsBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm.flags= -Dspotless.check.skip=true -Dbench.pegawai="$PEGAWAI" -Dbench.folder="$FOLDER" 2>&1 \
  | grep '^BENCH' || { echo "benchmark failed" >&2; exit 1; }
du -sh "$FOLDER/out" | sed 's/^/BENCH output size: /'
