// Frame pacing measured inside the webview: the page changes a style that relays it out, then
// times the first and second animation frames after the change with performance.now(), N times.
// The same probe runs in Recert's window and in the bare window (docs/BENCHMARKS.md, "The tray
// app"): whether a change waits the same there tells WebKit's pacing from Recert's page.
// Usage: node benches/bench_frames.mjs CHANGES -- BINARY [ARGS...]   (under Xvfb, tauri-driver on PATH)
import { Session, startDriver } from "../tests/e2e/webdriver.mjs";

const changes = Number(process.argv[2]);
const cmd = process.argv.slice(process.argv.indexOf("--") + 1);
const driver = await startDriver();
const s = await Session.start(driver.base, cmd[0], cmd.slice(1), "body > *");
try {
  // Wait until the app's own start-up work is over.
  await new Promise((r) => setTimeout(r, 3000));
  const result = await s.cmd("POST", "/execute/async", {
    script: `const [changes, done] = arguments;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      (async () => {
        const first = [], second = [];
        for (let i = 0; i < changes; i++) {
          await frame();
          const a = performance.now();
          document.body.style.paddingTop = (i % 2) + "px";
          first.push((await frame()) - a);
          second.push((await frame()) - a);
        }
        done({ first, second });
      })().catch((e) => done(String(e)));`,
    args: [changes],
  });
  if (typeof result === "string") throw new Error(`the page failed: ${result}`);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(JSON.stringify({ binary: cmd[0].split("/").pop(), changes, first_frame_median_ms: +median(result.first).toFixed(1), second_frame_median_ms: +median(result.second).toFixed(1) }));
} finally {
  await s.quit().catch(() => {});
  driver.stop();
}
