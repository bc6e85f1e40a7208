// "Keep in step with Microsoft Learn" in the real app: the switch in the first-run guide (off),
// an import by share link that Recert keeps, the switch and "Read now" in Settings against a
// loopback Microsoft Learn, each link's "last read" and what it changed, in English, Japanese and
// Traditional Chinese, and the dashboard's line.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startLearn } from "./learn-server.mjs";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const ID = "sync00000001";
const LINK = `https://learn.microsoft.com/en-us/users/ana-lima/transcript/${ID}`;
const answer = (expiration) =>
  Buffer.from(
    JSON.stringify({
      certificationData: {
        activeCertifications: [{ name: "Microsoft Certified: Azure Administrator Associate", status: "Active", dateEarned: "2026-01-10T10:00:00+00:00", expiration }],
      },
    }),
  );
const shared = { [ID]: answer("2027-01-10T23:59:59+00:00") };
const dataDir = mkdtempSync(join(tmpdir(), "recert-sync-"));
let learn;
let driver;
let s;
const { rerender, open, shot } = journey(() => s);

before(async () => {
  learn = await startLearn(shared);
  driver = await startDriver();
  s = await Session.start(driver.base, bin, ["--data-dir", dataDir, "--today", "2026-12-06"]);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  learn?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test("the first-run guide offers the switch, off, and leads with the import", async () => {
  await s.waitFor("[data-testid=empty-dashboard]");
  assert.equal(await s.script("return document.querySelector('[data-testid=sync-switch]').checked"), false);
  assert.equal(await s.script("return document.querySelector('[data-testid=learn-import]').classList.contains('primary')"), true);
  assert.equal(learn.requests.length, 0, "nothing read without the user");
  await shot("first-run-en");
});

test("an import by link is kept; the switch and Read now say when each link was last read, in three languages", async () => {
  await s.click("[data-testid=learn-import]");
  await s.type("[data-testid=transcript-link]", `  ${LINK.replace("https://", "")}  `);
  await s.click("[data-testid=transcript-fetch]");
  await s.waitFor("[data-testid=transcript-counts]");
  await rerender(() => s.click("[data-testid=transcript-apply]"));
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 1, "the card");

  await open("settings");
  assert.equal(await s.script("return document.querySelector('[data-testid=own-link]').value"), LINK, "the link is kept, as a link");
  await rerender(() => s.click("[data-testid=sync-switch]"));
  await s.waitFor("[data-testid=sync-switch]:checked");
  // Renewed on Learn meanwhile: Read now brings it.
  shared[ID] = answer("2028-01-10T23:59:59+00:00");
  const before = learn.requests.length;
  await s.click("[data-testid=sync-now]");
  await s.waitUntil(async () => ((await s.text("[data-testid=sync-links]")) ?? "").includes("1 updated"), "the read and its change");
  assert.equal(learn.requests.length, before + 1);
  assert.match(await s.text("[data-testid=sync-links]"), /^Me — read today · last change .*: 0 added, 1 updated$/);
  await s.script("document.querySelector('[data-testid=sync-settings]').scrollIntoView({ block: 'center' })");
  await shot("settings-sync-en");

  for (const [lang, said] of [["ja", "今日読み込み済み"], ["zh-TW", "今天已讀取"]]) {
    await rerender(() => s.choose("[data-testid=language]", lang));
    await s.waitUntil(async () => ((await s.text("[data-testid=sync-links]")) ?? "").includes(said), `${lang}: ${said}`);
    await s.script("document.querySelector('[data-testid=sync-settings]').scrollIntoView({ block: 'center' })");
    await shot(`settings-sync-${lang}`);
  }
  await rerender(() => s.choose("[data-testid=language]", "en"));
  await open("dashboard");
  await s.waitFor("[data-testid=sync-line]");
  assert.match(await s.text("[data-testid=sync-line]"), /^Microsoft Learn: read today/);
  assert.match(await s.text("[data-testid=holding] [data-testid=expires]"), /2028-01-10/);
  await shot("dashboard-sync-en");
});

/** The pids of processes named `comm` working on `dir`. */
function running(comm, dir) {
  return readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/comm`, "utf8").trim() === comm && readFileSync(`/proc/${p}/cmdline`, "utf8").includes(dir);
      } catch {
        return false; // Gone meanwhile.
      }
    })
    .map(Number);
}

test("with no window, the tray process keeps in step by itself: a link due is read and applied", async () => {
  await s.quit();
  s = null;
  // Two days on, the link is due; Learn now lists a second certification.
  shared[ID] = Buffer.from(
    JSON.stringify({
      certificationData: {
        activeCertifications: [
          { name: "Microsoft Certified: Azure Administrator Associate", status: "Active", dateEarned: "2026-01-10T10:00:00+00:00", expiration: "2028-01-10T23:59:59+00:00" },
          { name: "Microsoft Certified: Azure Fundamentals", status: "Active", dateEarned: "2025-06-01T10:00:00+00:00" },
        ],
      },
    }),
  );
  const before = learn.requests.length;
  const args = ["--data-dir", dataDir, "--today", "2026-12-08"];
  const tray = spawn(bin, ["--hidden", ...args], { stdio: "ignore", env: { ...process.env, LANG: "C" } });
  try {
    const deadline = Date.now() + 30000;
    while (learn.requests.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.equal(learn.requests.length, before + 1, "the tray process read the link once");
    assert.deepEqual(running("recert", dataDir), [], "no window process: the tray process read it");
    assert.equal(running("recert-tray", dataDir).length, 1);
    // Applied: the CLI finds both (it waits for the pass to close the store).
    const exported = join(dataDir, "after-tray.json");
    let held = [];
    while (held.length < 2 && Date.now() < deadline) {
      execFileSync(bin, ["export", exported, ...args]);
      held = JSON.parse(readFileSync(exported, "utf8")).holdings;
      if (held.length < 2) await new Promise((r) => setTimeout(r, 300));
    }
    assert.deepEqual(held.map((h) => h.certification).sort(), ["certification.azure-administrator", "certification.azure-fundamentals"]);
  } finally {
    for (const pid of running("recert-tray", dataDir)) process.kill(pid, "SIGTERM");
    tray.kill("SIGTERM");
  }
});
