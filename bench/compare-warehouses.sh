#!/usr/bin/env bash
# compare-warehouses.sh OLD.duckdb NEW.duckdb: are two published warehouses equal, table by table?
# For refactors that must not change a figure (issue 18): build the sample's warehouse
# (`./bangkom demo --workspace W`) or a generated nation's before and after, then compare. Rows are
# compared as multisets over every column except TIMESTAMP ones (the run's times) and nip_hash
# (keyed by each workspace's own random key). Exit 1 when a table differs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
JAR="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$VERSION/duckdb_jdbc-$VERSION.jar"
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$VERSION")
exec java -cp "$JAR" "$ROOT/bench/CompareWarehouses.java" "$@"
