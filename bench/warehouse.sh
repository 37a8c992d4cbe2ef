#!/usr/bin/env bash
# Warehouse benchmark (issue 6): a national-scale synthetic warehouse with the real schema, built
# by DuckDB SQL (bench/WarehouseBench.java), then every saved question of queries/ timed on a fresh
# read-only connection: first run (cold) and median / max of RUNS runs, in ms.
# Usage: bench/warehouse.sh [EMPLOYEES=5600000] [RUNS=5] [FILE=/tmp/bangkom-bench/bangkom.duckdb]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EMPLOYEES="${1:-5600000}"
RUNS="${2:-5}"
FILE="${3:-/tmp/bangkom-bench/bangkom.duckdb}"
JAR="$(ls "$HOME"/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0/duckdb_jdbc-1.5.6.0.jar)"
mkdir -p "$(dirname "$FILE")"
cd "$ROOT"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GB RAM, DuckDB 1.5.6 (JDBC), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
java -Xmx2g -cp "$JAR" bench/WarehouseBench.java build "$FILE" "$EMPLOYEES"
echo "| query | rows | first ms | median ms | max ms |"
echo "|---|---|---|---|---|"
java -Xmx2g -cp "$JAR" bench/WarehouseBench.java time "$FILE" queries "$RUNS"
