// What assistive technology reads (issue 30): a screen reader does not read the DOM but the AT-SPI
// tree WebKitGTK builds from it, which the other journeys turn off (NO_AT_BRIDGE=1). Here the
// accessibility bus is started (at-spi-bus-launcher, on the tests' private session bus) and Recert
// runs with the bridge on; tests/support/atspi_tree.py reads its tree as Orca would, and the
// dashboard is checked in three languages: every control has a name in the page's language, each
// card's actions name their certification, lists are lists with their items, the header's date
// and each card's status and days left are in the tree, and no toggle says one thing while its
// state says another. Then, through WebDriver: dialogs are named and modal with every field and
// control named and an error said once; the catalog search is an expanded combobox whose active
// option the tree marks; the timeline's table has column and row headers.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { bin } from "./journey.mjs";
import { startAccessibilityBus } from "./processes.mjs";
import { KEYS, Session, startDriver } from "./webdriver.mjs";

const root = resolve(import.meta.dirname, "../..");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The bridge on: everything else as the other journeys run Recert.
const env = { ...process.env, LANG: "C", RECERT_STARTUP_PROBE: "1", RECERT_SINGLE_PROCESS: "1" };
delete env.NO_AT_BRIDGE;
const dirs = [];
let launcher;

before(() => {
  launcher = startAccessibilityBus(env);
});

