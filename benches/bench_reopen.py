#!/usr/bin/env python3
"""The tray app's costs (docs/BENCHMARKS.md, issue 13): a start at sign-in (`--hidden`) to tray
ready, opening the window from the tray to the dashboard painted, and Recert's memory in the tray
after each of CYCLES open/close cycles. On Linux the tray is a process of its own (recert-tray),
which starts the app for a window and ends; the app starts it again when the window closes: so
Recert's processes are found by their data directory, not followed from the first one.

Usage: bench_reopen.py CYCLES -- COMMAND [ARGS...]   (COMMAND is Recert; `--hidden` is added)
Launches COMMAND --hidden with RECERT_STARTUP_PROBE=1 and times launch to its `tray-ready` line.
Then CYCLES times: asks the running Recert to show itself over D-Bus exactly as a second launch
does (ExecuteCallback on the single-instance name; the tray's "Open" does the same) and times
that to the next `painted` line; closes the window with the window manager's close request
(tests/support/close_window.py); waits for the app and WebKit's processes to end and the tray to
be ready again; measures the PSS of Recert's processes and all below them. The processes Recert
starts inherit its output, so their lines arrive on the same pipe. Prints one JSON line. Run it
under Xvfb and a D-Bus session, like the real app."""
import json, os, select, signal, statistics, subprocess, sys, time

from bench_idle import pss_kib, tree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "app.recert.desktop.SingleInstance"

class Lines:
    def __init__(self, proc):
        self.proc, self.buf = proc, b""

    def wait_for(self, line, timeout=60):
        t0 = time.monotonic()
        want = line.encode() + b"\n"
        while want not in self.buf:
            left = timeout - (time.monotonic() - t0)
            if left <= 0:
                raise SystemExit(f"no '{line}' line")
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if ready:
                self.buf += os.read(self.proc.stdout.fileno(), 4096)
        self.buf = self.buf.split(want, 1)[1]

def recert(data_dir):
    """Recert's processes on DATA_DIR (the app and the tray process): {pid: comm}."""
    out = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
            with open(f"/proc/{pid}/comm") as f:
                comm = f.read().strip()
        except OSError:
            continue
        if data_dir.encode() in args and comm in ("recert", "recert-tray"):
            out[int(pid)] = comm
    return out

def comms(data_dir):
    """The commands of every process below Recert's (WebKit's)."""
    out = []
    for root in recert(data_dir):
        for pid in tree(root)[1:]:
            try:
                with open(f"/proc/{pid}/comm") as f:
                    out.append(f.read().strip())
            except OSError:
                pass
    return out

def pss(data_dir):
    return sum(pss_kib(pid) for pid in recert(data_dir))

def until(check, what, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}: {check.__doc__ or ''}")

def main():
    cycles = int(sys.argv[1])
    cmd = sys.argv[sys.argv.index("--") + 1:] + ["--hidden"]
    data_dir = cmd[cmd.index("--data-dir") + 1]
    env = dict(os.environ, RECERT_STARTUP_PROBE="1")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    lines = Lines(proc)
    try:
        lines.wait_for("tray-ready")
        ready_ms = (time.monotonic() - t0) * 1000
        time.sleep(3)
        hidden_pss = [pss(data_dir)]
        opens = []
        for _ in range(cycles):
            t = time.monotonic()
            subprocess.run(["dbus-send", "--session", "--print-reply", f"--dest={NAME}", "/" + NAME.replace(".", "/"),
                            "org.SingleInstance.DBus.ExecuteCallback", "array:string:recert", "string:/"],
                           check=True, stdout=subprocess.DEVNULL)
            lines.wait_for("painted")
            opens.append((time.monotonic() - t) * 1000)
            time.sleep(1)
            until(lambda: subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tests/support/close_window.py"), "Recert"]).returncode == 0,
                  "the window to close")
            until(lambda: not [c for c in comms(data_dir) if c.startswith("WebKit")] and list(recert(data_dir).values()) in (["recert-tray"], ["recert"]),
                  f"the app and WebKit's processes to end ({recert(data_dir)}, {comms(data_dir)})")
            lines.wait_for("tray-ready")
            time.sleep(2)
            hidden_pss.append(pss(data_dir))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    print(json.dumps({"command": os.path.basename(cmd[0]), "hidden_start_to_tray_ready_ms": round(ready_ms),
                      "open_to_painted_median_ms": round(statistics.median(opens)) if opens else None,
                      "open_to_painted_ms": [round(x) for x in opens],
                      "hidden_pss_mib_after_each_close": [round(k / 1024, 1) for k in hidden_pss]}))

if __name__ == "__main__":
    main()
