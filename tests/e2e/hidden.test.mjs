// A tray app that costs almost nothing while it waits: `recert --hidden` (the start at sign-in)
// builds no window and no web view; opening Recert (a second launch here, as from the menu) builds
// them; closing the window destroys it and its web process ends, while Recert stays in the tray and
// keeps its data. (WebKit's network process outlives the window: Tauri keeps the web context for
// the app's life; docs/PLATFORMS.md.) Driven as the desktop would, without WebDriver.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, test } from "node:test";
import { bin } from "./journey.mjs";

const root = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "recert-hidden-"));
const args = ["--data-dir", dir, "--today", "2026-11-22"];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let app;

after(async () => {
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((done) => app.once("exit", done));
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The commands of every process below `pid`. */
function descendants(pid) {
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
        out.push(comm.get(p));
        break;
      }
    }
  }
  return out;
}

const webkit = (pid) => descendants(pid).filter((c) => /^WebKit/.test(c));
const webProcesses = (pid) => descendants(pid).filter((c) => /^WebKitWebProces/.test(c));
const hasWindow = () => / "Recert": \(/.test(execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" }));

async function until(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

test("--hidden starts with no window and no web view; opening builds them; closing ends them", async () => {
  execFileSync(bin, ["import", join(import.meta.dirname, "fixtures/idle-three.json"), ...args], { env: { ...process.env, LANG: "C" } });
  app = spawn(bin, ["--hidden", ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, LANG: "C" } });
  // Ready when the tray's process answers a second launch: wait for the single-instance name.
  await until(() => /boolean true/.test(execFileSync("dbus-send", ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:app.recert.desktop.SingleInstance"], { encoding: "utf8" })), "Recert in the tray");
  await sleep(2000);
  assert.equal(app.exitCode, null, "running");
  assert.equal(hasWindow(), false, "no window");
  assert.deepEqual(webkit(app.pid), [], "no web view process");

  // Opening Recert again hands over to the running one, which builds its window.
  execFileSync(bin, args, { env: { ...process.env, LANG: "C" }, timeout: 20000 });
  await until(() => hasWindow() && webkit(app.pid).length > 0, "the window and its web view");

  // The window's close button: the window and its web process go, Recert stays.
  execFileSync("/usr/bin/python3", [join(root, "tests/support/close_window.py"), "Recert"]);
  await until(() => !hasWindow() && webProcesses(app.pid).length === 0, "the window and its web process to end");
  assert.equal(app.exitCode, null, "still running in the tray");

  // And again: the data is all there (the CLI reads it while Recert waits).
  const exported = join(dir, "after.json");
  execFileSync(bin, ["export", exported, ...args], { env: { ...process.env, LANG: "C" } });
  assert.equal(JSON.parse(readFileSync(exported, "utf8")).holdings.length, 3);
  execFileSync(bin, args, { env: { ...process.env, LANG: "C" }, timeout: 20000 });
  await until(() => hasWindow(), "the window built again");
});
