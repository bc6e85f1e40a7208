// The real app, driven as a user would: the built binary under Xvfb, through tauri-driver and
// WebKitWebDriver, on a temporary data directory, with "today" fixed to 2026-11-22.
// Run by scripts/test.sh (see README). RECERT_BIN names the binary.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey, shots } from "./journey.mjs";

// When this file started: the screenshot test checks the files were written after it.
const runStarted = Date.now() - 1000;
const dataDir = mkdtempSync(join(tmpdir(), "recert-e2e-"));
const args = ["--data-dir", dataDir, "--today", "2026-11-22"];
const LANGS = ["en", "ja", "zh-TW"];

let driver;
let s;

const { rerender, open, shot, addFromCatalog } = journey(() => s);

async function cardText(titleFragment) {
  return s.waitUntil(async () => {
    for (const el of await s.findAll("[data-testid=holding]")) {
      const text = await s.cmd("GET", `/element/${el}/text`);
      if (text.includes(titleFragment)) return text;
    }
    return null;
  }, `a card with ${titleFragment}`);
}


before(async () => {
  driver = await startDriver();
  s = await Session.start(driver.base, bin, args);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("(a) first start shows the guiding empty dashboard", async () => {
  const text = await s.text("[data-testid=empty-dashboard]");
  assert.match(text, /No certifications yet/);
  // The fastest path first: the import from Microsoft Learn, then adding by hand.
  assert.match(text, /Import them from Microsoft Learn.*Or add a certification by hand/);
  assert.match(await s.text("[data-testid=today]"), /2026-11-22/);
  await shot("dashboard-empty-en");
});

test("(b) add AZ-104 earned 2026-03-14: expiry 2027-03-14, window 2026-09-15", async () => {
  await addFromCatalog("AZ-104", "2026-03-14");
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 1, "one card");
  const text = await cardText("Azure Administrator Associate");
  assert.match(text, /Expires 2027-03-14/);
  assert.match(text, /Renewal window opens 2026-09-15/);
  assert.match(text, /Renewal open/);
  assert.match(text, /112 days left/);
  assert.match(text, /Renewable now/);
  assert.match(text, /Connect your certification profile/);
});

test("(c) an impossible date and a future date are refused and nothing is stored", async () => {
  await s.click("[data-testid=add-certification]");
  await shot("add-form-en");
  await s.type("[data-testid=catalog-search]", "AZ-900");
  await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) === 1, "AZ-900 result");
  await s.click("[data-testid=catalog-result]");
  await s.type("[data-testid=earned-on]", "2025-02-30");
  await s.click("[data-testid=save]");
  assert.equal(await s.text("[data-testid=form-error]"), "Earned on: 2025-02-30 is not a date");
  await s.type("[data-testid=earned-on]", "2026-12-01");
  await s.click("[data-testid=save]");
  await s.waitUntil(async () => (await s.text("[data-testid=form-error]")).includes("after today"), "future-date error");
  assert.equal(await s.text("[data-testid=form-error]"), "Earned on: 2026-12-01 is after today (2026-11-22)");
  await s.click("[data-testid=holding-form-close]");
  assert.equal(await s.count("[data-testid=holding]"), 1);
});

test("(h) a name holding HTML shows as text", async () => {
  const name = "<img src=x onerror=alert(1)>";
  await s.click("[data-testid=add-certification]");
  await s.script("document.querySelector('details.missing').open = true");
  await s.type("[data-testid=custom-title]", name);
  await s.choose("[data-testid=custom-kind]", "specialty");
  await s.type("[data-testid=earned-on]", "2026-08-01");
  await s.click("[data-testid=save]");
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 2, "two cards");
  const titles = await s.script("return Array.from(document.querySelectorAll('[data-testid=title]')).map(e => e.textContent)");
  assert.ok(titles.includes(name), JSON.stringify(titles));
  assert.equal(await s.script("return document.querySelectorAll('#app img[src=x]').length"), 0);
  await cardText(name);
  // Renamed to what a user would have: the dashboard's screenshots (the README's first picture
  // among them) show an ordinary certification, not the test string.
  await s.script(`[...document.querySelectorAll('[data-testid=holding]')].find((c) => c.querySelector('[data-testid=title]').textContent === ${JSON.stringify(name)}).querySelector('[data-testid=edit]').click()`);
  await s.type("[data-testid=custom-title]", "Contoso Certified: Cloud Security Specialty");
  await s.click("[data-testid=save]");
  await cardText("Contoso Certified: Cloud Security Specialty");
  assert.equal(await s.count("[data-testid=holding]"), 2);
});

