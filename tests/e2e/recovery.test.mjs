// A damaged database on the real app: the recovery screen explains, keeps the damaged files
// aside, and restores the newest automatic backup or starts fresh. Never a crash or a blank
// window.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";

const root = resolve(import.meta.dirname, "../..");
const bin = resolve(process.env.RECERT_BIN ?? join(root, "target/release/recert"));
const fixture = join(import.meta.dirname, "fixtures/idle-three.json");
const dir = mkdtempSync(join(tmpdir(), "recert-recovery-"));
const args = ["--data-dir", dir, "--today", "2026-11-22"];

let driver;

before(async () => {
  driver = await startDriver();
  execFileSync(bin, ["import", fixture, ...args], { env: { ...process.env, LANG: "C" } });
});

after(() => {
  driver?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const damage = () => writeFileSync(join(dir, "db", "db"), "\u0000 not a database \u00ff");
const aside = () => readdirSync(dir).filter((n) => n.startsWith("damaged-"));

test("the app writes the day's backup", async () => {
  const s = await Session.start(driver.base, bin, args);
  try {
    await s.waitUntil(async () => existsSync(join(dir, "backups", "recert-2026-11-22.json")), "the backup file", 15000);
    await s.click("[data-testid=nav-settings]");
    await s.waitFor(".screen[data-ready=settings]");
    assert.match(await s.text("[data-testid=backups]"), /2026-11-22: 3 certifications/);
  } finally {
    await s.quit();
  }
});

test("a damaged database opens the recovery screen, and the newest backup restores everything", async () => {
  damage();
  const s = await Session.start(driver.base, bin, args);
  try {
    await s.waitFor("[data-testid=recovery]");
    assert.equal(await s.script("return document.querySelector('[data-testid=recovery]').dataset.damage"), "damaged");
    assert.match(await s.text("[data-testid=recovery-explanation]"), /The database is damaged/);
    assert.match(await s.text("[data-testid=recovery-backups]"), /2026-11-22: 3 certifications/);
    await s.click("[data-testid=recovery-restore]");
    await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 3, "the restored certifications", 15000);
    assert.equal(aside().length, 1, "the damaged files are kept");
  } finally {
    await s.quit();
  }
});

test("or a fresh start, with the damaged files kept aside", async () => {
  damage();
  const s = await Session.start(driver.base, bin, args);
  try {
    await s.waitFor("[data-testid=recovery]");
    await s.click("[data-testid=recovery-fresh]");
    await s.waitFor("[data-testid=empty-dashboard]", 15000);
    assert.ok(aside().length >= 1);
  } finally {
    await s.quit();
  }
});

test("an imported catalog's titles holding HTML show as text", async () => {
  const other = mkdtempSync(join(tmpdir(), "recert-hostile-"));
  try {
    execFileSync(bin, ["import-catalog", join(import.meta.dirname, "fixtures/hostile-catalog.json"), "--data-dir", other]);
    const s = await Session.start(driver.base, bin, ["--data-dir", other, "--today", "2026-11-22"]);
    try {
      await s.click("[data-testid=add-certification]");
      await s.type("[data-testid=catalog-search]", "Hostile");
      await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) === 1, "the hostile result");
      const text = await s.script("return document.querySelector('[data-testid=catalog-result]').textContent");
      assert.equal(text, "<img src=x onerror=alert(1)><script>alert(2)</script>Hostile Expert<i>XX-666</i>");
      assert.equal(await s.script("return document.querySelectorAll('#app img[src=x], .modal script, .modal b, .modal i').length"), 0);
    } finally {
      await s.quit();
    }
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});