after(() => {
  launcher?.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The UI's own catalog for `lang`, as id → text (simple messages only). */
function catalog(lang) {
  const out = {};
  for (const line of readFileSync(join(root, "ui/locales", `${lang}.ftl`), "utf8").split("\n")) {
    const m = /^([a-z][a-z0-9_-]*) = (.*)$/.exec(line);
    if (m && !m[2].includes("{")) out[m[1]] = m[2];
  }
  return out;
}

/** Recert on the three certifications of idle-three.json, in `lang`, showing its dashboard. */
async function start(lang) {
  const dir = mkdtempSync(join(tmpdir(), "recert-atspi-"));
  dirs.push(dir);
  const data = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/idle-three.json"), "utf8"));
  data.settings.language = lang;
  // One muted certification: its toggle must say what it does in the state it is in.
  data.holdings[1].muted = true;
  writeFileSync(join(dir, "in.json"), JSON.stringify(data));
  execFileSync(bin, ["import", join(dir, "in.json"), "--data-dir", join(dir, "data"), "--today", "2026-11-22"], { env });
  const app = spawn(bin, ["--data-dir", join(dir, "data"), "--today", "2026-11-22"], { stdio: ["ignore", "pipe", "ignore"], env });
  let out = "";
  app.stdout.on("data", (b) => (out += b));
  for (let i = 0; i < 300 && !out.includes("painted\n"); i++) await sleep(100);
  assert.ok(out.includes("painted\n"), "the dashboard was not painted");
  return app;
}

/** Ends Recert and waits until it has gone: the next language's Recert would otherwise find it
 * still holding the single-instance name and hand over to it. */
async function stop(app) {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const gone = new Promise((r) => app.once("exit", r));
  app.kill();
  const timer = setTimeout(() => app.kill("SIGKILL"), 10000);
  await gone;
  clearTimeout(timer);
}

/** The tree of the one Recert on the bus, as it is now. */
function treeNow(pid) {
  const args = [join(root, "tests/support/atspi_tree.py"), "recert"];
  if (pid) args.push(String(pid));
  return JSON.parse(execFileSync("/usr/bin/python3", args, { env, encoding: "utf8" }));
}

/** The tree as AT-SPI has it (Debian's pyatspi), once the cards are in it. */
async function tree(app) {
  for (let i = 0; i < 40; i++) {
    const t = treeNow(app.pid);
    if (all(t, (n) => n.role === "heading" && n.tag === "h2").length === 3) return t;
    await sleep(250);
  }
  throw new Error("the cards never reached the accessibility tree");
}

function all(node, pred, out = []) {
  if (pred(node)) out.push(node);
  for (const c of node.children ?? []) all(c, pred, out);
  return out;
}

/** Each screen's dialogs: [the control that opens it, the dialog]. */
const DIALOGS = {
  team: [["team-add-person", "person-dialog"]],
  plans: [["exam-book", "booking"]],
  settings: [["settings-learn-import", "learn-import-dialog"], ["forget", "forget-dialog"]],
};

const CONTROLS = ["push button", "toggle button", "link", "check box", "radio button", "combo box", "entry", "menu item", "spin button"];

for (const lang of ["en", "ja", "zh-TW"]) {
  test(`the dashboard as a screen reader reads it: ${lang}`, async () => {
    const app = await start(lang);
    try {
      const t = await tree(app);
      const text = catalog(lang);
      // Every control has a name.
      const unnamed = all(t, (n) => CONTROLS.includes(n.role) && !n.name.trim());
      assert.deepEqual(unnamed.map((n) => `${n.role} (${n.tag})`), [], "controls without a name");
      // The header's date: visible, so in the tree.
      assert.ok(all(t, (n) => (n.text ?? "").includes("2026")).some((n) => n.text.includes(lang === "en" ? "2026-11-22" : "2026年11月22日")), "the header's date is not in the tree");
      // The cards are a list of three, each a list item.
      const lists = all(t, (n) => n.role === "list");
      const cards = lists.find((l) => (l.children ?? []).some((c) => all(c, (n) => n.role === "heading" && n.tag === "h2").length));
      assert.ok(cards, `the cards are not a list: lists are ${JSON.stringify(lists.map((l) => l.name))}`);
      const items = cards.children.filter((c) => c.role === "list item");
      assert.equal(items.length, 3);
      for (const item of items) {
        const title = all(item, (n) => n.role === "heading")[0].name;
        // Each action names what it acts on.
        const actions = all(item, (n) => CONTROLS.includes(n.role) && n.tag === "button");
        assert.ok(actions.length >= 3, title);
        for (const a of actions) assert.ok(a.name.includes(title), `"${a.name}" does not say it is about ${title}`);
        assert.ok(actions.some((a) => a.name.startsWith(text["action-edit"])), `no ${text["action-edit"]} for ${title}`);
        // The status is a piece of the tree of its own, not only part of the item's name.
        const nodes = all(item, (n) => n !== item && n.text);
        assert.ok(nodes.some((n) => Object.keys(text).some((id) => id.startsWith("status-") && n.text === text[id])), `no status node for ${title}`);
      }
      // Days left, where the certification expires.
      assert.ok(all(t, (n) => /\d/.test(n.text ?? "") && n.role === "paragraph").length >= 3);
      // No toggle whose name says the opposite of its state: the muted card's button says
      // "Unmute", and nothing called "Mute…" is pressed.
      for (const n of all(t, (n) => n.role === "toggle button")) {
        assert.ok(!n.name.startsWith(text["card-unmute"]), `a toggle named ${n.name}`);
      }
      const unmute = all(t, (n) => CONTROLS.includes(n.role) && n.name.startsWith(text["card-unmute"]));
      assert.equal(unmute.length, 1, "the muted card's button does not say Unmute");
      assert.ok(!unmute[0].states.includes("pressed") && !unmute[0].states.includes("checked"), JSON.stringify(unmute[0]));
      // The counts at the top are a list too.
      assert.ok(lists.some((l) => l.children?.filter((c) => c.role === "list item").length === 4), "the counts are not a list of four");
    } finally {
      await stop(app);
    }
  });
}

for (const lang of ["en", "ja", "zh-TW"]) test(`${lang}: dialogs, the catalog combobox, states and the timeline's table as a screen reader reads them`, async () => {
  const text = catalog(lang);
  // Driven through WebDriver, with the bridge on for the app the driver starts.
  const driver = await startDriver(env);
  const dir = mkdtempSync(join(tmpdir(), "recert-atspi-"));
  dirs.push(dir);
  const args = ["--data-dir", join(dir, "data"), "--today", "2026-11-22"];
  // Three certifications, one being worked on and someone else's (as the axe journey has them), so
  // the team and plans screens have something to read.
  const data = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/idle-three.json"), "utf8"));
  data.version = 3;
  data.settings.language = lang;
  data.people = [{ id: "u1", name: "Ana Souza", remind: false, holdings: [{ id: "a1", certification: "certification.azure-administrator", custom_title: null, kind: "role-based", earned_on: "2025-12-20" }] }];
  data.plans = [{ id: "p1", certification: "certification.azure-solutions-architect", started_on: "2026-11-01", exams: [{ exam: "exam.az-305", booking: null, attempts: [], revision: 0 }] }];
  writeFileSync(join(dir, "in.json"), JSON.stringify(data));
  execFileSync(bin, ["import", join(dir, "in.json"), ...args], { env });
  const s = await Session.start(driver.base, bin, args);
  try {
    await s.waitFor("[data-testid=holding]");
    /** The open dialog's node, once its content is in the tree. */
    const dialog = async (what) => {
      // (WebKit may mark it modal a moment after its content is in the tree.)
      let last;
      for (let i = 0; i < 40; i++) {
        const found = all(treeNow(), (n) => n.role === "dialog");
        if (found.length === 1 && all(found[0], (n) => CONTROLS.includes(n.role)).length > 1) {
          last = found[0];
          if (last.states.includes("modal")) return last;
        }
        await sleep(250);
      }
      if (last) return last;
      throw new Error(`${what}: no one dialog in the tree`);
    };
    const check = (d, what) => {
      assert.ok(d.name.trim(), `${what}: the dialog has no name`);
      assert.ok(d.states.includes("modal"), `${what}: the dialog is not modal: ${d.states}`);
      const unnamed = all(d, (n) => CONTROLS.includes(n.role) && !n.name.trim());
      assert.deepEqual(unnamed.map((n) => `${n.role} ${n.tag}`), [], `${what}: unnamed`);
    };
    // The add form; its catalog search is a combobox whose active option the tree names.
    await s.click("[data-testid=add-certification]");
    await s.waitFor("[data-testid=holding-form]");
    check(await dialog("add form"), "add form");
    await s.waitFor("[data-testid=catalog-result]");
    await s.click("[data-testid=catalog-search]");
    await s.keys([KEYS.down]);
    const active = await s.text("[data-testid=catalog-result][aria-selected=true], [data-testid=catalog-result].active");
    let combo;
    for (let i = 0; i < 40 && !combo; i++) {
      combo = all(await dialog("add form"), (n) => n.role === "combo box" && n.states.includes("expanded"))[0];
      if (!combo) await sleep(250);
    }
    assert.ok(combo, "the catalog search is not an expanded combo box");
    const options = all(await dialog("add form"), (n) => n.role === "list item" || n.role === "option" || n.role === "menu item");
    const current = options.filter((n) => n.states.includes("selected") || n.states.includes("focused") || n.states.includes("active"));
    // (WebKit names a listbox option by its text, its parts joined with a space.)
    const bare = (text) => text.replace(/\s+/g, "");
    assert.ok(current.some((n) => bare(n.name) === bare(active)), `the active option "${active}" is not marked in the tree: ${JSON.stringify(current.map((n) => [n.role, n.name, n.states]))}`);
    await s.click("[data-testid=catalog-result]");
    const required = all(await dialog("add form"), (n) => n.role === "entry" && n.name === text["field-earned_on"])[0];
    assert.ok(required?.states.includes("required"), `Earned on is not required: ${JSON.stringify(required)}`);
    await s.type("[data-testid=earned-on]", "2026-02-30");
    await s.click("[data-testid=save]");
    await s.waitFor("[data-testid=form-error]:not([hidden])");
    const form = await dialog("add form with an error");
    const message = await s.text("[data-testid=form-error]");
    const saying = all(form, (n) => (n.text ?? "").includes(message) && !(n.children ?? []).some((c) => (c.text ?? "").includes(message)));
    assert.equal(saying.length, 1, `the error is said ${saying.length} times: ${JSON.stringify(saying.map((n) => n.role))}`);
    // It is the field's: the entry is marked invalid and described by it (no alert to say it twice).
    const field = all(form, (n) => (n.description ?? "").includes(message));
    assert.equal(field.length, 1, `no one control described by the error: ${JSON.stringify(all(form, (n) => n.role === "entry" || /error|date/.test(n.name)).map((n) => [n.role, n.name, n.description, n.states]))}`);
    assert.ok(field[0].role === "entry" && field[0].name === text["field-earned_on"], `described: ${field[0].role} ${field[0].name}`);
    assert.ok(field[0].states.some((st) => /invalid/.test(st)), `the field is not marked invalid: ${field[0].states}`);
    await s.click("[data-testid=holding-form-close]");
    // A disclosure says whether it is open: Why? collapsed, then expanded.
    // The first card's (named "Why? …", then "Hide details …").
    const why = async () => all(treeNow(), (n) => n.role === "push button" && [text["action-why"], text["action-hide-why"]].some((l) => n.name.startsWith(`${l} `)))[0];
    // (Collapsed is expandable and not expanded: what Orca says as "collapsed".)
    const closed = (await why()).states;
    assert.ok(closed.includes("expandable") && !closed.includes("expanded"), `Why? is not collapsed: ${closed}`);
    await s.click("[data-testid=why]");
    await s.waitFor("[data-testid=why][aria-expanded=true]");
    let opened;
    for (let i = 0; i < 20 && !opened?.states.includes("expanded"); i++) {
      await sleep(250);
      opened = await why();
    }
    assert.ok(opened.states.includes("expanded"), `Why? is not expanded once open: ${opened.states}`);
    await s.click("[data-testid=why]");
    // The renewal dialog and a confirmation.
    await s.click("[data-testid=renew]");
    await s.waitFor("[data-testid=renewal]");
    check(await dialog("renewal"), "renewal");
    await s.click("[data-testid=renewal-close]");
    await s.click("[data-testid=remove]");
    await s.waitFor("[data-testid=remove-dialog]");
    check(await dialog("remove"), "remove confirmation");
    await s.click("[data-testid=remove-dialog-cancel]");
    // Every screen: each control named, no bulleted text that is not a list, nothing unnamed.
    for (const route of ["team", "catalog", "plans", "transcript", "profiles", "settings"]) {
      await s.click(`[data-testid=nav-${route}]`);
      await s.waitFor(`[data-testid=nav-${route}][aria-current=page]`);
      await sleep(500);
      const screen = all(treeNow(), (n) => n.role === "landmark" && n.tag === "main")[0] ?? treeNow();
      assert.ok(all(screen, (n) => CONTROLS.includes(n.role)).length > 0, `${route}: no control read`);
      const unnamed = all(screen, (n) => CONTROLS.includes(n.role) && !n.name.trim());
      assert.deepEqual(unnamed.map((n) => `${n.role} ${n.tag} ${JSON.stringify(n.text ?? "")}`), [], `${route}: controls without a name`);
      const items = all(screen, (n) => n.role === "list item" && n.tag === "li");
      const listed = all(screen, (n) => ["list", "list box", "tree"].includes(n.role)).flatMap((l) => l.children ?? []);
      const loose = items.filter((i) => !listed.includes(i));
      assert.equal(loose.length, 0, `${route}: list items outside a list: ${JSON.stringify(loose.map((i) => i.name).slice(0, 3))}`);
      // The screen's own dialogs: named, modal, every control named.
      for (const [opener, testid] of DIALOGS[route] ?? []) {
        await s.click(`[data-testid=${opener}]`);
        await s.waitFor(`[data-testid=${testid}]`);
        check(await dialog(testid), `${route}: ${testid}`);
        await s.click(`[data-testid=${testid}-close]`);
      }
    }
    // Settings: each switch checked as its setting is; an import preview (Restore) says what it
    // would change, and its Import, with nothing to change, is not available.
    const checked = await s.script("return [...document.querySelectorAll('main input[type=checkbox]')].map((b) => b.checked)");
    const boxes = all(treeNow(), (n) => n.role === "check box");
    assert.deepEqual(boxes.map((b) => b.states.includes("checked")), checked, `the switches' states: ${JSON.stringify(boxes.map((b) => [b.name, b.states]))}`);
    await s.waitFor("[data-testid=restore-backup]", 15000);
    // Mid-screen: scrolled to its top edge, the sticky header would take the click.
    await s.script("document.querySelector('[data-testid=restore-backup]').scrollIntoView({ block: 'center' })");
    await s.click("[data-testid=restore-backup]");
    await s.waitFor("[data-testid=import-dialog]");
    const preview = await dialog("import preview");
    check(preview, "import preview");
    assert.ok(/3/.test(preview.description ?? ""), `the preview does not describe the dialog with its counts: ${preview.description}`);
    const apply = all(preview, (n) => n.role === "push button" && n.name === text["import-apply"])[0];
    assert.ok(apply && !apply.states.includes("enabled"), `Import with nothing to change is not unavailable: ${JSON.stringify(apply)}`);
    await s.click("[data-testid=import-dialog-close]");
    // The timeline's table of periods and events (behind "Show as a table") has its headers.
    await s.click("[data-testid=nav-timeline]");
    await s.waitFor("[data-testid=timeline-table] summary");
    await s.click("[data-testid=timeline-table] summary");
    let table;
    for (let i = 0; i < 40 && !table; i++) {
      table = all(treeNow(), (n) => n.role === "table" && all(n, (c) => c.role === "column header").length >= 2)[0];
      if (!table) await sleep(250);
    }
    assert.ok(table, "the timeline's table has no column headers in the tree");
    assert.ok(table.name.trim(), "the timeline's table has no name");
    assert.ok(all(table, (c) => c.role === "row header").length >= 1, "the timeline's rows have no headers");
  } finally {
    await s.quit().catch(() => {});
    driver.stop();
  }
});
