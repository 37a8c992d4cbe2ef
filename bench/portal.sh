#!/usr/bin/env bash
# Portal under load and faults (issue 17.9), on 127.0.0.1, driven by bench/PortalBeban.java
# (java.net.http, one thread per browser). Data: `./bangkom generate` (skala 1.0, a fixed sample of
# instansi, 2026-CW1), outside the repository. In one run:
#   0. references: `./bangkom ingest` of the same 50 submissions, and of the one 20k-row submission
#   1. a workspace whose lake already holds the other generated instansi; the portal starts, the
#      seeded admin invites every PIC (POST /admin/akun + the invitation link on the page)
#   2. `./bangkom run --periode 2026-CW1` in another process while 5 PICs read their standing page
#      in a loop and 5 others upload (3 s apart): page latency during the run, upload time then
#   3. standing pages with the warehouse, idle; then one ~20k-row upload alone
#   4. 50 PICs (50 instansi, 5k-50k rows each) upload at once while the 5 read their page
#   5. an upload cut off mid-way (half the multipart body, socket closed): nothing left behind
#   6. kill -9 during 10 staggered uploads, restart: every receipt's version is in the lake, every
#      account logs in
# Prints the figures; RECORD=1 appends them to bench/RESULTS.md.
#
# Usage: bench/portal.sh [DATA_DIR]     (default /tmp/bangkom-bench-portal; wiped except gen/)
#   PORT=7171  SKALA=1.0  INSTANSI=120  SEED=42
#   JEDA=500   ms each page reader waits between two GETs
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-/tmp/bangkom-bench-portal}"
PORT="${PORT:-7171}"
SKALA="${SKALA:-1.0}"
INSTANSI="${INSTANSI:-120}"
SEED="${SEED:-42}"
JEDA="${JEDA:-500}"
BASE="http://127.0.0.1:$PORT"
GEN="$DATA/gen"
WS="$DATA/ws"
P=2026-CW1
mkdir -p "$DATA"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

if [[ ! -f "$GEN/manifest.json" ]]; then
  log "Generating $GEN ..."
  rm -rf "$GEN"
  "$ROOT/bangkom" generate --tahun 2026 --sampai $P --skala "$SKALA" --instansi "$INSTANSI" \
    --seed "$SEED" --out "$GEN" > "$DATA/generate.log"
fi
rm -rf "$WS" "$DATA/ref" "$DATA/run" && mkdir -p "$DATA/run"
R="$DATA/run"
mkdir -p "$R/cls"
javac -d "$R/cls" "$ROOT/bench/PortalBeban.java"
DRIVER=(java -Xmx1g -cp "$R/cls" PortalBeban)

