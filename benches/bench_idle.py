#!/usr/bin/env python3
"""Idle cost of a GUI process tree: CPU time and wake-ups (context switches) over a window, and
its memory (PSS, proportional set size: shared pages divided among the processes sharing them).

Usage: bench_idle.py SECONDS SETTLE -- COMMAND [ARGS...]
Starts COMMAND, waits SETTLE seconds for start-up to finish, then measures SECONDS of idling
across the whole process tree (the app, WebKit's web and network processes, ...). Prints one
JSON line. Run it under Xvfb (and a D-Bus session) like the real app."""
import json, os, signal, subprocess, sys, time

TICK = os.sysconf("SC_CLK_TCK")

def tree(root):
    kids = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            kids.setdefault(ppid, []).append(int(pid))
        except (OSError, ValueError, IndexError):
            pass
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out

def sample(root):
    """CPU ticks of every process in the tree, and context switches per thread (tid -> count)."""
    cpu, switches = 0, {}
    for pid in tree(root):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu += int(fields[11]) + int(fields[12])  # utime + stime (all threads, also exited ones)
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/status") as f:
                    n = sum(int(l.split()[1]) for l in f if l.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
                switches[int(task)] = n
        except (OSError, ValueError, IndexError):
            pass
    return cpu, switches, len(tree(root))

def pss_kib(root):
    """PSS of every process in the tree, summed (KiB)."""
    total = 0
    for pid in tree(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += sum(int(l.split()[1]) for l in f if l.startswith("Pss:"))
        except (OSError, ValueError, IndexError):
            pass
    return total

def wakeups(before, after):
    """Switches during the window: threads alive at both ends count their difference, threads
    born in it count all theirs; threads that ended in it are missed (their switches are gone)."""
    return sum(n - before.get(tid, 0) for tid, n in after.items())

def main():
    seconds, settle = float(sys.argv[1]), float(sys.argv[2])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        time.sleep(settle)
        c0, s0, n = sample(proc.pid)
        time.sleep(seconds)
        c1, s1, _ = sample(proc.pid)
        pss = pss_kib(proc.pid)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    w = wakeups(s0, s1)
    born = len(set(s1) - set(s0))
    print(json.dumps({"command": os.path.basename(cmd[0]), "processes": n, "threads_born": born,
                      "seconds": seconds, "cpu_ms": round((c1 - c0) * 1000 / TICK), "wakeups": w,
                      "wakeups_per_s": round(w / seconds, 1),
                      "pss_mib": round(pss / 1024, 1)}))

if __name__ == "__main__":
    main()
