#!/usr/bin/env python3
"""Start-up time of a GUI app: from launch to the first screen painted.

Usage: bench_start.py RUNS -- COMMAND [ARGS...]
Launches COMMAND RUNS times with RECERT_STARTUP_PROBE=1 and times each run from the moment it is
started to the `painted` line it prints on stdout (Recert's UI and the bare window both report
two animation frames after their first screen is rendered). Each run is killed (the whole process
tree) before the next; one warm-up run is not counted, so every counted run meets warm OS caches.
Prints one JSON line. Run it under Xvfb and a D-Bus session, like the real app."""
import json, os, select, signal, statistics, subprocess, sys, time

TIMEOUT_S = 60

def once(cmd):
    env = dict(os.environ, RECERT_STARTUP_PROBE="1")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        buf = b""
        while b"painted\n" not in buf:
            left = TIMEOUT_S - (time.monotonic() - t0)
            if left <= 0 or proc.poll() is not None:
                raise SystemExit(f"{cmd[0]}: no 'painted' line (exit {proc.poll()})")
            ready, _, _ = select.select([proc.stdout], [], [], left)
            if ready:
                buf += os.read(proc.stdout.fileno(), 4096)
        return (time.monotonic() - t0) * 1000
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        time.sleep(0.5)  # let the single-instance name and the store lock go

def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    once(cmd)  # warm-up
    ms = [once(cmd) for _ in range(runs)]
    print(json.dumps({"command": os.path.basename(cmd[0]), "runs": runs, "median_ms": round(statistics.median(ms)),
                      "min_ms": round(min(ms)), "max_ms": round(max(ms))}))

if __name__ == "__main__":
    main()
