// A tray app that costs almost nothing while it waits (issue 13), driven as the desktop would,
// without WebDriver. On Linux Recert waits in the tray as `recert-tray`, a process without Tauri
// or WebKit: `recert --hidden` (the start at sign-in) becomes it. A window asked for (a second
// launch, the tray's "Open", a notification's click) starts the app (`recert`) and the tray
// process ends; closing the window starts the tray process again and the app ends, with every
// WebKit process. The tray menu is read and clicked over D-Bus, as a tray host does. A due
// reminder arrives as a notification with no window and its click opens its certification; ten
// open/close cycles later the tray, the reminder loop and the backups still work and memory has
// not grown beyond noise.
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, test } from "node:test";
import { startDaemon } from "./daemon.mjs";
import { descendants } from "./processes.mjs";
import { bin } from "./journey.mjs";

const root = resolve(import.meta.dirname, "../..");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const env = { ...process.env, LANG: "C", RECERT_STARTUP_PROBE: "1" };
const dirs = [];

async function stopAll() {
  for (const dir of dirs) {
    for (const p of recert(dir)) {
      try {
        process.kill(p.pid, "SIGTERM");
      } catch {
        // Gone meanwhile.
      }
    }
    await until(() => recert(dir).length === 0, "Recert to end", 10000);
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

/** Recert started in the tray; `out` and `err` collect what it prints (the start-up probe's
 * lines), and what the processes it hands over to print (they inherit its output). */
async function startHidden(dir) {
  const app = spawn(bin, ["--hidden", ...appArgs(dir)], { stdio: ["ignore", "pipe", "pipe"], env });
  app.out = "";
  app.err = "";
  app.stdout.on("data", (b) => (app.out += b));
  app.stderr.on("data", (b) => (app.err += b));
  await until(() => app.out.includes("tray-ready\n"), "Recert in the tray");
  return app;
}

/** Recert's processes on data directory `dir` (the app `recert`, the tray process `recert-tray`). */
function recert(dir) {
  const out = [];
  for (const p of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const args = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0");
      const comm = readFileSync(`/proc/${p}/comm`, "utf8").trim();
      if (args.includes(dir) && (comm === "recert" || comm === "recert-tray") && !args.includes("export")) out.push({ pid: Number(p), comm });
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

const trayProcess = (dir) => recert(dir).find((p) => p.comm === "recert-tray");
const appProcess = (dir) => recert(dir).find((p) => p.comm === "recert");
const webkit = (dir) => recert(dir).flatMap((p) => descendants(p.pid)).filter((p) => /^WebKit/.test(p.comm)).map((p) => p.comm);
const linksWebKit = (pid) => readFileSync(`/proc/${pid}/maps`, "utf8").includes("libwebkit2gtk");

/** WebKit's CPU-painting switch as Recert's web process got it (src-tauri/shell/painting.rs). */
function webProcessPainting(dir) {
  const web = recert(dir).flatMap((p) => descendants(p.pid)).find((p) => p.comm === "WebKitWebProces");
  assert.ok(web, "a web process");
  const vars = readFileSync(`/proc/${web.pid}/environ`, "utf8").split("\0");
  return vars.find((v) => v.startsWith("WEBKIT_SKIA_ENABLE_CPU_RENDERING="))?.split("=")[1];
}

/** What Recert should hand WebKit here: the user's own setting, else CPU painting when no GPU
 * can be reached (no DRM render node, as under Xvfb on this project's machine) or Mesa renders
 * in software, else nothing. */
function expectedPainting() {
  if (process.env.WEBKIT_SKIA_ENABLE_CPU_RENDERING !== undefined) return process.env.WEBKIT_SKIA_ENABLE_CPU_RENDERING;
  let renderNode = false;
  try {
    renderNode = readdirSync("/dev/dri").some((n) => n.startsWith("renderD"));
  } catch {
    // No /dev/dri at all.
  }
  const software = !["", "0", "false", undefined].includes(process.env.LIBGL_ALWAYS_SOFTWARE);
  return !renderNode || software ? "1" : undefined;
}

/** PSS of Recert's processes and everything below them, MiB. */
function treePss(dir) {
  let kib = 0;
  for (const p of recert(dir).flatMap((r) => [r.pid, ...descendants(r.pid).map((d) => d.pid)])) {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, "utf8"));
      kib += Number(m[1]);
    } catch {
      // Gone meanwhile.
    }
  }
  return Math.round(kib / 102.4) / 10;
}

/** Whether Recert's window is on the screen: mapped (GTK's client leader and the tray's own
 * window carry the name "Recert" too, never mapped). */
function hasWindow() {
  return spawnSync("xdotool", ["search", "--onlyvisible", "--name", "^Recert$"], { stdio: "ignore" }).status === 0;
}
const sendClose = () => execFileSync("/usr/bin/python3", [join(root, "tests/support/close_window.py"), "Recert"]);

/** The window manager's close button, pressed on the window of `app` (the process started by
 * startHidden, whose handovers print to its output). Under load, Xvfb's GTK now and then drops
 * the request before the app sees it (the app's probe prints no "close requested"): pressed again
 * then, as a user whose click did not take would. A request the app did see is never repeated. */
async function closeWindow(app, dir) {
  const said = () => app.err.split("\n").filter((l) => / ms close requested/.test(l)).length;
  const before = said();
  for (let press = 1; ; press++) {
    sendClose();
    try {
      await until(() => said() > before, "the app to see the close request", 3000, press === 3 ? app : null, press === 3 ? dir : null);
      return;
    } catch (e) {
      if (press === 3) throw e;
    }
  }
}

/** Waits for `check`; on time-out says what stood, and what `app` (when given) printed last. */
async function until(check, what, ms = 20000, app = null, dir = null) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  const seen = dir ? ` (window ${hasWindow()}, processes ${JSON.stringify(recert(dir))}, WebKit ${JSON.stringify(webkit(dir))})` : "";
  const printed = app ? `; printed last:\n${app.err.slice(-3000)}` : "";
  throw new Error(`timed out waiting for ${what}${seen}${printed}`);
}

