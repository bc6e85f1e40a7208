// What Orca says (issue 30): Debian's Orca 43 runs headless here on the tests' private buses, with
// no synthesizer (speech servers turned off), and writes each utterance to its debug file as
// `SPEECH OUTPUT: '…'`; the keys a user presses are sent with xdotool. Tabbing through the
// dashboard, each control must say what it acts on, and the cards must be announced as a list with
// their count.
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { bin } from "./journey.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const work = mkdtempSync(join(tmpdir(), "recert-orca-"));
const speech = join(work, "speech.txt");
// The bridge on; Orca's settings, data and GSettings its own.
const env = { ...process.env, LANG: "C", RECERT_STARTUP_PROBE: "1", RECERT_SINGLE_PROCESS: "1", GSETTINGS_BACKEND: "memory", XDG_DATA_HOME: join(work, "share"), XDG_CONFIG_HOME: join(work, "config") };
delete env.NO_AT_BRIDGE;
const started = [];

after(() => {
  for (const p of started.reverse()) p.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

/** What Orca has said so far, one utterance a line. */
function said() {
  if (!existsSync(speech)) return [];
  return [...readFileSync(speech, "utf8").matchAll(/SPEECH OUTPUT: '(.*)'/g)].map((m) => m[1]);
}

async function until(what, pred, ms = 30000) {
  for (let waited = 0; waited < ms; waited += 200) {
    if (pred()) return;
    await sleep(200);
  }
  throw new Error(`${what}; Orca said: ${JSON.stringify(said().slice(-10))}`);
}

// Orca refuses to start beside the user's own Orca (and --replace would end the user's): on a
// machine where one runs, this test cannot run, and says why.
const otherOrca = spawnSync("pgrep", ["-u", String(process.getuid()), "-x", "orca"]).status === 0;

test("Orca, tabbing through the dashboard: the list and its count, and each control with its certification", { skip: otherOrca && "the user's own Orca is running" }, async () => {
  started.push(spawn("/usr/libexec/at-spi-bus-launcher", [], { stdio: "ignore", env }));
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

  const data = join(work, "data");
  execFileSync(bin, ["import", join(import.meta.dirname, "fixtures/idle-three.json"), "--data-dir", data, "--today", "2026-11-22"], { env });
  const app = spawn(bin, ["--data-dir", data, "--today", "2026-11-22"], { stdio: ["ignore", "pipe", "ignore"], env });
  started.push(app);
  let out = "";
  app.stdout.on("data", (b) => (out += b));
  await until("the dashboard was not painted", () => out.includes("painted\n"));
  await until("Orca did not announce the window", () => said().some((u) => u.startsWith("Recert frame")));

  // Tab, as a user does, until the third card's Remove has been said.
  for (let i = 0; i < 40 && !said().some((u) => u.startsWith("Remove Microsoft Certified: Azure Fundamentals")); i++) {
    execFileSync("xdotool", ["key", "Tab"], { env });
    await sleep(400);
  }
  const heard = said();
  assert.ok(heard.some((u) => /^List with 3 items/.test(u)), `the cards were not announced as a list of three: ${JSON.stringify(heard)}`);
  const titles = ["Microsoft Certified: Azure Administrator Associate", "Microsoft Certified: Azure Network Engineer Associate", "Microsoft Certified: Azure Fundamentals"];
  for (const action of ["Edit", "Remove", "Why?"]) {
    const spoken = heard.filter((u) => u.startsWith(`${action} `));
    assert.equal(spoken.length, 3, `${action}: ${JSON.stringify(spoken)}`);
    for (const [i, u] of spoken.entries()) assert.ok(u.includes(titles[i]), `"${u}" does not say which certification`);
  }
});
