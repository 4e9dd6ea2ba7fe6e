#!/usr/bin/env bash
# Whole-process timings of the baseline build against the working tree, measured side by side in one run.
#
#   bench/compare.sh                      # baseline = git tag perf-baseline, datasets = ../shared/datasets
#   RUNS=7 BASELINE=<commit> DATA=DIR bench/compare.sh
#
# Builds the baseline in a temporary git worktree and the working tree (mvn package -DskipTests), then RUNS times,
# alternating baseline and working tree within each round: the whole `charts` run, `extract` of each dataset file
# to a CSV, the pandas script (bench/pandas_extract.py) on the General Staff JSON files, and the notebook facade's
# first calls in a fresh JVM (bench.FirstCalls). The baseline runs as it was run, `java -jar`; the working tree as it
# is run now, with bin/claimed-losses (quick JIT, class-data-sharing archive), and also plainly with `java -jar`
# (variant current-jar) for `charts` and `extract`. Prints the median wall and CPU time of each (GNU time) and the
# ratio working tree / baseline,
# the machine's load average before and after, whether the tables of both `charts` runs are byte-identical, and
# the largest SVGs. Set MVN="mvn -B -q -o" to build offline.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# perf-baseline is commit 6ea5a76, the build the issue on speed measured (tags do not travel with every clone)
BASELINE=${BASELINE:-$(git -C "$ROOT" rev-parse -q --verify perf-baseline >/dev/null && echo perf-baseline || echo 6ea5a76)}
DATA=$(cd "${DATA:-$ROOT/../shared/datasets}" && pwd)
RUNS=${RUNS:-5}
MVN=${MVN:-mvn -B -q}
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimed-losses-compare.XXXXXX")

cleanup() {
    git -C "$ROOT" worktree remove --force "$WORK/baseline" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "building $BASELINE and the working tree ..."
# build DIR: mvn package there; on failure, the end of Maven's log and exit 2 (an offline build of the baseline
# fails when ~/.m2 lacks one of its older dependencies: run once without -o)
build() {
    (cd "$1" && $MVN package -DskipTests >"$WORK/build.log" 2>&1) || {
        echo "compare.sh: building $1 failed (MVN=\"$MVN\"); the end of Maven's log:" >&2
        grep -m 5 'ERROR' "$WORK/build.log" >&2 || tail -n 20 "$WORK/build.log" >&2
        exit 2
    }
}
git -C "$ROOT" worktree add --detach --quiet "$WORK/baseline" "$BASELINE"
build "$WORK/baseline"
cp "$WORK/baseline/target/claimed-losses.jar" "$WORK/baseline.jar"
build "$ROOT"
cp "$ROOT/target/claimed-losses.jar" "$WORK/current.jar"
LAUNCHER="$ROOT/bin/claimed-losses"
FIRST_CALLS="$ROOT/target/test-classes"

FILES=()
for file in general-staff/russia_losses_equipment.json general-staff/russia_losses_personnel.json \
            general-staff/russia_losses_equipment_correction.json general-staff/russia_losses_equipment_oryx.json \
            oryx/daily_count.csv; do
    [[ -f "$DATA/$file" ]] && FILES+=("$file")
done
HAVE_PANDAS=$("$PYTHON" -c 'import pandas' >/dev/null 2>&1 && echo yes || echo no)

TIMES="$WORK/times.txt"
: >"$TIMES"
# time_it WHAT VARIANT COMMAND...: appends "WHAT VARIANT WALL_MS" and "cpu:WHAT VARIANT CPU_MS" (user + system)
time_it() {
    local what=$1 variant=$2
    shift 2
    /usr/bin/time -f "%e %U %S" -o "$WORK/last.time" "$@" >/dev/null 2>"$WORK/last.err" \
        || { echo "failed: $*" >&2; cat "$WORK/last.err" >&2; exit 1; }
    read -r wall user system <"$WORK/last.time"
    awk -v w="$wall" -v u="$user" -v s="$system" -v what="$what" -v variant="$variant" \
        'BEGIN { printf "%s %s %d\ncpu:%s %s %d\n", what, variant, w * 1000, what, variant, (u + s) * 1000 }' \
        >>"$TIMES"
}

for round in $(seq 1 "$RUNS"); do
    echo "round $round of $RUNS"
    for variant in baseline current current-jar; do
        jar="$WORK/${variant%-jar}.jar"
        run=(java -Djava.awt.headless=true -jar "$jar")
        if [[ $variant == current && -x $LAUNCHER ]]; then
            run=("$LAUNCHER")
        fi
        rm -rf "$WORK/out-$variant"
        time_it charts "$variant" "${run[@]}" charts --data "$DATA" \
            --seeds "$ROOT/seeds" --out "$WORK/out-$variant" --offline
        for file in "${FILES[@]}"; do
            time_it "extract:$(basename "$file")" "$variant" "${run[@]}" extract -o "$WORK/$variant.csv" \
                "$DATA/$file"
        done
        if [[ $variant != current-jar && -d "$FIRST_CALLS" ]]; then
            start=$(date +%s%N)
            # a baseline older than the facade's present API (Corrections, typed statistics) has no first calls
            if java -cp "$jar:$FIRST_CALLS" io.github.claimedlosses.bench.FirstCalls "$DATA" >"$WORK/first.txt" \
                    2>/dev/null; then
                end=$(date +%s%N)
                while read -r call seconds; do
                    echo "first:$call $variant $(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')" >>"$TIMES"
                done <"$WORK/first.txt"
                echo "first:whole-jvm $variant $(( (end - start) / 1000000 ))" >>"$TIMES"
            elif [[ $round == 1 ]]; then
                echo "first calls: bench.FirstCalls does not run against $variant (an older API); not measured" >&2
            fi
        fi
    done
    if [[ $HAVE_PANDAS == yes ]]; then
        for file in "${FILES[@]}"; do
            case $file in
                general-staff/russia_losses_equipment.json | general-staff/russia_losses_personnel.json) ;;
                *) continue ;;
            esac
            time_it "extract:$(basename "$file")" pandas "$PYTHON" "$ROOT/bench/pandas_extract.py" "$DATA/$file" \
                "$WORK/pandas.csv"
        done
    fi
