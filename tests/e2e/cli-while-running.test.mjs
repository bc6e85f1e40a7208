// The command line while the app waits in the tray: a nightly `recert export` from a scheduler,
// an import, a calendar and an evaluation all work while the real app runs on the same data, and
// the app shows what the import wrote at its next screen (it holds the database only while it
// works, docs/PLATFORMS.md).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const fixture = join(import.meta.dirname, "fixtures/idle-three.json");
const dir = mkdtempSync(join(tmpdir(), "recert-cli-running-"));
const args = ["--data-dir", dir, "--today", "2026-11-22"];
let driver;
let s;
const { open } = journey(() => s);
const cli = (...a) => execFileSync(bin, a, { env: { ...process.env, LANG: "C" }, encoding: "utf8", timeout: 30000 });

before(async () => {
  driver = await startDriver();
  cli("import", fixture, ...args);
  s = await Session.start(driver.base, bin, args);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("export, import, calendar and eval work while the app runs, and the app sees the import", async () => {
  await s.waitFor("[data-testid=holding]");
  assert.equal(await s.count("[data-testid=holding]"), 3);

  const exported = join(dir, "nightly.json");
  cli("export", exported, ...args);
  const data = JSON.parse(readFileSync(exported, "utf8"));
  assert.equal(data.holdings.length, 3);

  data.holdings.push({ ...data.holdings[0], id: "d", certification: "certification.azure-solutions-architect", earned_on: "2026-06-01" });
  const more = join(dir, "more.json");
  writeFileSync(more, JSON.stringify(data));
  assert.match(cli("import", more, ...args), /1 to add, 0 to update, 0 to remove, 3 unchanged\./);

  const ics = join(dir, "recert.ics");
  cli("calendar", ics, ...args);
  assert.match(readFileSync(ics, "utf8"), /^BEGIN:VCALENDAR\r\n/);

  const request = join(dir, "eval.json");
  writeFileSync(request, JSON.stringify({ today: "2026-11-22", holdings: [{ id: "x", certification: "certification.azure-administrator", earned_on: "2026-03-14" }] }));
  assert.equal(JSON.parse(cli("eval", request)).holdings[0].status, "renewal-open");

  // The app reads what the command line wrote at its next screen.
  await open("settings");
  await open("dashboard");
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 4, "the imported certification on the dashboard");
});
