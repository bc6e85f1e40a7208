// A large store opens on one page of the most urgent certifications; "Show more" (or scrolling to
// it) adds the next page in place, keeping the screen and the counts.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin } from "./journey.mjs";

const dataDir = mkdtempSync(join(tmpdir(), "recert-pages-"));
let driver;
let s;

before(async () => {
  const file = join(dataDir, "45.json");
  writeFileSync(file, execFileSync("python3", [resolve(import.meta.dirname, "../../benches/bench_data.py"), "45"]));
  execFileSync(bin, ["import", file, "--data-dir", dataDir, "--today", "2026-11-22"]);
  driver = await startDriver();
  s = await Session.start(driver.base, bin, ["--data-dir", dataDir, "--today", "2026-11-22"]);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("45 certifications: 30 cards, then Show more lists all 45 with the same counts", async () => {
  await s.waitFor("[data-testid=show-more]");
  assert.equal(await s.count("[data-testid=holding]"), 30);
  assert.equal(await s.text("[data-testid=shown-count]"), "Showing the 30 most urgent of 45.");
  const counts = await s.text("[data-testid=count-active]");
  const first = await s.script("return document.querySelector('[data-testid=holding]').dataset.id");
  await s.click("[data-testid=show-more]");
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 45, "45 cards");
  assert.equal(await s.count("[data-testid=show-more]"), 0);
  assert.equal(await s.text("[data-testid=count-active]"), counts);
  assert.equal(await s.script("return document.querySelector('[data-testid=holding]').dataset.id"), first, "the most urgent stays first");
});
