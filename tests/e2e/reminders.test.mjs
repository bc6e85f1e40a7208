// Reminders that reach the user, tested on the real app: with no notification service the
// reminder shows as an in-app banner; with one (a fake daemon on this D-Bus session) the
// notification arrives once, in the user's language, its click opens the certification, the
// tray lists it, and a restart does not repeat it.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { startDaemon } from "./daemon.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const root = resolve(import.meta.dirname, "../..");
const bin = resolve(process.env.RECERT_BIN ?? join(root, "target/release/recert"));
const fixture = join(import.meta.dirname, "fixtures/due-reminder.json");
const TITLE = "Microsoft Certified: Azure Administrator Associate";

let driver;
const dirs = [];

/** A data directory holding one certification whose window-opening reminder is due. */
function dataDirWithDueReminder() {
  const dir = mkdtempSync(join(tmpdir(), "recert-reminders-"));
  dirs.push(dir);
  execFileSync(bin, ["import", fixture, "--data-dir", dir, "--today", "2026-11-22"], { env: { ...process.env, LANG: "C" } });
  return dir;
}

const appArgs = (dir) => ["--data-dir", dir, "--today", "2026-11-22"];

function invoke(s, command, args = {}) {
  return s.cmd("POST", "/execute/async", {
    script: "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(done, (e) => done({ error: e }));",
    args: [command, args],
  });
}

before(async () => {
  driver = await startDriver();
});

after(() => {
  driver?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test("without a notification service, the due reminder shows as an in-app banner", async () => {
  const s = await Session.start(driver.base, bin, appArgs(dataDirWithDueReminder()));
  try {
    await s.waitFor("[data-testid=banner]", 15000);
    const text = await s.text("[data-testid=banner]");
    assert.match(text, new RegExp(`Renewal open: ${TITLE}`));
    assert.match(text, /by 2027-03-14/);
    assert.match(text, /Notifications are not available/);
  } finally {
    await s.quit();
  }
});

test("the notification arrives once, clicks through to the certification, and is listed in the tray", async () => {
  const daemon = await startDaemon();
  const dir = dataDirWithDueReminder();
  let s = await Session.start(driver.base, bin, appArgs(dir));
  try {
    const call = await s.waitUntil(async () => daemon.calls[0], "the notification", 15000);
    assert.equal(call.summary, `Renewal open: ${TITLE}`);
    assert.equal(
      call.body,
      "Pass the free renewal assessment on Microsoft Learn (aka.ms/CertDashboard) by 2027-03-14 (112 days left).\nConnect your certification profile to your Learn profile to take the renewal assessment.",
    );
    assert.deepEqual(call.actions, ["default", "Open in Recert"]);

    // Elsewhere in the app, then the click: the main window opens on that certification.
    await s.click("[data-testid=nav-settings]");
    await s.waitFor(".screen[data-ready=settings]");
    const focused = await s.waitUntil(async () => {
      daemon.invoke(call.id, "default");
      return (await s.count("[data-testid=holding][data-focused=true]")) === 1;
    }, "the certification in focus", 15000);
    assert.ok(focused);
    assert.match(await s.text("[data-testid=holding][data-focused=true]"), new RegExp(TITLE));

    const tray = await s.waitUntil(async () => await invoke(s, "get_tray_model"), "the tray model");
    assert.equal(tray.needs_action, true);
    assert.equal(tray.open_label, "Open Recert");
    assert.deepEqual(tray.items, [{ focus: { kind: "holding", id: "az104" }, label: `${TITLE}: renew by 2027-03-14` }]);
    assert.equal(tray.pause_label, "Pause reminders for a day");

    // Restart: the scheduler's first pass (which refreshes the tray) sends nothing again.
    await s.quit();
    s = await Session.start(driver.base, bin, appArgs(dir));
    await s.waitUntil(async () => await invoke(s, "get_tray_model"), "the first pass after restart", 15000);
    assert.equal(daemon.calls.length, 1, JSON.stringify(daemon.calls));
  } finally {
    await s.quit().catch(() => {});
    daemon.stop();
  }
});

test("in Japanese the tray speaks Japanese, and pausing offers Resume", async () => {
  const daemon = await startDaemon();
  const dir = dataDirWithDueReminder();
  let s = await Session.start(driver.base, bin, appArgs(dir));
  try {
    // The first pass notified in the system's language; after switching, the tray (and every
    // later notification) follows at once.
    await s.click("[data-testid=nav-settings]");
    await s.waitFor(".screen[data-ready=settings]");
    await s.choose("[data-testid=language]", "ja");
    const tray = await s.waitUntil(async () => {
      const m = await invoke(s, "get_tray_model");
      return m && m.open_label === "Recert を開く" ? m : null;
    }, "the Japanese tray");
    assert.deepEqual(tray.items, [{ focus: { kind: "holding", id: "az104" }, label: `${TITLE}：2027年3月14日 までに更新` }]);
    assert.equal(tray.quit_label, "終了");
    await s.click("[data-testid=pause]");
    const paused = await s.waitUntil(async () => {
      const m = await invoke(s, "get_tray_model");
      return m && m.paused ? m : null;
    }, "paused");
    assert.equal(paused.pause_label, "リマインダーを再開");
  } finally {
    await s.quit().catch(() => {});
    daemon.stop();
  }
});

test("a second launch hands over to the running instance and exits", async () => {
  const dir = dataDirWithDueReminder();
  const s = await Session.start(driver.base, bin, appArgs(dir));
  try {
    await s.waitFor(".screen[data-ready=dashboard]");
    const second = spawn(bin, appArgs(dir), { stdio: "ignore" });
    const code = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the second instance kept running")), 20000);
      second.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    assert.equal(code, 0);
    // The first instance is still there and answering.
    assert.equal(await s.count("[data-testid=holding]"), 1);
  } finally {
    await s.quit().catch(() => {});
  }
});
