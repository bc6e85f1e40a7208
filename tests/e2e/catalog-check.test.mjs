// "Check Microsoft Learn for catalog changes" in the real app, against a loopback Microsoft Learn
// answering in the Learn Catalog API's form: Settings reads it on the user's click, shows what is
// new, renamed and no longer listed, applies it on "Apply", and then says where the catalog comes
// from and how old it is; a catalog address that no longer answers is said, and nothing changes.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { startLearn } from "./learn-server.mjs";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const TODAY = "2026-12-07";
/** Microsoft's answer: the snapshot's certifications Learn lists today, in Learn's own form, one
 * renamed, one new. */
function answer() {
  const snapshot = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../src-tauri/core/catalog/snapshot.json"), "utf8"));
  const certifications = snapshot.certifications
    .filter((c) => !c.uid.startsWith("recert.") && !(c.recert?.retired_on && c.recert.retired_on <= TODAY))
    .map(({ recert, ...learn }) => learn);
  certifications.find((c) => c.uid === "certification.azure-network-engineer-associate").title = "Microsoft Certified: Azure Networking Engineer Associate";
  certifications.push({ uid: "certification.brand-new", title: "Microsoft Certified: Brand New Associate", certification_type: "role-based", exams: [] });
  return Buffer.from(JSON.stringify({ certifications, exams: snapshot.exams }));
}

const catalog = {};
const dataDir = mkdtempSync(join(tmpdir(), "recert-catalog-"));
let learn;
let driver;
let s;
const { open, shot } = journey(() => s);

before(async () => {
  learn = await startLearn({}, catalog);
  driver = await startDriver();
  s = await Session.start(driver.base, bin, ["--data-dir", dataDir, "--today", TODAY]);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  learn?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const errorShown = () => s.script("const e = document.querySelector('[data-testid=data-error]'); return e && !e.hidden ? e.textContent : null");

test("a catalog address that no longer answers is said, and the bundled catalog stays", async () => {
  await s.waitFor("[data-testid=empty-dashboard]");
  await open("settings");
  assert.match(await s.text("[data-testid=catalog-info]"), /^Bundled snapshot, \d+ certifications, \d+ exams, as of /);
  await s.click("[data-testid=check-catalog]");
  const said = await s.waitUntil(errorShown, "the refusal");
  assert.match(said, /Microsoft's catalog address no longer answers/);
  assert.match(await s.text("[data-testid=catalog-info]"), /^Bundled snapshot/);
});

test("Microsoft's changes are shown first, then applied; the catalog then says it is Learn's, as of today", async () => {
  catalog.body = answer();
  const before = learn.requests.length;
  await s.click("[data-testid=check-catalog]");
  await s.waitFor("[data-testid=catalog-check-dialog]");
  assert.equal(learn.requests.length, before + 1, "read once, on the click");
  assert.match(await s.text("[data-testid=catalog-check-new]"), /New \(1\)\s*Microsoft Certified: Brand New Associate/);
  assert.match(await s.text("[data-testid=catalog-check-renamed]"), /Microsoft Certified: Azure Network Engineer Associate → Microsoft Certified: Azure Networking Engineer Associate/);
  await shot("catalog-check-en");
  await s.click("[data-testid=catalog-check-apply]");
  await s.waitUntil(async () => /^Read from Microsoft Learn, /.test((await s.text("[data-testid=catalog-info]")) ?? ""), "the catalog's new source");
  assert.match(await s.text("[data-testid=catalog-info]"), /as of 2026-12-07\./);
  // The new certification is one the add form finds.
  await open("dashboard");
  await s.click("[data-testid=empty-add]");
  await s.type("[data-testid=catalog-search]", "Brand New");
  await s.waitUntil(async () => ((await s.text("[data-testid=catalog-results]")) ?? "").includes("Microsoft Certified: Brand New Associate"), "the new certification in the add form");
});
