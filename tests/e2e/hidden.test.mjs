// A tray app that costs almost nothing while it waits (issue 13), driven as the desktop would,
// without WebDriver: `recert --hidden` (the start at sign-in) builds no window and runs no WebKit
// process; its tray menu (read and clicked over D-Bus, as a tray host does) lists the
// certifications; opening Recert (a second launch, the tray's "Open") builds the window; closing
// it ends the window and every WebKit process (web and network) while Recert stays with its data.
// A due reminder arrives as a notification with no window; ten open/close cycles later the tray,
// the reminder loop and the backups still work, memory has not grown beyond noise, and the
// notification's click opens the window on its certification.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, test } from "node:test";
import { startDaemon } from "./daemon.mjs";
import { bin } from "./journey.mjs";

const root = resolve(import.meta.dirname, "../..");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const env = { ...process.env, LANG: "C", RECERT_STARTUP_PROBE: "1" };
const apps = [];
const dirs = [];

async function stopAll() {
  for (const app of apps) {
    // Still running: neither exited nor ended by a signal.
    if (app.exitCode === null && app.signalCode === null) {
      app.kill("SIGTERM");
      await new Promise((done) => app.once("exit", done));
    }
  }
}

after(async () => {
  await stopAll();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data directory with the certifications of `fixture` imported. */
function dataDir(fixture) {
  const dir = mkdtempSync(join(tmpdir(), "recert-hidden-"));
  dirs.push(dir);
  execFileSync(bin, ["import", join(import.meta.dirname, "fixtures", fixture), "--data-dir", dir, "--today", "2026-11-22"], { env });
  return dir;
}

const appArgs = (dir) => ["--data-dir", dir, "--today", "2026-11-22"];

/** Recert started in the tray; `out` and `err` collect what it prints (the start-up probe's lines). */
async function startHidden(dir) {
  const app = spawn(bin, ["--hidden", ...appArgs(dir)], { stdio: ["ignore", "pipe", "pipe"], env });
  apps.push(app);
  app.out = "";
  app.err = "";
  app.stdout.on("data", (b) => (app.out += b));
  app.stderr.on("data", (b) => (app.err += b));
  await until(() => app.out.includes("tray-ready\n"), "Recert in the tray");
  return app;
}

/** The processes below `pid`: [{pid, comm}]. */
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
        out.push({ pid: p, comm: comm.get(p) });
        break;
      }
    }
  }
  return out;
}

const webkit = (pid) => descendants(pid).filter((p) => /^WebKit/.test(p.comm)).map((p) => p.comm);

/** PSS of the process and everything below it, MiB. */
function treePss(pid) {
  let kib = 0;
  for (const p of [pid, ...descendants(pid).map((d) => d.pid)]) {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, "utf8"));
      kib += Number(m[1]);
    } catch {
      // Gone meanwhile.
    }
  }
  return Math.round(kib / 102.4) / 10;
}

