// What Orca says (issue 30): Debian's Orca 43 runs headless here on the tests' private buses, with
// no synthesizer (speech servers turned off), and writes each utterance to its debug file as
// `SPEECH OUTPUT: '…'`; the keys a user presses are sent with xdotool. The journeys a
// screen-reader user takes, checked by what Orca says: Tab through the first-run guide and the
// dashboard, structural navigation (headings, lists, list items, landmarks), reading the dashboard
// from its heading to the end, and the in-app notice of a reminder when it appears.
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { bin } from "./journey.mjs";
import { startAccessibilityBus } from "./processes.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const work = mkdtempSync(join(tmpdir(), "recert-orca-"));
const speech = join(work, "speech.txt");
// The bridge on; Orca's settings, data and GSettings its own.
const env = { ...process.env, LANG: "C", RECERT_STARTUP_PROBE: "1", RECERT_SINGLE_PROCESS: "1", GSETTINGS_BACKEND: "memory", XDG_DATA_HOME: join(work, "share"), XDG_CONFIG_HOME: join(work, "config") };
delete env.NO_AT_BRIDGE;
const started = [];

// Orca refuses to start beside the user's own Orca (and --replace would end the user's): on a
// machine where one runs, these tests cannot run, and say why.
const otherOrca = spawnSync("pgrep", ["-u", String(process.getuid()), "-x", "orca"]).status === 0;
const skip = otherOrca && "the user's own Orca is running";

const CARDS = [
  { title: "Microsoft Certified: Azure Administrator Associate", status: "Renewal open", expires: "Expires 2027-03-14", left: "112 days left" },
  { title: "Microsoft Certified: Azure Network Engineer Associate", status: "Active", expires: "Expires 2027-08-01", left: "252 days left" },
  { title: "Microsoft Certified: Azure Fundamentals", status: "Does not expire", expires: "Never expires", left: null },
];

/** Everything Orca has said, one utterance an entry. An utterance may span lines; it ends at the
 *  quote that closes its line (followed by its voice, or by nothing). */
