#!/usr/bin/env python3
"""Which of two builds starts sooner: launch to the first screen painted, interleaved.

Usage: bench_ab.py RUNS -- COMMAND_A [ARGS...] -- COMMAND_B [ARGS...]
Runs A then B, RUNS times (after one warm-up of each), timed as bench_start.py times one run.
This machine drifts by ±100 ms over minutes, more than most changes worth trying; runs taken in
turns meet the same drift, so the median of the paired differences (B - A) shows what blocks of
runs do not. Prints one JSON line: each median, the median difference and its quartiles. Run it
under Xvfb and a D-Bus session, like the real app; both commands on their own data directory
copies when they write to it."""
import json, os, statistics, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_start import once  # noqa: E402


def main():
    runs = int(sys.argv[1])
    rest = sys.argv[sys.argv.index("--") + 1:]
    split = rest.index("--")
    a, b = rest[:split], rest[split + 1:]
    once(a)
    once(b)
    pairs = [(once(a), once(b)) for _ in range(runs)]
    diffs = sorted(tb - ta for ta, tb in pairs)
    q1, _, q3 = statistics.quantiles(diffs, n=4)
    print(json.dumps({"a": os.path.basename(a[0]), "b": os.path.basename(b[0]), "runs": runs,
                      "a_median_ms": round(statistics.median(p[0] for p in pairs)),
                      "b_median_ms": round(statistics.median(p[1] for p in pairs)),
                      "b_minus_a_median_ms": round(statistics.median(diffs)),
                      "b_minus_a_quartiles_ms": [round(q1), round(q3)]}))


if __name__ == "__main__":
    main()
