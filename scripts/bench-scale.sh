#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Candor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Agency scale: every measure of the scale issue at each size given (default 100000; `1000000` too for the full
# run), each beside its baseline in the same run, on data generated afresh. Prints the machine and one table and
# writes it to docs/performance.md.
#
# Usage: scripts/bench-scale.sh [N ...]     e.g. scripts/bench-scale.sh 100000 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)
scripts/build.sh release --target candor bench_scale bench_workbench >/dev/null
candor="$PWD/build/release/app/candor"
bench="$PWD/build/release/tests/bench_scale"
window_bench="$PWD/build/release/tests/bench_workbench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" QT_QPA_PLATFORM=offscreen

machine="$(uname -srm), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); printf '%-52s %9s  %-22s %-26s %s\n' "$1" "$2" "$3" "$4" "$5"; }
# Seconds and peak memory of one command: "12.34 s, 456 MB".
timed() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  awk '{printf "%.2f s, %.0f MB", $1, $2/1024}' "$work/time"
}
value() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$work/scale.tsv"; }

echo "Machine: $machine"
printf '%-52s %9s  %-22s %-26s %s\n' "work" "size" "Candor" "baseline (same run)" "goal"
for n in "${sizes[@]}"; do
  project="$work/scale-$n.candor"
  "$bench" "$n" "$project" >"$work/scale.tsv"
  label="$n creators"
  row "generate the project (demo generator)" "$label" "$(value generate_s) s" "–" "–"
  row "evidence: posts etc. for $(awk -v s="$(value evidence_share)" 'BEGIN {printf "%.0f", 100 * s}') % of the accounts" \
      "$label" "$(value evidence_rows)" "–" "–"
  row "score a campaign's pool from every candidate" "$label" "$(value pool_computed_s) s" \
      "SQLite steps the same rows: $(value pool_baseline_sqlite_s) s" "once per change of data"
  row "open a campaign from its kept pool" "$label" "$(value pool_kept_s) s" "–" "< 1 s"
  row "pool memory per candidate (in memory / kept in the file)" "$label" \
      "$(value pool_memory_bytes_per_candidate) B / $(value pool_bytes_per_candidate) B" "–" "< 200 B"
  row "privacy review of every creator (Privacy page, candor privacy)" "$label" "$(value privacy_review_s) s" \
      "SQLite steps the same statement: $(value privacy_baseline_sqlite_s) s" "< 10 s at 1M"
  row "candor rank --top 10 --draws 0" "$label" "$(timed "$candor" rank "$project" --top 10 --draws 0)" "–" "< 1.5 s"
  row "candor audit" "$label" "$(timed "$candor" audit "$project")" "–" "< 1.5 s"
  row "candor rank --top 10 (1000 Monte Carlo draws)" "$label" \
      "$(timed timeout 900 "$candor" rank "$project" --top 10)" "–" "< 1.5 s"

  # The window: open in the background (first paint, longest GUI-thread stall), then a weight-slider drag.
  "$window_bench" "$n" "$project" >"$work/window.txt" 2>/dev/null || true
  first_paint=$(grep -o 'first painted ranking after [0-9]* ms' "$work/window.txt" | grep -o '[0-9]*' || echo "?")
  stall=$(grep -o 'longest stall meanwhile [0-9]* ms' "$work/window.txt" | grep -o '[0-9]*' || echo "?")
  slider=$(grep -o 'median [0-9.]* ms, 95th percentile [0-9.]* ms' "$work/window.txt" || echo "?")
  row "GUI open: first painted ranking / longest GUI-thread stall" "$label" "$first_paint ms / $stall ms" \
      "–" "< 1000 ms / < 50 ms"
  row "weight-slider frame (GUI thread)" "$label" "$slider" "–" "<= 16.7 ms"

  # CSV import of n rows, against SQLite's own .import of the same file (untyped, unvalidated) in this run.
  csv="$work/creators-$n.csv"
  awk -v n="$n" 'BEGIN {
    srand(7); print "handle,name,platform,followers,engagement_rate,avg_likes,avg_comments,country";
    split("instagram tiktok youtube", p, " "); split("DE FR GB US IN BR", c, " ");
    for (i = 1; i <= n; i++) printf "creator_%d,Creator %d,%s,%d,%.4f,%d,%d,%s\n", i, i, p[1 + i % 3],
      1000 + int(rand() * 2000000), rand() * 0.08, int(rand() * 50000), int(rand() * 900), c[1 + i % 6] }' >"$csv"
  "$candor" new "$work/import-$n.candor" >/dev/null
  import=$(timed "$candor" import "$work/import-$n.candor" "$csv")
  baseline=$(timed sqlite3 "$work/baseline-$n.db" ".import --csv $csv creators")
  row "CSV import" "$label" "$import" "sqlite3 .import: $baseline" ">= 500k rows/s"
  rm -f "$project" "$work/import-$n.candor" "$work/baseline-$n.db" "$csv"
