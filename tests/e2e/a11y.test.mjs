// Accessibility of the real window, WCAG 2.1 A/AA and axe's best practices: axe-core (an npm dev
// dependency) runs on every screen and dialog in English, Japanese and Traditional Chinese, light
// and dark, and any violation fails the run. A keyboard walk checks the skip link, the order of the
// first Tab stops, the trap inside a dialog, where focus returns, and the catalog combobox.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { KEYS, Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const root = resolve(import.meta.dirname, "../..");
const AXE = readFileSync(join(root, "ui/node_modules/axe-core/axe.min.js"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "recert-a11y-"));
const args = ["--data-dir", dir, "--today", "2026-11-22"];
let driver;
let s;
const { open, rerender } = journey(() => s);

before(async () => {
  driver = await startDriver();
  // Three certifications (one renewable now), one being worked on, and someone else's.
  const data = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/idle-three.json"), "utf8"));
  data.version = 3;
  data.people = [{ id: "u1", name: "Ana Souza", remind: false, holdings: [{ id: "a1", certification: "certification.azure-administrator", custom_title: null, kind: "role-based", earned_on: "2025-12-20" }] }];
  data.plans = [{ id: "p1", certification: "certification.azure-solutions-architect", started_on: "2026-11-01", exams: [{ exam: "exam.az-305", booking: null, attempts: [], revision: 0 }] }];
  const file = join(dir, "a11y.json");
  writeFileSync(file, JSON.stringify(data));
  execFileSync(bin, ["import", file, ...args], { env: { ...process.env, LANG: "C" } });
  s = await Session.start(driver.base, bin, args);
  await s.waitFor("[data-testid=holding]");
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** axe's violations on the page as it is now, one line each. The page's CSP allows no eval, so
 *  axe's source travels inside the WebDriver script itself (the driver runs that, not the page). */
async function violations() {
  const run = `const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }, resultTypes: ["violations"] })
      .then((r) => done(r.violations.map((v) => v.id + ": " + v.help + " — " + v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " " + (n.failureSummary || "").replace(/\\s+/g, " ").slice(0, 160)).join(" | "))), (e) => done(["axe failed: " + e]));`;
  return s.cmd("POST", "/execute/async", { script: `${AXE}\n;${run}`, args: [] });
}

async function expectClean(where) {
  const found = await violations();
  assert.deepEqual(found, [], `${where}: ${found.join("\n")}`);
}

const closeDialog = async (testid) => {
  await s.click(`[data-testid=${testid}-close]`);
  await s.waitUntil(async () => (await s.count(`[data-testid=${testid}]`)) === 0, `${testid} to close`);
};

test("axe runs in the window and finds what is wrong", async () => {
  // A planted violation: an image without a text alternative, and text too faint to read.
  await s.script("const i = document.createElement('img'); i.id = 'planted'; i.src = './icon.svg'; const p = document.createElement('p'); p.id = 'planted-text'; p.textContent = 'faint'; p.style.color = '#eeeeee'; document.getElementById('main').append(i, p)");
  const found = await violations();
  await s.script("document.getElementById('planted').remove(); document.getElementById('planted-text').remove()");
  assert.ok(found.some((v) => v.startsWith("image-alt:")), found.join("\n"));
  assert.ok(found.some((v) => v.startsWith("color-contrast:")), found.join("\n"));
});

for (const [lang, theme] of [["en", "light"], ["en", "dark"], ["ja", "light"], ["ja", "dark"], ["zh-TW", "light"], ["zh-TW", "dark"]]) {
  test(`no axe violations on any screen or dialog: ${lang}, ${theme}`, async () => {
    await open("settings");
    await rerender(() => s.choose("[data-testid=language]", lang));
    await rerender(() => s.choose("[data-testid=theme]", theme));
    assert.equal(await s.script("return document.documentElement.lang"), lang);
    for (const route of ["dashboard", "team", "catalog", "plans", "timeline", "transcript", "profiles", "settings"]) {
      await open(route);
      if (route === "timeline") await s.script("document.querySelector('[data-testid=timeline-table]').open = true");
      await expectClean(`${route} (${lang}, ${theme})`);
    }
    // A certification's page in the catalog.
    await open("catalog");
    await s.click("[data-testid=browse-open]");
    await s.waitFor("[data-testid=page-title]");
    await expectClean(`certification page (${lang}, ${theme})`);

    await open("dashboard");
    await s.click("[data-testid=add-certification]");
    await s.type("[data-testid=catalog-search]", "AZ-");
    await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) > 1, "results");
    await expectClean(`add form with results (${lang}, ${theme})`);
    await closeDialog("holding-form");

    await s.click("[data-testid=renew]");
    await s.waitFor("[data-testid=renewal]");
    await expectClean(`renewal dialog (${lang}, ${theme})`);
    await closeDialog("renewal");

    await s.click("[data-testid=remove]");
    await s.waitFor("[data-testid=remove-dialog]");
    await expectClean(`remove confirmation (${lang}, ${theme})`);
    await s.click("[data-testid=remove-dialog-cancel]");

    await open("settings");
    await s.click("[data-testid=forget]");
    await s.waitFor("[data-testid=forget-dialog]");
    await expectClean(`delete-all dialog (${lang}, ${theme})`);
    await closeDialog("forget-dialog");

    await open("team");
    await s.click("[data-testid=team-add-person]");
    await s.waitFor("[data-testid=person-dialog]");
    await expectClean(`add-person dialog (${lang}, ${theme})`);
    await closeDialog("person-dialog");
    await s.click("[data-testid=person-open]");
    await s.waitFor("[data-testid=person-holdings]");
    await expectClean(`a person's page (${lang}, ${theme})`);
  });
}

