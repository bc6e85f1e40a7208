// The processes a test file starts end with it, however it ends. The test runner stops a file
// that runs over its time with SIGTERM, which skips the file's `after` hooks: without this, the
// app, tauri-driver and WebKitWebDriver it started would outlive it, holding the single-instance
// name for the files after it and the runner's output open (the runner then never exits).
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

/** The accessibility bus on the buses of `env`, as a desktop session starts it (the registry comes
 *  up on demand). Its launcher leads a process group of its own, and `kill` ends the group: killed
 *  alone, the launcher leaves its dbus-daemon running, no longer below this process. */
export function startAccessibilityBus(env) {
  const launcher = spawn("/usr/libexec/at-spi-bus-launcher", [], { stdio: "ignore", env, detached: true });
  return {
    kill(signal = "SIGTERM") {
      try {
        process.kill(-launcher.pid, signal);
      } catch {
        // Gone already.
      }
    },
  };
}

/** The processes below `pid`: [{pid, comm}]. */
export function descendants(pid) {
  const parent = new Map();
  const comm = new Map();
  for (const p of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      parent.set(Number(p), Number(stat.slice(close + 2).split(" ")[1]));
      comm.set(Number(p), stat.slice(stat.indexOf("(") + 1, close));
    } catch {
      // Gone meanwhile.
    }
  }
  const out = [];
  for (const [p] of parent) {
    for (let q = parent.get(p); q; q = parent.get(q)) {
      if (q === pid) {
        out.push({ pid: p, comm: comm.get(p) });
        break;
      }
    }
  }
  return out;
}

/** Ends every process below this one (synchronous: it runs on `exit`). */
function endDescendants() {
  for (const { pid } of descendants(process.pid)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }
}

process.once("exit", endDescendants);
for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]]) {
  process.once(signal, () => {
    endDescendants();
    process.exit(code);
  });
}