done

{
  echo "# Performance at agency scale"
  echo
  echo "Written by \`scripts/bench-scale.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d) (Release build). Machine: $machine."
  echo "Every project and CSV file is generated afresh in each run; each baseline runs in the same run."
  echo
  echo "| work | size | Candor | baseline (same run) | goal |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  cat <<'NOTES'

Notes. A tenth of the accounts come with evidence (12 posts, 60 days of follower counts, comments under half of
them, and for a fifth of those a sample of 200 followers): an agency imports posts for the accounts it looks at
closely, not for all of them. The baseline reads the same rows, evidence included.
"Score a campaign's pool" happens once per change of the candidates' data; it includes the full
integrity check Candor runs before it first writes to a file over 256 MiB (the pool is then kept in the
file). "Open a campaign from its kept pool" is what every later open, rank and audit pays. The Monte Carlo row
computes stability for the ten printed rows only. The GUI rows come from bench_workbench on the same project:
the project is read and scored on a worker thread; the stall is the largest gap between the ticks of a 5 ms
timer on the GUI thread (the adopting of the result, the table's first layout and paint). The slider is
measured after the window's full stability run. The CSV import writes four tables with five indexes (creators,
accounts with a case-insensitive unique handle index, snapshots, categories); `sqlite3 .import` writes one
table without an index, untyped and unchecked. The import streams (chunks of 8,192 records): its memory is a
64 MiB page cache plus about 120 bytes per handle for the duplicate checks, not the file. The goals are the scale
issue's; where a row misses its goal, the cause is below.

Remaining gaps and their causes:

- **CSV import, ≥ 500k rows/s.** Each row goes into four tables and five indexes, among them a case-insensitive
  unique index on (platform, handle) that SQLite alone fills at about 200k rows/s when rows arrive in file order;
  the rest is Qt text handling per cell (QString cells, number parsing) and one SQLite statement per table per
  row. A load that fast would need the indexes built after the rows (a schema change with its own crash-safety
  story), so it is left for a later issue.
- **`candor audit` at 1M.** It joins 1.8M consented-attribute rows to the pool (about 1.6 s in SQLite alone) and
  walks every candidate's factor points; keeping the attributes per account beside the kept pool would remove
  the join.
- **Monte Carlo rank at 1M.** The printed rows' stability needs every draw's full re-score (1,000 × 1M rows);
  bounds per missing-data pattern that skip rows which cannot reach the printed ranks are the next step.
- **GUI stall and slider at 1M.** While a slider is held each move scores every candidate — the matrix of
  normalised values, eight doubles per candidate, read in two halves on two cores, about 15 ms at 1M: memory
  bandwidth — and ranks only the top 2,000 exactly (one pass over the scores, 7–11 ms); the rest of the order
  follows a pause or the release (about 120 ms at 1M). Painting the table takes 6–9 ms more. Keeping the matrix as
  floats would halve what scoring reads. Opening, the stall is the table's first layout of a million rows and the
  adopting of the pool on the GUI thread.
- **Scoring the pool from every candidate.** Once per change of data, on a worker; it spends its time in Qt value
  conversion of each row and in sorting audience shares, against SQLite's 10 % of it.
NOTES
} >docs/performance.md
echo "Wrote docs/performance.md"