test("(d) the linking form: several-profiles stop, warning, irreversible connection", async () => {
  await open("profiles");
  await s.type("[data-testid=mcid]", "12ab");
  await s.type("[data-testid=legal-name]", "Mei Lin");
  await s.type("[data-testid=contact-email]", "mei@example.com");
  await s.type("[data-testid=account-email]", "mei@outlook.com");
  await s.click("[data-testid=save-cert-profile]");
  assert.match(await s.text("[data-testid=cert-profile-error]"), /^Certification ID \(MCID\): 12ab is not a Microsoft Certification ID/);
  await s.type("[data-testid=mcid]", "987654321");
  await rerender(() => s.click("[data-testid=save-cert-profile]"));
  await s.type("[data-testid=learn-email]", "mei@contoso.com");
  await s.choose("[data-testid=learn-account-type]", "work-or-school");
  await rerender(() => s.click("[data-testid=save-learn-profile]"));
  assert.match(await s.text("[data-testid=profile-warning]"), /one personal Microsoft account/);

  await rerender(() => s.click("[data-testid=several-profiles]"));
  assert.match(await s.text("[data-testid=several-stop]"), /merge your certification profiles first/);
  assert.equal(await s.script("return document.querySelector('[data-testid=connect]').disabled"), true);
  await rerender(() => s.click("[data-testid=several-profiles]"));
  assert.equal(await s.count("[data-testid=several-stop]"), 0);

  await s.click("[data-testid=connect]");
  assert.match(await s.text("[data-testid=connect-warning]"), /cannot be changed afterwards/);
  await s.click("[data-testid=connect-confirm]");
  assert.match(await s.text("[data-testid=connect-dialog-error]"), /cannot be undone|permanent/);
  await s.click("[data-testid=connect-ack]");
  await rerender(() => s.click("[data-testid=connect-confirm]"));
  assert.match(await s.text("[data-testid=connected]"), /Connected on 2026-11-22/);
  assert.equal(await s.script("return document.querySelector('[data-testid=learn-email]').disabled"), true);
  await shot("profiles-en");
});

test("(g) record a renewal pass inside the window: the new expiry is shown", async () => {
  await open("dashboard");
  const text = await cardText("Azure Administrator Associate");
  assert.doesNotMatch(text, /Connect your certification profile/);
  await s.click("[data-testid=holding][data-status=renewal-open] [data-testid=renew]");
  await s.click("[data-testid=evidence-beta-exam]");
  await s.waitUntil(async () => (await s.text("[data-testid=renewal-error]")).includes("beta exam"), "R6 explanation");
  assert.match(await s.text("[data-testid=renewal-error]"), /Only the free renewal assessment on Microsoft Learn/);
  await s.click("[data-testid=evidence-assessment]");
  await s.type("[data-testid=renewal-date]", "2026-11-20");
  await s.click("[data-testid=renewal-check]");
  assert.equal(await s.text("[data-testid=renewal-preview]"), "New expiry: 2028-03-14 (was 2027-03-14)");
  await s.click("[data-testid=renewal-record]");
  await s.waitUntil(async () => (await cardText("Azure Administrator Associate")).includes("Expires 2028-03-14"), "renewed card");
  await shot("dashboard-en");
});

test("(e) switch to 日本語 and to 繁體中文: the dashboard is translated", async () => {
  const expected = {
    ja: { tab: "認定資格", status: "有効", expires: "有効期限 2028年3月14日" },
    "zh-TW": { tab: "認證", status: "有效", expires: "到期日 2028年3月14日" },
  };
  for (const lang of ["ja", "zh-TW"]) {
    await open("settings");
    await rerender(() => s.choose("[data-testid=language]", lang));
    assert.equal(await s.script("return document.documentElement.lang"), lang);
    await open("dashboard");
    assert.equal(await s.text("[data-testid=nav-dashboard]"), expected[lang].tab);
    const text = await cardText("Azure Administrator Associate");
    assert.ok(text.includes(expected[lang].expires), text);
    assert.ok(text.includes(expected[lang].status), text);
    await shot(`dashboard-${lang}`);
    await s.click("[data-testid=add-certification]");
    await shot(`add-form-${lang}`);
    await s.click("[data-testid=holding-form-close]");
    await open("profiles");
    await shot(`profiles-${lang}`);
    await open("settings");
    await shot(`settings-${lang}`);
  }
  await rerender(() => s.choose("[data-testid=language]", "en"));
  assert.equal(await s.script("return document.documentElement.lang"), "en");
  await shot("settings-en");
  await rerender(() => s.choose("[data-testid=theme]", "dark"));
  assert.equal(await s.script("return document.documentElement.dataset.theme"), "dark");
  await open("dashboard");
  await shot("dashboard-dark-en");
  await open("settings");
  await rerender(() => s.choose("[data-testid=theme]", "system"));
});

test("(f) quit and restart: everything is still there", async () => {
  await s.quit();
  s = await Session.start(driver.base, bin, args);
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 2, "both cards after restart");
  assert.match(await cardText("Azure Administrator Associate"), /Expires 2028-03-14/);
  await open("profiles");
  await s.waitFor("[data-testid=connected]");
  assert.equal(await s.script("return document.querySelector('[data-testid=mcid]').value"), "987654321");
});

test("screenshots were taken in this run for every screen in the three languages", () => {
  for (const lang of LANGS) {
    for (const screen of ["dashboard", "add-form", "profiles", "settings"]) {
      const file = join(shots, `${screen}-${lang}.png`);
      // The files are committed: only one written by this run proves the journey reached the screen.
      assert.ok(existsSync(file) && statSync(file).size > 10_000, `${file} missing or empty`);
      assert.ok(statSync(file).mtimeMs >= runStarted, `${file} was not taken in this run`);
    }
  }
});