function said() {
  if (!existsSync(speech)) return [];
  const log = readFileSync(speech, "utf8");
  return [...log.matchAll(/SPEECH OUTPUT: '([\s\S]*?)' ?(?:\[?\{[^\n]*)?$/gm)].map((m) => m[1].replace(/\s+/g, " ").trim());
}

/** What Orca has said since `mark` (a count of utterances), keys it echoed left out. */
const since = (mark) => said().slice(mark).filter((u) => !/^[a-z+]+$|^(left |right )?shift$|^plus$|^tab$|^return$|^space$|^down$/i.test(u));

async function until(what, pred, ms = 30000) {
  for (let waited = 0; waited < ms; waited += 200) {
    if (pred()) return;
    await sleep(200);
  }
  throw new Error(`${what}; Orca said: ${JSON.stringify(said().slice(-12))}`);
}

/** Keys as a user presses them (xdotool's names), one at a time. */
async function press(...keys) {
  for (const k of keys) {
    execFileSync("xdotool", ["key", k], { env });
    // Orca drops a focus it had no time to say when the next comes at once.
    await sleep(600);
  }
}

/** Presses `key` until Orca has said something `pred` accepts (since `mark`); returns it. */
async function pressUntil(key, pred, mark, what, tries = 40) {
  for (let i = 0; i < tries; i++) {
    const hit = since(mark).find(pred);
    if (hit) return hit;
    await press(key);
  }
  await sleep(500);
  const hit = since(mark).find(pred);
  if (hit) return hit;
  throw new Error(`${what}: not said after ${tries} × ${key}; Orca said: ${JSON.stringify(since(mark).slice(-15))}`);
}

before(async () => {
  if (skip) return;
  started.push(startAccessibilityBus(env));
  // No speech server (no synthesizer here): Orca still logs every utterance. Its hang guard off:
  // a slow start on a busy machine is not a hang. Its debug file line-buffered, to be read live.
  mkdirSync(join(env.XDG_DATA_HOME, "orca"), { recursive: true });
  writeFileSync(join(env.XDG_DATA_HOME, "orca", "orca-customizations.py"), [
    "import orca.settings, orca.debug",
    "orca.settings.timeoutTime = 0",
    'orca.settings.speechServerFactory = "none"',
    "orca.settings.speechFactoryModules = []",
    `orca.debug.debugFile = open(${JSON.stringify(speech)}, "w", buffering=1)`,
    "",
  ].join("\n"));
  started.push(spawn("orca", ["--debug-file", join(work, "orca-debug.txt")], { stdio: "ignore", env }));
  await until("Orca did not start", () => said().some((u) => u.startsWith("Screen reader on")));
});

after(() => {
  for (const p of started.reverse()) p.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

let apps = 0;
/** Recert on idle-three.json changed by `edit` (null: no data, the first-run guide), showing its
 *  first screen; returns the mark from which what Orca says about it counts. */
async function launch(t, edit = (d) => d) {
  const data = join(work, `data-${++apps}`);
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/idle-three.json"), "utf8"));
  const changed = edit(fixture);
  if (changed) {
    writeFileSync(join(work, `in-${apps}.json`), JSON.stringify(changed));
    execFileSync(bin, ["import", join(work, `in-${apps}.json`), "--data-dir", data, "--today", "2026-11-22"], { env });
  }
  const mark = said().length;
  const app = spawn(bin, ["--data-dir", data, "--today", "2026-11-22"], { stdio: ["ignore", "pipe", "ignore"], env });
  started.push(app);
  t.after(async () => {
    app.kill();
    await new Promise((r) => (app.exitCode !== null ? r() : app.once("exit", r)));
  });
  let out = "";
  app.stdout.on("data", (b) => (out += b));
  await until("the first screen was not painted", () => out.includes("painted\n"));
  // Orca says the window ("Recert frame"), or what has the focus in it first (a notice).
  await until("Orca did not announce the window", () => since(mark).length > 0);
  await sleep(1000);
  app.output = () => out;
  return mark;
}

test("Orca, tabbing through the first-run guide: each control says what it does, and each switch its state", { skip }, async (t) => {
  const mark = await launch(t, () => null);
  await pressUntil("Tab", (u) => u.startsWith("Look for updates of Recert"), mark, "the last switch");
  const heard = since(mark);
  for (const name of ["Add by hand push button", "Browse the catalog push button", "Profiles push button"]) {
    assert.ok(heard.some((u) => u.startsWith(name)), `"${name}" was not said: ${JSON.stringify(heard)}`);
  }
  for (const name of ["Keep in step with Microsoft Learn by itself", "Start Recert when I sign in", "Look for updates of Recert"]) {
    const u = heard.find((x) => x.startsWith(name));
    assert.ok(u && /check box not checked/.test(u), `the switch "${name}" does not say it is off: ${JSON.stringify(u)}`);
  }
  // Its hint is said with it: where Recert goes at sign-in.
  assert.ok(heard.some((u) => u.startsWith("At sign-in Recert starts in the tray")), `the autostart hint was not said: ${JSON.stringify(heard)}`);
});

test("Orca, tabbing through the dashboard: the list and its count, and each control with its certification", { skip }, async (t) => {
  // Reminders muted: no notice takes the focus first.
  const mark = await launch(t, (d) => (d.holdings.forEach((h) => (h.muted = true)), d));
  await pressUntil("Tab", (u) => u.startsWith(`Remove ${CARDS[2].title}`), mark, "the third card's Remove");
  const heard = since(mark);
  assert.ok(heard.some((u) => /^List with 3 items/.test(u)), `the cards were not announced as a list of three: ${JSON.stringify(heard)}`);
  for (const action of ["Edit", "Remove", "Why?"]) {
    const spoken = heard.filter((u) => u.startsWith(`${action} `));
    assert.equal(spoken.length, 3, `${action}: ${JSON.stringify(spoken)}`);
    for (const [i, u] of spoken.entries()) assert.ok(u.includes(CARDS[i].title), `"${u}" does not say which certification`);
  }
});

test("Orca's structural navigation finds the headings, lists, list items and named landmarks, and reading from the heading says every card", { skip }, async (t) => {
  const mark = await launch(t, (d) => (d.holdings.forEach((h) => (h.muted = true)), d));
  // Into the page, then H from heading to heading.
  await press("Tab");
  await pressUntil("h", (u) => u === "Certifications heading level 1.", mark, "the screen's heading");
  for (const card of CARDS) await pressUntil("h", (u) => u === `${card.title} heading level 2.`, mark, `${card.title}'s heading`, 6);
  // L: the counts (four) and the cards (three); I: each card as a list item, by its title.
  await pressUntil("l", (u) => /^List with 4 items/.test(u), mark, "the counts' list", 4);
  await pressUntil("l", (u) => /^List with 3 items/.test(u), mark, "the cards' list", 4);
  for (const card of CARDS) await pressUntil("i", (u) => u.startsWith(card.title) && !u.includes("heading"), mark, `${card.title}'s list item`, 8);
  // M: the landmarks, the main one named after its screen.
  await pressUntil("m", (u) => u === "landmark Certifications.", mark, "the main landmark, named", 6);

  // Back to the heading, then Say All (the desktop layout's KP_Add) reads to the end.
  await pressUntil("h", (u) => u === "Certifications heading level 1.", said().length, "the heading again", 8);
  const reading = said().length;
  await press("KP_Add");
  await until("Say All did not reach the last card", () => since(reading).some((u) => u.includes(CARDS[2].expires)), 20000);
  await press("Control_L");
  const heard = since(reading).join(" | ");
  let at = 0;
  // (Not each status: Orca 43's Say All in a web view reads by visual line, and sometimes skips
  // the status badge beside a card's title; H, I and Tab say it.)
  for (const card of CARDS) {
    for (const part of [card.title, card.expires, card.left].filter(Boolean)) {
      const found = heard.indexOf(part, at);
      assert.ok(found >= 0, `reading from the heading did not say "${part}" (in order): ${heard}`);
      at = found;
    }
  }
});

test("Orca says the in-app notice of a reminder when it appears in the open window at start-up (the reminder pass runs once the first screen is painted)", { skip }, async (t) => {
  // No notification service on these buses: the due reminder is shown in the window.
  const notice = "Renewal open: Microsoft Certified: Azure Administrator Associate";
  const mark = await launch(t);
  await until("the notice at start-up was not said", () => since(mark).some((u) => u.includes(notice)), 15000);
  const first = since(mark).find((u) => u.includes(notice));
  assert.ok(/^notification/.test(first), `said, but not as a notification: ${first}`);
  assert.ok(since(mark).some((u) => u.includes("by 2027-03-14 (112 days left)")), `its body was not said: ${JSON.stringify(since(mark))}`);
  t.diagnostic(`at start-up: ${JSON.stringify(since(mark).slice(0, 4))}`);
});

/** Digits typed as a user types them (xdotool remaps the keyboard for keys Xvfb's map has not,
 *  such as "-": digits need none). */
function typeDigits(text) {
  execFileSync("xdotool", ["key", "--delay", "80", ...text], { env });
}

test("Orca, the add form with an impossible date: the error is said once, and Shift+Tab leads back to its field", { skip }, async (t) => {
  const mark = await launch(t, (d) => (d.holdings.forEach((h) => (h.muted = true)), d));
  await pressUntil("Tab", (u) => u.startsWith("Add certification push button"), mark, "Add certification");
  let from = said().length;
  await press("Return");
  await until("the add form was not said", () => since(from).some((u) => /combo box/.test(u)), 10000);
  typeDigits("104");
  // Down once the results have come (the search answers as the user types), then Enter takes it.
  await sleep(1000);
  await pressUntil("Down", (u) => u.startsWith("Microsoft Certified: Azure Administrator Associate AZ-104"), from, "the result, active", 3);
  await press("Return");
  // The field says its name, that it is required, and its hint (not its own value, not the hint
  // twice).
  const earned = await pressUntil("Tab", (u) => u.startsWith("Earned on"), from, "the Earned on field", 6);
  assert.equal(earned, "Earned on entry YYYY-MM-DD required.");
  typeDigits("20260230");
  from = said().length;
  await press("Return");
  const error = "Earned on: 20260230 is not a date";
  await until("the error was not said", () => since(from).some((u) => u.includes(error)), 10000);
  await sleep(1500);
  assert.deepEqual(since(from).filter((u) => u.includes(error)), [`notification ${error}.`], `not said once: ${JSON.stringify(since(from))}`);
  // Right after its field: Shift+Tab is back in it (Orca 43 then says the text it selects).
  from = said().length;
  await press("shift+Tab");
  await until("Shift+Tab did not reach the field", () => since(from).includes("20260230"), 5000);
});

test("Orca, the renewal dialog and an import preview are said with their names and what they are about", { skip }, async (t) => {
  const mark = await launch(t, (d) => (d.holdings.forEach((h) => (h.muted = true)), d));
  await pressUntil("Tab", (u) => u.startsWith(`Renewal… ${CARDS[0].title}`), mark, "the first card's Renewal…");
  let from = said().length;
  await press("Return");
  await until("the renewal dialog was not said", () => since(from).some((u) => u === `Renewal: ${CARDS[0].title} dialog`), 10000);
  await until("the focus is not in its date", () => since(from).some((u) => u.startsWith("Passed on entry")), 5000);
  await press("Escape");

  // Settings, then Restore today's backup: the import preview says what it would change.
  from = said().length;
  await pressUntil("shift+Tab", (u) => u.startsWith("Settings push button"), from, "Settings in the navigation");
  await press("Return");
  from = said().length;
  await pressUntil("Tab", (u) => u.startsWith("Restore"), from, "a backup's Restore", 60);
  from = said().length;
  await press("Return");
  await until("the import preview was not said", () => since(from).some((u) => u.startsWith("Import this file? dialog") && u.includes("3 unchanged")), 10000);
  await press("Escape");
});