const hasWindow = () => / "Recert": \(/.test(execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" }));
const closeWindow = () => execFileSync("/usr/bin/python3", [join(root, "tests/support/close_window.py"), "Recert"]);

async function until(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const gdbus = (...args) => execFileSync("gdbus", ["call", "--session", ...(args[0] === "--timeout" ? [] : ["--timeout", "5"]), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Where Recert's tray menu is on the bus: libayatana-appindicator's com.canonical.dbusmenu on
 * the GTK connection of Recert's process (found once; Recert's other connections, zbus's, may
 * leave an unknown call unanswered until it times out). */
function trayMenuAddress(app) {
  if (app.tray) return app.tray;
  const names = /\[(.*)\]/s.exec(gdbus("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.ListNames"))[1];
  for (const name of names.match(/':[0-9.]+'/g).map((n) => n.slice(1, -1))) {
    try {
      const pid = /uint32 (\d+)/.exec(gdbus("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.GetConnectionUnixProcessID", name));
      if (Number(pid?.[1]) !== app.pid) continue;
      const nodes = gdbus("--timeout", "1", "--dest", name, "--object-path", "/org/ayatana/NotificationItem", "--method", "org.freedesktop.DBus.Introspectable.Introspect");
      const item = /node name=\\?"([^"\\]+)/.exec(nodes)[1];
      app.tray = { name, path: `/org/ayatana/NotificationItem/${item}/Menu` };
      return app.tray;
    } catch {
      // Gone since the list, or not the connection with the menu.
    }
  }
  throw new Error("Recert's tray menu is not on the session bus");
}

/** The tray menu as a tray host sees it: [{id, label}], separators left out; `click(label)`. */
function trayMenu(app) {
  const { name, path } = trayMenuAddress(app);
  const layout = gdbus("--dest", name, "--object-path", path, "--method", "com.canonical.dbusmenu.GetLayout", "--", "0", "-1", "['label']");
  const items = [...layout.matchAll(/\((\d+), \{'label': <'((?:[^'\\]|\\.)*)'>\}/g)].map((m) => ({ id: Number(m[1]), label: m[2] })).filter((i) => i.id !== 0); // 0: the menu itself
  items.click = (label) => {
    const entry = items.find((i) => i.label === label);
    assert.ok(entry, `no tray entry "${label}" in ${JSON.stringify(items)}`);
    gdbus("--dest", name, "--object-path", path, "--method", "com.canonical.dbusmenu.Event", "--", String(entry.id), "clicked", "<0>", "0");
  };
  return items;
}

test("--hidden starts with no window and no WebKit; the tray works; opening builds the window; closing ends every WebKit process", async (t) => {
  t.after(stopAll);
  const dir = dataDir("idle-three.json");
  const app = await startHidden(dir);
  await sleep(2000);
  assert.equal(app.exitCode, null, "running");
  assert.equal(hasWindow(), false, "no window");
  assert.deepEqual(webkit(app.pid), [], "no WebKit process");
  // The reminder loop's first pass (a few seconds in) fills the tray with the certifications.
  let menu;
  await until(() => (menu = trayMenu(app).map((i) => i.label)).length > 3, "the tray's certifications");
  assert.equal(menu[0], "Open Recert");
  assert.ok(menu.includes("Microsoft Certified: Azure Administrator Associate: renew before 2027-03-14"), JSON.stringify(menu));
  assert.ok(menu.includes("Quit"), JSON.stringify(menu));

  // Opening Recert again hands over to the running one, which builds its window.
  execFileSync(bin, appArgs(dir), { env, timeout: 20000 });
  await until(() => hasWindow() && webkit(app.pid).length > 0, "the window and its web view");

  // The window's close button: the window and WebKit's web and network processes go, Recert stays.
  await until(() => app.out.includes("painted\n"), "the first screen");
  closeWindow();
  await until(() => !hasWindow() && webkit(app.pid).length === 0, "the window and every WebKit process to end");
  assert.equal(app.exitCode, null, "still running in the tray");

  // The data is all there (the CLI reads it while Recert waits), and the window comes back.
  const exported = join(dir, "after.json");
  execFileSync(bin, ["export", exported, ...appArgs(dir)], { env });
  assert.equal(JSON.parse(readFileSync(exported, "utf8")).holdings.length, 3);
  execFileSync(bin, appArgs(dir), { env, timeout: 20000 });
  await until(() => hasWindow(), "the window built again");
});

test("hidden: a due reminder arrives; ten open/close cycles keep tray, reminders and backups working without growing; the click opens its certification", async (t) => {
  t.after(stopAll);
  const daemon = await startDaemon();
  try {
    const dir = dataDir("due-reminder.json");
    const app = await startHidden(dir);
    const call = await (async () => {
      await until(() => daemon.calls.length > 0, "the notification");
      return daemon.calls[0];
    })();
    assert.equal(call.summary, "Renewal open: Microsoft Certified: Azure Administrator Associate");
    assert.equal(hasWindow(), false, "no window for a notification");
    assert.deepEqual(webkit(app.pid), [], "no WebKit for a notification");

    const backup = join(dir, "backups", "recert-2026-11-22.json");
    const pss = [treePss(app.pid)];
    for (let cycle = 1; cycle <= 10; cycle++) {
      // The last cycle starts with today's backup gone: the pass after the paint makes it again.
      if (cycle === 10) rmSync(backup, { force: true });
      const painted = app.out.split("painted\n").length;
      trayMenu(app).click("Open Recert");
      await until(() => app.out.split("painted\n").length > painted && hasWindow(), `the window (cycle ${cycle})`);
      closeWindow();
      await until(() => !hasWindow() && webkit(app.pid).length === 0, `every WebKit process to end (cycle ${cycle})`);
      await sleep(1000);
      pss.push(treePss(app.pid));
    }
    t.diagnostic(`PSS of the tree, MiB: hidden ${pss[0]}; after each close ${pss.slice(1).join(", ")}`);
    // The first windows warm caches (fonts, WebKit's UI side); after that, noise only.
    assert.ok(pss[10] - pss[3] < 20, `memory grew over the cycles: ${pss.join(", ")}`);
    assert.ok(existsSync(backup), "the reminder pass made today's backup again");
    // (The first close also says once, as a notification, that Recert keeps running in the tray.)
    assert.equal(daemon.calls.filter((c) => c.summary === call.summary).length, 1, `the reminder is not repeated: ${JSON.stringify(daemon.calls)}`);
    assert.ok(trayMenu(app).some((i) => i.label === "Microsoft Certified: Azure Administrator Associate: renew before 2027-03-14"), "the tray still lists it");

    // The notification's click, with no window: the window is built on that certification.
    daemon.invoke(call.id, "default");
    await until(() => hasWindow() && app.err.includes('first screen, focus Some(Holding("az104"))'), "the window on the certification");
  } finally {
    daemon.stop();
  }
});
