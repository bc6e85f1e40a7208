// Earning a certification in the real app (issue 6): browse the catalog, plan AZ-104, book the
// exam, carry the booking into a calendar, come back after the exam, mark it passed and find it
// held with the right expiry; the timeline in three languages; the transcript.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const dataDir = mkdtempSync(join(tmpdir(), "recert-earning-"));
const argsOn = (today) => ["--data-dir", dataDir, "--today", today];

let driver;
let s;
const { rerender, open, shot } = journey(() => s);

/** Types a local date and time (YYYY-MM-DDTHH:MM) into the day and time fields of `testid`. */
async function setLocal(testid, value) {
  const [day, time] = value.split("T");
  await s.waitFor(`[data-testid=${testid}]`);
  for (const [css, text] of [[`[data-testid=${testid}]`, day], [`[data-testid=${testid}-time]`, time]]) {
    await s.script("const i = document.querySelector(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('input', { bubbles: true }));", [css, text]);
  }
}

function python() {
  for (const py of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(py, ["-c", "import icalendar"], { stdio: "ignore" });
      return py;
    } catch {
      // try the next
    }
  }
  throw new Error("no Python with icalendar: scripts/test.sh installs it");
}

before(async () => {
  driver = await startDriver();
  s = await Session.start(driver.base, bin, argsOn("2026-11-22"));
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("browse the catalog by role, level and kind, and open AZ-104's certification", async () => {
  await open("catalog");
  const total = async () => s.text("[data-testid=browse-total]");
  const all = await total();
  await s.choose("[data-testid=filter-role]", "administrator");
  await s.waitUntil(async () => (await total()) !== all, "the role filter to apply");
  await s.choose("[data-testid=filter-level]", "intermediate");
  await s.choose("[data-testid=filter-kind]", "role-based");
  const entry = '[data-testid=browse-entry][data-uid="certification.azure-administrator"]';
  await s.waitFor(entry);
  const titles = await s.script("return Array.from(document.querySelectorAll('[data-testid=browse-entry]')).map(e => e.dataset.uid)");
  assert.ok(!titles.includes("certification.azure-fundamentals"), JSON.stringify(titles));
  await shot("catalog-en");
  await s.click(`${entry} [data-testid=browse-open]`);
  await s.waitFor("[data-testid=cert-page]");
  assert.equal(await s.text("[data-testid=page-title]"), "Microsoft Certified: Azure Administrator Associate");
  assert.equal(await s.script("return Array.from(document.querySelectorAll('[data-testid=page-exam]')).map(e => e.dataset.code).join()"), "AZ-104");
  assert.match(await s.text("[data-testid=page-renewal]"), /renew every year for free/);
  for (const link of ["study-guide", "practice", "sandbox", "register"]) await s.waitFor(`[data-testid=link-${link}]`);
  await shot("certification-page-en");
});

test("plan AZ-104 and book the exam; a booking in the past is refused", async () => {
  await s.click("[data-testid=start-plan]");
  await s.waitFor(".screen[data-ready=plans] [data-testid=plan]");
  assert.equal(await s.text("[data-testid=exam-state]"), "Planned: not booked yet.");
  await s.click("[data-testid=exam-book]");
  await setLocal("booking-at", "2026-11-21T10:00");
  await s.click("[data-testid=booking-save]");
  assert.equal(await s.text("[data-testid=booking-error]"), "Date and time: 2026-11-21 10:00 has already passed; a booking must be in the future");
  await setLocal("booking-at", "2026-12-01T10:00");
  await s.choose("[data-testid=booking-delivery]", "online");
  await rerender(() => s.click("[data-testid=booking-save]"));
  assert.equal(await s.text("[data-testid=exam-state]"), "Booked for 2026-12-01 10:00, online (proctored).");
  await shot("plans-en");
});

test("the booking goes into a calendar file that an independent parser reads", async () => {
  await s.quit();
  const file = join(dataDir, "recert.ics");
  execFileSync(bin, ["calendar", file, "--data-dir", dataDir, "--today", "2026-11-22"], { env: { ...process.env, LANG: "C" } });
  const parsed = JSON.parse(execFileSync(python(), [resolve(import.meta.dirname, "../support/parse_ics.py"), file], { encoding: "utf8" }));
  assert.equal(parsed.events.length, 1);
  const exam = parsed.events[0];
  assert.equal(exam.summary, "Exam AZ-104: Microsoft Certified: Azure Administrator Associate");
  assert.equal(exam.start, "2026-12-01T10:00:00");
  assert.equal(exam.floating, true);
  assert.deepEqual(exam.alarms, ["-P1D", "-PT2H"]);
  assert.match(exam.uid, /^p[0-9a-f]+-exam\.az-104@recert\.app$/);
});

test("after the exam: result pending, marked passed, held with its expiry", async () => {
  s = await Session.start(driver.base, bin, argsOn("2026-12-02"));
  await open("plans");
  assert.match(await s.text("[data-testid=exam-state]"), /^Result pending/);
  await s.click("[data-testid=exam-result]");
  await s.waitFor("[data-testid=result-passed]");
  await s.click("[data-testid=result-save]");
  await s.waitFor(".screen[data-ready=dashboard] [data-testid=holding][data-focused=true]");
  const card = await s.text("[data-testid=holding][data-focused=true]");
  assert.match(card, /Azure Administrator Associate/);
  assert.match(card, /Expires 2027-12-01/);
  assert.match(card, /Earned 2026-12-01/);
  await open("plans");
  await s.waitFor("[data-testid=plans-empty]");
});

test("the timeline in three languages, and the transcript", async () => {
  // Something to look at besides AZ-104: a Fundamentals credential and an expert being planned.
  await s.click("[data-testid=add-certification]");
  await s.type("[data-testid=catalog-search]", "AZ-900");
  await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) === 1, "AZ-900");
  await s.click("[data-testid=catalog-result]");
  await s.type("[data-testid=earned-on]", "2024-05-10");
  await rerender(() => s.click("[data-testid=save]"));
  await open("catalog");
  await s.type("[data-testid=browse-search]", "AZ-305");
  await s.waitUntil(async () => (await s.count("[data-testid=browse-entry]")) === 1, "AZ-305");
  await s.click("[data-testid=browse-open]");
  await s.waitFor("[data-testid=page-prerequisites]");
  assert.match(await s.text("[data-testid=page-prerequisites]"), /you hold it/);
  await s.click("[data-testid=start-plan]");
  await s.waitFor(".screen[data-ready=plans] [data-testid=exam-book]");
  await s.click("[data-testid=exam-book]");
  await setLocal("booking-at", "2027-01-15T09:30");
  await rerender(() => s.click("[data-testid=booking-save]"));

  const expected = {
    en: { period: "valid 2026-12-01 – 2027-11-30 (expires 2027-12-01)", exam: "Exam AZ-305" },
    ja: { period: "2026年12月1日 ～ 2027年11月30日 有効", exam: "試験 AZ-305" },
    "zh-TW": { period: "2026年12月1日 – 2027年11月30日 有效", exam: "測驗 AZ-305" },
  };
  for (const lang of ["en", "ja", "zh-TW"]) {
    if (lang !== "en") {
      await open("settings");
      await rerender(() => s.choose("[data-testid=language]", lang));
    }
    await open("timeline");
    assert.equal(await s.count("svg.timeline .row"), 3);
    // Keyboard focus shows an element's details.
    await s.script("document.querySelector('.row[data-id^=h] [data-testid=tl-period]').focus()");
    const periods = await s.script("return Array.from(document.querySelectorAll('[data-testid=tl-period]')).map(e => e.getAttribute('aria-label'))");
    assert.ok(periods.some((p) => p.includes(expected[lang].period)), JSON.stringify(periods));
    await s.script("document.querySelector('[data-testid=tl-exam]').focus()");
    assert.match(await s.text("[data-testid=timeline-details]"), new RegExp(expected[lang].exam));
    await shot(`timeline-${lang}`);
  }
  await open("settings");
  await rerender(() => s.choose("[data-testid=language]", "en"));
  await rerender(() => s.choose("[data-testid=theme]", "dark"));
  await open("timeline");
  await shot("timeline-dark-en");
  await open("settings");
  await rerender(() => s.choose("[data-testid=theme]", "system"));

  await open("transcript");
  const rows = await s.script("return Array.from(document.querySelectorAll('[data-testid=transcript-active] [data-testid=transcript-row]')).map(r => r.textContent)");
  assert.equal(rows.length, 2, JSON.stringify(rows));
  assert.ok(rows.some((r) => r.includes("Azure Administrator Associate") && r.includes("2026-12-01") && r.includes("2027-12-01")), JSON.stringify(rows));
  assert.ok(rows.some((r) => r.includes("Azure Fundamentals") && r.includes("Does not expire")), JSON.stringify(rows));
  await shot("transcript-en");
});
