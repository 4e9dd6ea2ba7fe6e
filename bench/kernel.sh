#!/usr/bin/env bash
# The notebook facade in a real JJava kernel: how long the library's own cells of notebooks/01-quickstart.ipynb take
# (every code cell after %maven, from the cells' execution timestamps) and each facade call the first time in a fresh
# kernel and warm (bench/kernel-calls.ipynb), as medians of RUNS runs with nbconvert, each in a fresh kernel, the
# kernels of KERNELS alternating within each round.
#
#   bench/kernel.sh                          # RUNS=3, KERNELS=java
#   RUNS=5 KERNELS="java java-plain" bench/kernel.sh
#
# Needs what the README's "Notebooks (Jupyter, JJava)" sets up: the kernels (jupyter kernelspec list), the library
# in the local Maven repository (mvn -B -q install -DskipTests) and the datasets in data/cache. Nothing is written
# to the project: the executed notebooks go to a temporary folder. Prints the load average before and after.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
KERNELS=${KERNELS:-java}
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimed-losses-kernel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    for kernel in $KERNELS; do
        for notebook in "$ROOT/notebooks/01-quickstart.ipynb" "$ROOT/bench/kernel-calls.ipynb"; do
            jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name="$kernel" \
                --ExecutePreprocessor.timeout=600 --output-dir="$WORK" \
                --output="$kernel-$run-$(basename "$notebook")" "$notebook" >"$WORK/nbconvert.log" 2>&1 \
                || { cat "$WORK/nbconvert.log" >&2; exit 1; }
        done
    done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

"$PYTHON" - "$WORK" "$KERNELS" <<'PY'
import glob, json, statistics, sys
from datetime import datetime

work, kernels = sys.argv[1], sys.argv[2].split()

def stamp(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))

for kernel in kernels:
    cells, calls = [], {}
    for path in sorted(glob.glob(f"{work}/{kernel}-[0-9]*-01-quickstart.ipynb")):
        code = [c for c in json.load(open(path))["cells"] if c["cell_type"] == "code"]
        for c in code:
            if any(o["output_type"] == "error" for o in c.get("outputs", [])):
                sys.exit(f"{path}: a cell failed")
        times = [(stamp(e["shell.execute_reply"]) - stamp(e["iopub.execute_input"])).total_seconds()
                 for e in (c["metadata"]["execution"] for c in code)]
        cells.append((times[0], sum(times[1:])))
    for path in sorted(glob.glob(f"{work}/{kernel}-[0-9]*-kernel-calls.ipynb")):
        last = json.load(open(path))["cells"][-1]
        for line in "".join(last["outputs"][0]["text"]).splitlines():
            name, wall, cpu = line.split()
            calls.setdefault(name, []).append((float(wall), float(cpu)))
    print(f"\nkernel {kernel}, {len(cells)} runs, medians")
    print(f"  01-quickstart %maven cell            {statistics.median(c[0] for c in cells):8.2f} s")
    print(f"  01-quickstart library cells after it {statistics.median(c[1] for c in cells):8.2f} s")
    for name, values in calls.items():
        when, call = name.split(":")
        print(f"  {when:5} {call:22} wall {statistics.median(v[0] for v in values):7.0f} ms"
              f"   process CPU {statistics.median(v[1] for v in values):7.0f} ms   (n={len(values)})")
PY