test("the keyboard: skip link first, a dialog keeps focus inside and gives it back, the catalog combobox", async () => {
  await open("settings");
  await rerender(() => s.choose("[data-testid=language]", "en"));
  await rerender(() => s.choose("[data-testid=theme]", "light"));
  await open("dashboard");
  await s.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
  await s.keys([KEYS.tab]);
  assert.equal(await s.focused(), "skip-link", "the first Tab stop skips to the content");
  await s.keys([KEYS.enter]);
  assert.equal(await s.focused(), "main");
  await s.keys([KEYS.tab]);
  const firstInMain = await s.script("return document.getElementById('main').contains(document.activeElement)");
  assert.equal(firstInMain, true, "the next Tab is inside the content");

  // The add form: focus starts inside, Tab and Shift+Tab cycle within it, Escape returns focus.
  await s.script("document.querySelector('[data-testid=add-certification]').focus()");
  await s.keys([KEYS.enter]);
  await s.waitFor("[data-testid=holding-form]");
  await s.waitUntil(async () => (await s.focused()) === "catalog-search", "focus on the search field");
  const inside = () => s.script("return document.querySelector('[data-testid=holding-form]').contains(document.activeElement)");
  for (let i = 0; i < 15; i++) {
    await s.keys([KEYS.tab]);
    assert.equal(await inside(), true, `Tab ${i + 1} stays in the dialog`);
  }
  for (let i = 0; i < 15; i++) {
    await s.keys([KEYS.tab], { shift: true });
    assert.equal(await inside(), true, `Shift+Tab ${i + 1} stays in the dialog`);
  }
  assert.equal(await s.script("return document.getElementById('app').inert"), true, "the page behind is inert");

  // The combobox: one Tab stop, arrows move the active option, Enter takes it.
  await s.script("document.querySelector('[data-testid=catalog-search]').focus()");
  await s.type("[data-testid=catalog-search]", "AZ-104");
  await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) === 1, "one result");
  assert.equal(await s.script("return document.querySelectorAll('[data-testid=catalog-result][tabindex]').length"), 0, "options are not Tab stops");
  await s.keys([KEYS.down]);
  const active = await s.script("const i = document.querySelector('[data-testid=catalog-search]'); return [i.getAttribute('aria-activedescendant'), i.getAttribute('aria-expanded')]");
  assert.deepEqual(active, ["catalog-option-0", "true"]);
  await s.keys([KEYS.enter]);
  assert.equal(await s.script("return document.querySelector('[data-testid=catalog-result]').getAttribute('aria-selected')"), "true");
  assert.equal(await s.count("[data-testid=holding-form]"), 1, "Enter took the option, it did not submit the form");

  await s.keys([KEYS.escape]);
  await s.waitUntil(async () => (await s.count("[data-testid=holding-form]")) === 0, "Escape closes the dialog");
  assert.equal(await s.focused(), "add-certification", "focus returns to the control that opened it");
  assert.equal(await s.script("return document.getElementById('app').inert"), false);

  // Every other dialog the same way: opened from the keyboard, focus inside, Tab kept inside,
  // Escape closes it and focus goes back to the control that opened it.
  for (const [opener, dialog, route] of [["[data-testid=holding] [data-testid=renew]", "renewal", "dashboard"], ["[data-testid=holding] [data-testid=remove]", "remove-dialog", "dashboard"], ["[data-testid=forget]", "forget-dialog", "settings"]]) {
    await open(route);
    await s.script(`document.querySelector(${JSON.stringify(opener)}).focus()`);
    const openerId = await s.focused();
    await s.keys([KEYS.enter]);
    await s.waitFor(`[data-testid=${dialog}]`);
    const within = () => s.script(`return document.querySelector('[data-testid=${dialog}]').contains(document.activeElement)`);
    await s.waitUntil(within, `focus inside ${dialog}`);
    for (let i = 0; i < 10; i++) {
      await s.keys([KEYS.tab]);
      assert.equal(await within(), true, `${dialog}: Tab ${i + 1} stays inside`);
    }
    await s.keys([KEYS.escape]);
    await s.waitUntil(async () => (await s.count(`[data-testid=${dialog}]`)) === 0, `Escape closes ${dialog}`);
    assert.equal(await s.focused(), openerId, `${dialog}: focus returns to its opener`);
  }

  // Muting re-renders the card: focus stays on that card's switch.
  await open("dashboard");
  const id = await s.script("return document.querySelector('[data-testid=holding]').dataset.id");
  await s.script("document.querySelector('[data-testid=holding] [data-testid=mute]').focus()");
  await rerender(() => s.keys([KEYS.space]));
  const back = await s.script("const e = document.activeElement; return [e.dataset.testid, e.closest('[data-id]') && e.closest('[data-id]').dataset.id]");
  assert.deepEqual(back, ["mute", id], "focus is back on the same card's control");
});