const gdbus = (...args) => execFileSync("gdbus", ["call", "--session", ...(args[0] === "--timeout" ? [] : ["--timeout", "5"]), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const menus = new Map();

/** Where the tray menu of process `pid` is on the bus: libayatana-appindicator's
 * com.canonical.dbusmenu on its GTK connection (found once per process; its other connections,
 * zbus's, may leave an unknown call unanswered until it times out). */
function trayMenuAddress(pid) {
  if (menus.has(pid)) return menus.get(pid);
  const names = /\[(.*)\]/s.exec(gdbus("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.ListNames"))[1];
  for (const name of names.match(/':[0-9.]+'/g).map((n) => n.slice(1, -1))) {
    try {
      const owner = /uint32 (\d+)/.exec(gdbus("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.GetConnectionUnixProcessID", name));
      if (Number(owner?.[1]) !== pid) continue;
      const nodes = gdbus("--timeout", "1", "--dest", name, "--object-path", "/org/ayatana/NotificationItem", "--method", "org.freedesktop.DBus.Introspectable.Introspect");
      const item = /node name=\\?"([^"\\]+)/.exec(nodes)[1];
      menus.set(pid, { name, path: `/org/ayatana/NotificationItem/${item}/Menu` });
      return menus.get(pid);
    } catch {
      // Gone since the list, or not the connection with the menu.
    }
  }
  throw new Error(`the tray menu of ${pid} is not on the session bus`);
}

/** The tray menu of the tray process on `dir` as a tray host sees it: [{id, label}], separators
 * left out; `click(label)`. */
function trayMenu(dir) {
  const tray = trayProcess(dir);
  assert.ok(tray, `no tray process: ${JSON.stringify(recert(dir))}`);
  const { name, path } = trayMenuAddress(tray.pid);
  const layout = gdbus("--dest", name, "--object-path", path, "--method", "com.canonical.dbusmenu.GetLayout", "--", "0", "-1", "['label']");
  const items = [...layout.matchAll(/\((\d+), \{'label': <'((?:[^'\\]|\\.)*)'>\}/g)].map((m) => ({ id: Number(m[1]), label: m[2] })).filter((i) => i.id !== 0); // 0: the menu itself
  items.click = (label) => {
    const entry = items.find((i) => i.label === label);
    assert.ok(entry, `no tray entry "${label}" in ${JSON.stringify(items)}`);
    gdbus("--dest", name, "--object-path", path, "--method", "com.canonical.dbusmenu.Event", "--", String(entry.id), "clicked", "<0>", "0");
  };
  return items;
}

/** The tray icon's title, which a panel shows and says to a screen reader (StatusNotifierItem). */
function trayTitle(pid) {
  const { name, path } = trayMenuAddress(pid);
  const item = path.replace(/\/Menu$/, "");
  const props = gdbus("--dest", name, "--object-path", item, "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Title");
  return /<<?'((?:[^'\\]|\\.)*)'>/.exec(props)?.[1];
}

