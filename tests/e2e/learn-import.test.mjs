// Import from Microsoft Learn in the real app: the share link of a transcript served by a loopback
// "Microsoft Learn" (RECERT_LEARN_BASE_URL, honoured for loopback hosts only), the preview, the
// import, and the dashboard with Microsoft's dates, in English, Japanese and Traditional Chinese.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { startLearn } from "./learn-server.mjs";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const ID = "d8yjji2ozk7y3jp";
const SLOW = "slowslowslow01";
const transcript = readFileSync(resolve(import.meta.dirname, "../integration/fixtures/transcripts/complete.json"));
const dataDir = mkdtempSync(join(tmpdir(), "recert-learn-"));
let learn;
let driver;
let s;
const { rerender, open, shot } = journey(() => s);

before(async () => {
  learn = await startLearn({ [ID]: transcript, [SLOW]: null });
  driver = await startDriver();
  s = await Session.start(driver.base, bin, ["--data-dir", dataDir, "--today", "2026-11-22"]);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  learn?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const cardText = (title) => s.script(`return [...document.querySelectorAll('[data-testid=holding]')].find((c) => c.textContent.includes(${JSON.stringify(title)}))?.textContent ?? null`);

test("a wrong link is refused in the dialog, and nothing is sent", async () => {
  await s.waitFor("[data-testid=empty-dashboard]");
  await s.click("[data-testid=learn-import]");
  await s.waitFor("[data-testid=learn-import-dialog]");
  await s.type("[data-testid=transcript-link]", "https://example.com/users/ana/transcript/abc");
  await s.click("[data-testid=transcript-fetch]");
  const error = await s.waitUntil(async () => (await s.script("const e = document.querySelector('[data-testid=learn-import-error]'); return e.hidden ? null : e.textContent")) || null, "the refusal");
  assert.match(error, /^Transcript link: https:\/\/example\.com\/users\/ana\/transcript\/abc is not a shared transcript link/);
  assert.deepEqual(learn.requests, []);
});

test("paste a shared link: preview, import, Microsoft's dates on the dashboard in three languages", async () => {
  await s.type("[data-testid=transcript-link]", `https://learn.microsoft.com/en-us/users/ana-lima/transcript/share/${ID}`);
  await s.click("[data-testid=transcript-fetch]");
  await s.waitFor("[data-testid=transcript-counts]");
  assert.equal(await s.text("[data-testid=transcript-counts]"), "From the transcript: 5 to add, 0 to update, 0 unchanged.");
  assert.equal(await s.count("[data-testid=transcript-item]"), 5);
  assert.equal(await s.count("[data-testid=transcript-not-in-catalog]"), 1, "the unknown specialty is shown for confirmation");
  assert.equal(learn.requests.length, 1);
  assert.match(learn.requests[0].agent, /^Recert\//);
  await shot("learn-import-preview-en");
  await rerender(() => s.click("[data-testid=transcript-apply]"));
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 5, "five cards");

  // Microsoft's expiry wins: Modern Desktop (now Endpoint Administrator) was renewed to 2027-05-01.
  const endpoint = await cardText("Endpoint Administrator Associate");
  assert.match(endpoint, /Expires 2027-05-01/);
  assert.match(await cardText("Azure Administrator Associate"), /Expired 2026-03-14/);
  assert.match(await cardText("Contoso Quantum Widgets Specialty"), /Expires 2027-01-10/);
  await shot("learn-import-dashboard-en");

  for (const [lang, date] of [["ja", "2027年5月1日"], ["zh-TW", "2027年5月1日"]]) {
    await open("settings");
    await rerender(() => s.choose("[data-testid=language]", lang));
    await open("dashboard");
    assert.ok((await cardText("Endpoint Administrator Associate")).includes(date), lang);
    await shot(`learn-import-dashboard-${lang}`);
  }
  await open("settings");
  await rerender(() => s.choose("[data-testid=language]", "en"));
});

test("importing the same link again changes nothing", async () => {
  await s.click("[data-testid=settings-learn-import]");
  await s.type("[data-testid=transcript-link]", `https://learn.microsoft.com/ja-jp/users/ana-lima/transcript/${ID}`);
  await s.click("[data-testid=transcript-fetch]");
  await s.waitFor("[data-testid=transcript-counts]");
  assert.equal(await s.text("[data-testid=transcript-counts]"), "From the transcript: 0 to add, 0 to update, 5 unchanged.");
});

/** A command through the page's own bridge, timed. */
async function timedInvoke(command, args = {}) {
  const started = Date.now();
  const answer = await s.cmd("POST", "/execute/async", {
    script: "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(done, (e) => done({ error: e }));",
    args: [command, args],
  });
  return { answer, ms: Date.now() - started };
}

test("the window keeps answering while Microsoft Learn is slow", async () => {
  // The dialog of the last test is still open: paste the next link there.
  if ((await s.count("[data-testid=learn-import-dialog]")) === 0) await s.click("[data-testid=settings-learn-import]");
  await s.type("[data-testid=transcript-link]", `learn.microsoft.com/en-us/users/ana-lima/transcript/${SLOW}`);
  await s.click("[data-testid=transcript-fetch]");
  await s.waitUntil(async () => learn.requests.some((r) => r.url.includes(SLOW)), "the request is out");
  // The fetch waits on the server; the app's commands and the page still answer at once.
  for (const command of ["get_settings", "get_dashboard", "list_backups"]) {
    const { answer, ms } = await timedInvoke(command, command === "get_dashboard" ? { limit: 5, focus: null } : {});
    assert.ok(!answer?.error, `${command}: ${JSON.stringify(answer)}`);
    assert.ok(ms < 2000, `${command} answered in ${ms} ms while the fetch waits`);
  }
  assert.equal(await s.script("return document.querySelector('[data-testid=transcript-fetch]') !== null"), true);
  await shot("learn-import-waiting-en");
});