# --- Choosing the instansi: CSV-only submissions by their data rows (all files, header excluded).
for d in "$GEN"/*/; do
  k=$(basename "$d")
  find "$d" -type f ! -name '*.csv' | grep -q . && continue
  t=0
  for f in "$d$P"/*.csv; do t=$((t + $(wc -l < "$f") - 1)); done
  echo "$t $k"
done | sort -n > "$R/csv-rows.txt"
# In range 5k-50k: the one closest to 20k uploads alone; of the rest every one from 14k up and an
# even spread of the smaller ones make the 50; what is left are page readers, run-time and kill-time
# uploaders. Everything else (smaller, larger, XLSX/JSON) is the lake the portal starts with.
awk '$1 >= 5000 && $1 <= 50000' "$R/csv-rows.txt" > "$R/in-range.txt"
SATU=$(awk '{d = $1 - 20000; if (d < 0) d = -d; print d, $2}' "$R/in-range.txt" | sort -n | head -1 | cut -d' ' -f2)
grep -v " $SATU\$" "$R/in-range.txt" > "$R/rest.txt"
BESAR=$(awk '$1 >= 14000' "$R/rest.txt" | wc -l)
awk '$1 < 14000' "$R/rest.txt" > "$R/small.txt"
N_SMALL=$(wc -l < "$R/small.txt")
NEED=$((50 - BESAR))
{ awk '$1 >= 14000' "$R/rest.txt"
  awk -v n="$N_SMALL" -v k="$NEED" '{ if (int((NR - 1) * k / n) != int(NR * k / n)) print }' "$R/small.txt"
} | sort -n > "$R/lima-puluh.txt"
grep -vxF -f "$R/lima-puluh.txt" "$R/small.txt" > "$R/sisa.txt"
[[ $(wc -l < "$R/lima-puluh.txt") -eq 50 && $(wc -l < "$R/sisa.txt") -ge 20 ]] || {
  echo "not enough instansi in 5k-50k rows: $(wc -l < "$R/in-range.txt")" >&2; exit 1; }
HALAMAN=$(sed -n 1,5p "$R/sisa.txt" | cut -d' ' -f2 | paste -sd,)
sed -n 6,10p "$R/sisa.txt" > "$R/saat-run.txt"
sed -n 11,20p "$R/sisa.txt" > "$R/saat-bunuh.txt"

unggahan() { # file of "rows kode" lines, periode -> driver's upload lines
  while read -r rows k; do
    files=""
    for f in "$GEN/$k/$P"/*; do
      b=$(basename "$f"); files="$files${files:+,}${b%.*}=$f"
    done
    echo "$k $2 $rows $files"
  done < "$1"
}
unggahan "$R/lima-puluh.txt" $P > "$R/u-50.txt"
grep " $SATU\$" "$R/in-range.txt" > "$R/satu.txt"
unggahan "$R/satu.txt" $P > "$R/u-satu.txt"
unggahan "$R/saat-run.txt" $P > "$R/u-run.txt"
unggahan "$R/saat-bunuh.txt" $P > "$R/u-bunuh.txt"
SATU_ROWS=$(cut -d' ' -f1 "$R/satu.txt")
ROWS50=$(awk '{s += $1} END {print s}' "$R/lima-puluh.txt")
MIN50=$(head -1 "$R/lima-puluh.txt" | cut -d' ' -f1)
MAX50=$(tail -1 "$R/lima-puluh.txt" | cut -d' ' -f1)
MED50=$(sed -n 25p "$R/lima-puluh.txt" | cut -d' ' -f1)
BYTES50=$(for k in $(cut -d' ' -f2 "$R/lima-puluh.txt"); do du -sb "$GEN/$k/$P" | cut -f1; done | awk '{s += $1} END {print s}')
log "50 uploads: $ROWS50 rows ($MIN50-$MAX50, median $MED50), $BYTES50 bytes; alone: $SATU ($SATU_ROWS rows)"

# --- 0. References: the same submissions through ./bangkom ingest (a fresh workspace each).
ingest_ref() { # name, "rows kode" file -> wall seconds
  local inbox="$DATA/ref/$1/inbox"
  mkdir -p "$inbox"
  while read -r _ k; do cp -r "$GEN/$k" "$inbox/"; done < "$2"
  /usr/bin/time -f %e -o "$DATA/ref/$1/time" "$ROOT/bangkom" ingest --inbox "$inbox" \
    --workspace "$DATA/ref/$1/ws" > "$DATA/ref/$1/log" 2>&1
  cat "$DATA/ref/$1/time"
}
find "$GEN" -type f -exec cat {} + > /dev/null
log "Reference ingests ..."
REF_SATU=$(ingest_ref satu "$R/satu.txt")
REF50=$(ingest_ref lima-puluh "$R/lima-puluh.txt")
log "ingest alone ${REF_SATU}s, ingest of the 50 ${REF50}s"

# --- 1. The workspace: every other generated instansi already in the lake.
mkdir -p "$WS" "$R/awal"
cat "$R/lima-puluh.txt" "$R/satu.txt" "$R/saat-run.txt" "$R/saat-bunuh.txt" | cut -d' ' -f2 > "$R/dipakai.txt"
for d in "$GEN"/*/; do
  k=$(basename "$d"); grep -qxF "$k" "$R/dipakai.txt" || cp -r "$d" "$R/awal/"
done
N_AWAL=$(ls "$R/awal" | wc -l)
log "Ingesting the $N_AWAL other instansi into the workspace ..."
"$ROOT/bangkom" ingest --inbox "$R/awal" --workspace "$WS" > "$R/ingest-awal.log" 2>&1