const count = (text, line) => text.split(`${line}\n`).length - 1;

test("--hidden becomes the tray process, without WebKit; its tray works; a second launch opens the window in the app; closing hands back", async (t) => {
  t.after(stopAll);
  const dir = dataDir("idle-three.json");
  const app = await startHidden(dir);
  await sleep(1000);
  assert.deepEqual(recert(dir), [{ pid: app.pid, comm: "recert-tray" }], "one process: recert --hidden became the tray process");
  assert.equal(linksWebKit(app.pid), false, "the tray process does not map WebKit");
  assert.equal(hasWindow(), false, "no window");
  assert.deepEqual(webkit(dir), [], "no WebKit process");
  // The reminder loop's first pass fills the tray with the certifications.
  let menu;
  await until(() => (menu = trayMenu(dir).map((i) => i.label)).length > 3, "the tray's certifications");
  assert.equal(menu[0], "Open Recert");
  // Named Recert, not after its program ("recert-tray").
  assert.equal(trayTitle(app.pid), "Recert", "the tray icon's title");
  assert.ok(menu.includes("Microsoft Certified: Azure Administrator Associate: renew by 2027-03-14"), JSON.stringify(menu));
  assert.ok(menu.includes("Quit"), JSON.stringify(menu));
  // Pausing from the tray is kept in the data, and undone.
  trayMenu(dir).click("Pause reminders for a day");
  await until(() => trayMenu(dir).some((i) => i.label === "Resume reminders"), "the pause");
  trayMenu(dir).click("Resume reminders");
  await until(() => trayMenu(dir).some((i) => i.label === "Pause reminders for a day"), "the resume");

  // Opening Recert again hands over: the app builds its window, the tray process ends.
  execFileSync(bin, appArgs(dir), { env, timeout: 20000 });
  await until(() => hasWindow() && webkit(dir).length > 0 && !trayProcess(dir) && appProcess(dir), "the window in the app, the tray process gone");
  await until(() => app.out.includes("painted\n"), "the first screen");
  await until(() => { try { return trayTitle(appProcess(dir).pid) === "Recert"; } catch { return false; } }, "the app's tray icon titled Recert");
  // The app the tray process started paints on the CPU where there is no GPU.
  assert.equal(webProcessPainting(dir), expectedPainting(), "WebKit's painting switch");

  // The window's close button: the window, the app and every WebKit process go; the tray
  // process is back, holding the data.
  const ready = count(app.out, "tray-ready");
  await closeWindow(app, dir);
  await until(() => !hasWindow() && webkit(dir).length === 0 && !appProcess(dir) && trayProcess(dir), "the tray process back, the app and WebKit gone", 20000, app, dir);
  await until(() => count(app.out, "tray-ready") > ready, "the tray ready again");
  assert.equal(recert(dir).length, 1);
  assert.equal(linksWebKit(trayProcess(dir).pid), false);

  // The data is all there (the CLI reads it while Recert waits), and the window comes back.
  const exported = join(dir, "after.json");
  execFileSync(bin, ["export", exported, ...appArgs(dir)], { env });
  assert.equal(JSON.parse(readFileSync(exported, "utf8")).holdings.length, 3);
  // A second sign-in start finds Recert in the tray and changes nothing.
  execFileSync(bin, ["--hidden", ...appArgs(dir)], { env, timeout: 20000 });
  await sleep(1000);
  assert.equal(hasWindow(), false);
  assert.equal(recert(dir).length, 1);
  execFileSync(bin, appArgs(dir), { env, timeout: 20000 });
  await until(() => hasWindow(), "the window built again");
});