done

echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $RUNS runs, milliseconds of wall time, and of CPU time (user + system) for the lines cpu:..."
echo "(ratio = working tree / baseline: current = bin/claimed-losses, current-jar = plain java -jar;"
echo " pandas = the pandas script)"
awk '
    { key = $1 SUBSEP $2; n[key]++; v[key, n[key]] = $3; whats[$1] = 1 }
    function median(key,   i, j, t, m, a) {
        m = n[key]; for (i = 1; i <= m; i++) a[i] = v[key, i]
        for (i = 2; i <= m; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    END {
        printf "%-40s %9s %9s %6s %11s %6s %8s\n", "what", "baseline", "current", "ratio", "current-jar", "ratio", "pandas"
        for (w in whats) order[++k] = w
        for (i = 2; i <= k; i++) { t = order[i]; for (j = i - 1; j >= 1 && order[j] > t; j--) order[j + 1] = order[j]; order[j + 1] = t }
        for (i = 1; i <= k; i++) {
            w = order[i]; b = median(w SUBSEP "baseline"); c = median(w SUBSEP "current")
            p = ((w SUBSEP "pandas") in n) ? sprintf("%8d", median(w SUBSEP "pandas")) : sprintf("%8s", "")
            if ((w SUBSEP "current-jar") in n) {
                j = median(w SUBSEP "current-jar"); plain = sprintf("%11d %6.2f", j, (b > 0 ? j / b : 0))
            } else {
                plain = sprintf("%11s %6s", "", "")
            }
            printf "%-40s %9d %9d %6.2f %s %s\n", w, b, c, (b > 0 ? c / b : 0), plain, p
        }
    }' "$TIMES"
echo
if diff -r "$WORK/out-baseline/tables" "$WORK/out-current/tables" >/dev/null; then
    echo "tables: byte-identical"
else
    echo "tables: DIFFER"; diff -rq "$WORK/out-baseline/tables" "$WORK/out-current/tables" || true
fi
if diff -r "$WORK/out-current/tables" "$WORK/out-current-jar/tables" >/dev/null; then
    echo "tables of current and current-jar: byte-identical"
else
    echo "tables of current and current-jar: DIFFER"
fi
echo "largest SVGs (bytes), baseline -> current:"
for svg in $(cd "$WORK/out-current/charts" && ls -S -- *.svg | head -5); do
    echo "  $svg $(stat -c %s "$WORK/out-baseline/charts/$svg") -> $(stat -c %s "$WORK/out-current/charts/$svg")"
done