PORTAL_PID=""
start_portal() {
  "$ROOT/bangkom" portal --workspace "$WS" --port "$PORT" >> "$R/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$BASE/masuk" && return 0
    sleep 0.5
  done
  echo "portal did not start" >&2; tail -20 "$R/portal.log" >&2; exit 1
}
trap '[[ -n "$PORTAL_PID" ]] && kill "$PORTAL_PID" 2>/dev/null || true' EXIT
start_portal
ADMIN_EMAIL=$(awk '/ADMIN/ && /sandi:/ {print $2; exit}' "$R/portal.log")
ADMIN_SANDI=$(awk '/ADMIN/ && /sandi:/ {print $4; exit}' "$R/portal.log")
KODES=$(cat "$R/dipakai.txt" <(echo "$HALAMAN" | tr , '\n') | paste -sd,)
"${DRIVER[@]}" akun "$BASE" "$ADMIN_EMAIL" "$ADMIN_SANDI" "$KODES" "$R/akun.txt" >&2
echo "ADMIN $ADMIN_EMAIL $ADMIN_SANDI" >> "$R/akun.txt"
N_AKUN=$(wc -l < "$R/akun.txt")

# --- 2. A national run in another process; pages and uploads meanwhile.
log "run --periode $P with pages and 5 uploads (3 s apart) ..."
touch "$R/run.jalan"
( /usr/bin/time -f %e -o "$R/run.time" "$ROOT/bangkom" run --periode $P --workspace "$WS" \
    > "$R/run.log" 2>&1; echo $? > "$R/run.rc"; rm -f "$R/run.jalan" ) &
RUN_BG=$!
S_RUN=$("${DRIVER[@]}" beban "$BASE" "$R/akun.txt" "$R/u-run.txt" "$HALAMAN" "$JEDA" 0 3000 \
  "$R/terima-run.txt" "$R/run.jalan")
wait $RUN_BG
RUN_WALL=$(cat "$R/run.time"); RUN_RC=$(cat "$R/run.rc")
log "run: ${RUN_WALL}s rc=$RUN_RC; $S_RUN"

# --- 3. Pages with the warehouse, idle; one upload alone.
S_IDLE=$("${DRIVER[@]}" beban "$BASE" "$R/akun.txt" /dev/null "$HALAMAN" "$JEDA" 15 0 "$R/terima-idle.txt")
log "idle pages: $S_IDLE"
S_IDLE1=$("${DRIVER[@]}" beban "$BASE" "$R/akun.txt" /dev/null "${HALAMAN%%,*}" "$JEDA" 10 0 "$R/terima-idle1.txt")
log "idle pages, one reader: $S_IDLE1"
S_SATU=$("${DRIVER[@]}" beban "$BASE" "$R/akun.txt" "$R/u-satu.txt" "" 100 0 0 "$R/terima-satu.txt")
log "alone: $S_SATU"

# --- 4. 50 at once, pages meanwhile.
S50=$("${DRIVER[@]}" beban "$BASE" "$R/akun.txt" "$R/u-50.txt" "$HALAMAN" "$JEDA" 0 0 "$R/terima-50.txt")
log "50 at once: $S50"

# --- 5. An upload cut off mid-way.
snapshot() {
  # Files with size and time; folders by name only (a temporary file changes its folder's time).
  (cd "$WS" && find portal/sementara portal/antrian portal/multipart inbox lake \
    \( -type f -printf '%p %s %T@\n' \) -o \( -type d -printf '%p/\n' \) 2>/dev/null \
    | grep -v '\.ingest\.lock' | sort)
}
KODE_POTONG=$(head -1 "$R/lima-puluh.txt" | cut -d' ' -f2)
snapshot > "$R/sebelum-potong.txt"
"${DRIVER[@]}" potong "$BASE" "$R/akun.txt" "$KODE_POTONG" 2026-CW2 \
  "$(ls "$GEN/$(tail -1 "$R/lima-puluh.txt" | cut -d' ' -f2)/$P"/bangkom.csv)" >&2
sleep 3
snapshot > "$R/sesudah-potong.txt"
if diff "$R/sebelum-potong.txt" "$R/sesudah-potong.txt" > "$R/potong.diff"; then
  POTONG="nothing left behind (portal/sementara, antrian, multipart, inbox, lake: same files, sizes, times)"
else
  POTONG="LEFT BEHIND: $(wc -l < "$R/potong.diff") lines of difference, see $R/potong.diff"