test("hidden: a due reminder arrives and its click opens its certification; ten open/close cycles from the tray keep tray, reminders and backups working without growing", async (t) => {
  t.after(stopAll);
  const daemon = await startDaemon();
  try {
    const dir = dataDir("due-reminder.json");
    const app = await startHidden(dir);
    await until(() => daemon.calls.length > 0, "the notification");
    const call = daemon.calls[0];
    assert.equal(call.summary, "Renewal open: Microsoft Certified: Azure Administrator Associate");
    assert.equal(hasWindow(), false, "no window for a notification");
    assert.deepEqual(webkit(dir), [], "no WebKit for a notification");

    // The notification's click, with no window: the app starts on that certification.
    daemon.invoke(call.id, "default");
    await until(() => hasWindow() && app.err.includes('first screen, focus Some(Holding("az104"))'), "the window on the certification");
    // Closing it the first time says, once, that Recert keeps running in the tray.
    await closeWindow(app, dir);
    await until(() => daemon.calls.some((c) => c.summary === "Recert is still running"), "the close hint");
    const hint = daemon.calls.find((c) => c.summary === "Recert is still running");

    const backup = join(dir, "backups", "recert-2026-11-22.json");
    await until(() => trayProcess(dir) && !appProcess(dir), "the tray process");
    const pss = [treePss(dir)];
    for (let cycle = 1; cycle <= 10; cycle++) {
      // The last cycle starts with today's backup gone: the tray process's pass makes it again.
      if (cycle === 10) rmSync(backup, { force: true });
      const painted = count(app.out, "painted");
      const ready = count(app.out, "tray-ready");
      await until(() => trayMenu(dir).length > 3, `the tray (cycle ${cycle})`);
      trayMenu(dir).click("Open Recert");
      await until(() => count(app.out, "painted") > painted && hasWindow(), `the window (cycle ${cycle})`);
      // The tray process took back the hint it showed: its click would have reached nobody.
      if (cycle === 1) assert.ok(daemon.closed.includes(hint.id), `the hint withdrawn: ${JSON.stringify(daemon.closed)}`);
      await closeWindow(app, dir);
      await until(() => !hasWindow() && webkit(dir).length === 0 && count(app.out, "tray-ready") > ready && trayProcess(dir) && !appProcess(dir), `the tray process again (cycle ${cycle})`, 20000, app, dir);
      await sleep(1000);
      pss.push(treePss(dir));
    }
    t.diagnostic(`PSS of Recert, MiB: in the tray ${pss[0]}; after each close ${pss.slice(1).join(", ")}`);
    // Growth is what would be a leak: even the smallest of the last three figures stays within
    // 10 MiB of the largest of the first three. (Smaller figures are the kernel reclaiming pages
    // of an idle process under memory pressure, not Recert.)
    const closes = pss.slice(1);
    assert.ok(Math.min(...closes.slice(-3)) - Math.max(...closes.slice(0, 3)) < 10, `memory grew over the cycles: ${pss.join(", ")}`);
    await until(() => existsSync(backup), "the reminder pass to make today's backup again");
    assert.equal(daemon.calls.filter((c) => c.summary === call.summary).length, 1, `the reminder is not repeated: ${JSON.stringify(daemon.calls)}`);
    assert.equal(daemon.calls.filter((c) => c.summary === hint.summary).length, 1, "the hint is said once");
    assert.ok(trayMenu(dir).some((i) => i.label === "Microsoft Certified: Azure Administrator Associate: renew by 2027-03-14"), "the tray still lists it");
  } finally {
    daemon.stop();
  }
});

test("the tray process keeps a click made while another process holds the data, and backs up a team lead who holds nothing", async (t) => {
  t.after(stopAll);
  // A team lead: people followed, no certification of their own (issue 26, case 4).
  const dir = dataDir("team-lead.json");
  const backup = join(dir, "backups", "recert-2026-11-22.json");
  assert.equal(existsSync(backup), false);
  await startHidden(dir);
  await until(() => trayMenu(dir).some((i) => i.label === "Pause reminders for a day"), "the tray");
  await until(() => existsSync(backup), "the tray process's daily backup of the people followed");
  assert.equal(JSON.parse(readFileSync(backup, "utf8")).people[0].name, "Carla Núñez");

  // Another process holds the data folder (as a long CLI import would) for longer than a pass
  // waits; the click made meanwhile is carried out once the folder is free (case 6).
  const holder = spawn("flock", ["--exclusive", join(dir, "recert.lock"), "sleep", "13"], { stdio: "ignore" });
  const released = new Promise((r) => holder.on("exit", r));
  await sleep(500);
  trayMenu(dir).click("Pause reminders for a day");
  await sleep(3000);
  assert.ok(trayMenu(dir).some((i) => i.label === "Pause reminders for a day"), "nothing changes while the data is held");
  await released;
  await until(() => trayMenu(dir).some((i) => i.label === "Resume reminders"), "the click carried out after the wait", 20000);
  const exported = join(dir, "after.json");
  execFileSync(bin, ["export", exported, ...appArgs(dir)], { env });
  assert.ok(JSON.parse(readFileSync(exported, "utf8")).settings.paused_until, "the pause is in the data");
});
