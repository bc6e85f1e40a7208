// "Delete all my data" in the real app: Settings opens the app's own dialog naming what goes (the
// certifications, the daily backups, the databases recovery set aside), Cancel deletes nothing,
// and "Delete everything" leaves an empty Recert with no backup or set-aside folder on disk.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const fixture = join(import.meta.dirname, "fixtures/idle-three.json");
const dir = mkdtempSync(join(tmpdir(), "recert-forget-"));
const args = ["--data-dir", dir, "--today", "2026-11-22"];
let driver;
let s;
const { open, rerender, shot } = journey(() => s);

before(async () => {
  driver = await startDriver();
  execFileSync(bin, ["import", fixture, ...args], { env: { ...process.env, LANG: "C" } });
  mkdirSync(join(dir, "damaged-20261101T080000Z"));
  s = await Session.start(driver.base, bin, args);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const items = () => s.script("return [...document.querySelectorAll('[data-testid=forget-items] li')].map((li) => li.textContent)");

test("the dialog names what goes, in the user's language, and Cancel deletes nothing", async () => {
  await s.waitUntil(async () => existsSync(join(dir, "backups", "recert-2026-11-22.json")), "the day's backup", 15000);
  await open("settings");
  await s.click("[data-testid=forget]");
  await s.waitFor("[data-testid=forget-dialog]");
  assert.deepEqual(await items(), ["3 certifications", "0 certifications you are working on", "1 daily backup", "1 damaged database set aside by recovery"]);
  assert.equal(await s.script("return document.activeElement.dataset.testid"), "forget-cancel", "the safe choice has focus");
  await shot("settings-forget");
  await s.click("[data-testid=forget-cancel]");
  assert.equal(await s.count("[data-testid=forget-dialog]"), 0);

  await rerender(() => s.choose("[data-testid=language]", "ja"));
  await s.click("[data-testid=forget]");
  await s.waitFor("[data-testid=forget-dialog]");
  assert.equal(await s.text("[data-testid=forget-dialog] h2"), "すべてのデータを削除しますか？");
  assert.equal((await items())[0], "認定資格 3 件");
  await shot("settings-forget-ja");
  await s.click("[data-testid=forget-cancel]");
  await rerender(() => s.choose("[data-testid=language]", "en"));
  assert.ok(existsSync(join(dir, "backups")) && readdirSync(dir).some((n) => n.startsWith("damaged-")), "nothing deleted");
});

test("Delete everything leaves an empty Recert and nothing of the old data on disk", async () => {
  await s.click("[data-testid=forget]");
  await s.waitFor("[data-testid=forget-dialog]");
  await s.click("[data-testid=forget-confirm]");
  await s.waitUntil(async () => (await s.count("[data-testid=forget-dialog]")) === 0, "the dialog to close");
  assert.equal(existsSync(join(dir, "backups")), false, "backups deleted");
  assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith("damaged-")), [], "set-aside databases deleted");
  await open("dashboard");
  await s.waitFor("[data-testid=empty-dashboard]");
  // The scheduler found nothing to back up afterwards.
  assert.equal(existsSync(join(dir, "backups")), false);
});