fi
curl -s -o /dev/null -w '%{http_code}' "$BASE/masuk" > "$R/potong.http"
log "cut upload: $POTONG; portal answers HTTP $(cat "$R/potong.http") after it"

# --- 6. kill -9 during uploads, restart.
log "kill -9 during 10 uploads (150 ms apart) ..."
"${DRIVER[@]}" beban "$BASE" "$R/akun.txt" "$R/u-bunuh.txt" "" 100 0 150 "$R/terima-bunuh.txt" \
  > "$R/bunuh.out" 2>&1 &
BEBAN_BG=$!
for _ in $(seq 1 600); do
  [[ $(grep -c '^RECEIPT' "$R/terima-bunuh.txt" 2>/dev/null || true) -ge 2 ]] && break
  sleep 0.1
done
kill -9 "$PORTAL_PID"
KILLED_AT=$(date -u +%H:%M:%S)
wait "$PORTAL_PID" 2>/dev/null || true
wait $BEBAN_BG || true
start_portal
HILANG=0
TOTAL_RC=0
for f in "$R"/terima-*.txt; do
  while read -r _ k per v _; do
    TOTAL_RC=$((TOTAL_RC + 1))
    [[ -d "$WS/lake/submisi/$k/$per/$v" ]] || { HILANG=$((HILANG + 1)); echo "MISSING $k/$per/$v" >&2; }
  done < <(grep '^RECEIPT' "$f")
done
BUNUH_RC=$(grep -c '^RECEIPT' "$R/terima-bunuh.txt" || true)
BUNUH_FAIL=$(grep -c '^FAILED' "$R/terima-bunuh.txt" || true)
# Cut in flight (sent, no answer) as against never connected; what became of the ones in flight.
BUNUH_INFLIGHT=$(grep '^FAILED' "$R/terima-bunuh.txt" | grep -vc 'ConnectException' || true)
BUNUH_INFLIGHT_LAKE=0
for k in $(grep '^FAILED' "$R/terima-bunuh.txt" | grep -v 'ConnectException' | cut -d' ' -f2); do
  [[ -d "$WS/lake/submisi/$k/$P/v1" ]] && BUNUH_INFLIGHT_LAKE=$((BUNUH_INFLIGHT_LAKE + 1))
