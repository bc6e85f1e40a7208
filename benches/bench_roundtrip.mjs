// Command round trip measured inside the webview: the page calls a command through Tauri's IPC
// N times and times each call with performance.now(). Driven through WebDriver only to start the
// app and run the script; the timing is the page's own.
// Usage: node benches/bench_roundtrip.mjs COMMAND ARGS_JSON CALLS -- BINARY [ARGS...]
// (under Xvfb, tauri-driver on PATH)
import { Session, startDriver } from "../tests/e2e/webdriver.mjs";

const [command, argsJson, calls] = process.argv.slice(2, 5);
const cmd = process.argv.slice(process.argv.indexOf("--") + 1);
const driver = await startDriver();
const s = await Session.start(driver.base, cmd[0], cmd.slice(1), "body > *");
try {
  // Wait until the app has settled: for the first seconds after start (3 s still, 6 s no longer)
  // every answer may wait several milliseconds more, in both directions of the same no-op
  // (docs/BENCHMARKS.md, "The tray app"); the round trip the goal speaks of is the settled one.
  await new Promise((r) => setTimeout(r, Number(process.env.SETTLE_MS ?? 10000)));
  const times = await s.cmd("POST", "/execute/async", {
    script: `const [command, args, calls, done] = arguments;
      (async () => {
        const invoke = window.__TAURI_INTERNALS__.invoke;
        for (let i = 0; i < 20; i++) await invoke(command, args);
        const t = [];
        for (let i = 0; i < calls; i++) { const a = performance.now(); await invoke(command, args); t.push(performance.now() - a); }
        done(t);
      })().catch((e) => done(String(e)));`,
    args: [command, JSON.parse(argsJson), Number(calls)],
  });
  if (!Array.isArray(times)) throw new Error(`the page failed: ${times}`);
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(JSON.stringify({ binary: cmd[0].split("/").pop(), command, args: argsJson, calls: times.length, p50_ms: +at(0.5).toFixed(2), p99_ms: +at(0.99).toFixed(2), max_ms: +times[times.length - 1].toFixed(2) }));
} finally {
  await s.quit().catch(() => {});
  driver.stop();
}