done
SISA_PORTAL=$( (find "$WS/portal/sementara" "$WS/portal/antrian" -type f 2>/dev/null || true) | wc -l)
MASUK=$("${DRIVER[@]}" masuk "$BASE" "$R/akun.txt")
log "after kill -9: receipts checked $TOTAL_RC, missing in lake $HILANG; killed run: $BUNUH_RC receipts, $BUNUH_FAIL cut; $MASUK"
kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
# The portal logs to <workspace>/log (the run's lines are there too: count the portal's own).
ERRORS=$(cat "$WS"/log/*.log | grep -E ' (ERROR|WARN) ' | grep -c 'portal' || true)
ERROR_KINDS=$(cat "$WS"/log/*.log | grep -E ' (ERROR|WARN) ' | grep 'portal' \
  | sed -E 's/^[0-9-]+ [0-9:.]+ //; s/\[[0-9]+ [^]]*\] //' | sort | uniq -c | sort -rn | head -5 \
  | awk '{$1 = $1 "x"; print}' | paste -sd';' || true)

f() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
# Receipt times of the ~20k-row uploads (15k-25k rows) among the 50.
DUAPULUH=$(awk '/^RECEIPT/ {split($7, r, "="); if (r[2] >= 15000 && r[2] <= 25000) printf "%s%s rows %s ms", (n++ ? ", " : ""), r[2], $5}' "$R/terima-50.txt")
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
MEM=$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
JAVA=$(java -version 2>&1 | head -1)
BLOCK=$(cat <<END

## Portal under load and faults (issue 17.9), $(date -u +%Y-%m-%dT%H:%MZ)
Machine: $(nproc) cores ($CPU_MODEL), $MEM RAM, $JAVA; load average after the run: $(cut -d' ' -f1-3 /proc/loadavg). Script: \`bench/portal.sh\` (driver bench/PortalBeban.java, HTTP/1.1 on 127.0.0.1, portal and driver on the same 2 cores). Commit $(git -C "$ROOT" rev-parse --short HEAD).
Data: \`./bangkom generate --tahun 2026 --sampai $P --skala $SKALA --instansi $INSTANSI --seed $SEED\`; the workspace's lake starts with $N_AWAL of those instansi; $N_AKUN accounts (PICs invited by the admin through the pages). The 50 uploads: 50 instansi, CSV files (pegawai, bangkom, some training_rate), $ROWS50 data rows together, $MIN50-$MAX50 rows each (median $MED50), $((BYTES50 / 1048576)) MiB. Page readers: 5 other PICs, each GET /instansi/{kode} (the standing page) in a loop, $JEDA ms between a page and the next request.

| measurement | uploads | time to receipt p50 / p95 / max (ms) | all receipts in (ms) | pages | page p50 / p95 / max (ms) |
|---|---|---|---|---|---|
| 50 PICs upload at once | $(f "$S50" receipts)/50 receipts, $(f "$S50" failed) failed, $(f "$S50" unchanged) unchanged | $(f "$S50" upload_p50_ms) / $(f "$S50" upload_p95_ms) / $(f "$S50" upload_max_ms) | $(f "$S50" all_uploads_ms) | $(f "$S50" pages) ($(f "$S50" page_failed) failed) | $(f "$S50" page_p50_ms) / $(f "$S50" page_p95_ms) / $(f "$S50" page_max_ms) |
| one upload alone ($SATU_ROWS rows, $SATU) | $(f "$S_SATU" receipts)/1 | $(f "$S_SATU" upload_max_ms) | | | |
| pages idle (warehouse built), 5 readers, 15 s | | | | $(f "$S_IDLE" pages) ($(f "$S_IDLE" page_failed) failed) | $(f "$S_IDLE" page_p50_ms) / $(f "$S_IDLE" page_p95_ms) / $(f "$S_IDLE" page_max_ms) |
| pages idle, 1 reader, 10 s | | | | $(f "$S_IDLE1" pages) ($(f "$S_IDLE1" page_failed) failed) | $(f "$S_IDLE1" page_p50_ms) / $(f "$S_IDLE1" page_p95_ms) / $(f "$S_IDLE1" page_max_ms) |
| during \`./bangkom run --periode $P\` (${RUN_WALL} s, exit $RUN_RC), 5 uploads 3 s apart | $(f "$S_RUN" receipts)/5 receipts, $(f "$S_RUN" failed) failed, $(f "$S_RUN" unchanged) unchanged | $(f "$S_RUN" upload_p50_ms) / $(f "$S_RUN" upload_p95_ms) / $(f "$S_RUN" upload_max_ms) | | $(f "$S_RUN" pages) ($(f "$S_RUN" page_failed) failed) | $(f "$S_RUN" page_p50_ms) / $(f "$S_RUN" page_p95_ms) / $(f "$S_RUN" page_max_ms) |

Reference, same run: \`./bangkom ingest\` of the same files in a fresh workspace (JVM start included): the 50 submissions ${REF50} s, the one alone ${REF_SATU} s. Ratio portal/ingest: all 50 receipts $(ratio "$(f "$S50" all_uploads_ms)" "$(awk "BEGIN {print $REF50 * 1000}")")x; the one alone $(ratio "$(f "$S_SATU" upload_max_ms)" "$(awk "BEGIN {print $REF_SATU * 1000}")")x. The ~20k-row uploads among the 50: $DUAPULUH.
Cut-off upload ($KODE_POTONG, half of a multipart body, socket closed): $POTONG; the portal answered HTTP $(cat "$R/potong.http") afterwards.
kill -9 at $KILLED_AT after 2 receipts of 10 uploads started 150 ms apart: $BUNUH_RC receipts, $BUNUH_FAIL without one ($BUNUH_INFLIGHT cut in flight, of which $BUNUH_INFLIGHT_LAKE are in the lake all the same; the others found the port closed). After restart: $TOTAL_RC receipts of the whole run checked, $HILANG missing from lake/submisi; $SISA_PORTAL files left in portal/sementara and portal/antrian; logins $MASUK of $N_AKUN accounts. Portal ERROR/WARN log lines: $ERRORS ($ERROR_KINDS).
END
)
echo "$BLOCK"
if [[ "${RECORD:-0}" == 1 ]]; then
  echo "$BLOCK" >> "$ROOT/bench/RESULTS.md"
fi
