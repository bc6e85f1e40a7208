// Several people in the real app: a data file brings the user's own certification and plan and
// Carla with hers; Ana is added by hand with two certifications; Bo comes from his shared Learn
// transcript, served by a loopback "Microsoft Learn", through "Refresh all". The team dashboard sorts
// everyone into the lead's buckets (en/ja/zh-TW, screenshots), filters by person, text and
// product; a reminder about Carla arrives only once asked for, says whose it is and its click
// opens her page; removing Ana asks first, naming how many certifications go.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startDaemon } from "./daemon.mjs";
import { startLearn } from "./learn-server.mjs";
import { KEYS, Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const fixture = join(import.meta.dirname, "fixtures/team.json");
const dir = mkdtempSync(join(tmpdir(), "recert-team-"));
const args = ["--data-dir", dir, "--today", "2026-11-24"];
const AZ104 = "Microsoft Certified: Azure Administrator Associate";
const BO = "bochenshare1";
const transcript = readFileSync(join(import.meta.dirname, "../integration/fixtures/transcripts/complete.json"));
let learn;
let driver;
let daemon;
let s;
const { open, rerender, shot } = journey(() => s);

before(async () => {
  // Bo's transcript is shared; any other link answers 404 (not shared).
  learn = await startLearn({ [BO]: transcript });
  driver = await startDriver();
  daemon = await startDaemon();
  execFileSync(bin, ["import", fixture, ...args], { env: { ...process.env, LANG: "C" } });
  s = await Session.start(driver.base, bin, args);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  daemon?.stop();
  learn?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** bucket id → ["person: title", ...] as shown. */
const buckets = () =>
  s.script(
    "return Object.fromEntries([...document.querySelectorAll('[data-testid=bucket]')].map((b) => [b.dataset.bucket, [...b.querySelectorAll('[data-testid=team-entry]')].map((e) => e.querySelector('[data-testid=team-entry-open]').textContent + ': ' + e.querySelector('[data-testid=team-entry-title]').textContent)]))",
  );

test("the team dashboard puts everyone's certifications in the lead's buckets; the user's own dashboard is unchanged", async () => {
  await s.waitFor(".screen[data-ready=dashboard]");
  assert.equal(await s.count("[data-testid=holding]"), 1, "only the user's own certification on their dashboard");
  await open("team");
  assert.deepEqual(await buckets(), {
    "renewal-open": [`Carla Núñez: ${AZ104}`, `Me: ${AZ104}`],
    "within-30": [`Carla Núñez: ${AZ104}`],
    "within-60": [`Me: ${AZ104}`],
    "within-90": [],
    "expired-recently": ["Carla Núñez: Microsoft Certified: Azure Developer Associate"],
    "working-on": ["Me: Microsoft Certified: Azure Solutions Architect Expert"],
  });
  assert.deepEqual(await s.script("return [...document.querySelectorAll('[data-testid=person-name]')].map((e) => e.textContent)"), ["Carla Núñez"]);
});

test("a person is added by hand, checked like any form, and given certifications", async () => {
  await s.click("[data-testid=team-add-person]");
  await s.waitFor("[data-testid=person-dialog]");
  await s.type("[data-testid=person-name-input]", "   ");
  await s.click("[data-testid=person-save]");
  await s.waitFor("[data-testid=person-error]:not([hidden])");
  assert.match(await s.text("[data-testid=person-error]"), /Name: is required/);
  await s.script("document.querySelector('[data-testid=person-name-input]').value = ''");
  await rerender(async () => {
    await s.type("[data-testid=person-name-input]", "Ana Souza");
    await s.click("[data-testid=person-save]");
  });
  const ana = await s.script("return [...document.querySelectorAll('[data-testid=person]')].find((p) => p.textContent.includes('Ana Souza')).dataset.id");
  await s.click(`[data-testid=person][data-id=${ana}] [data-testid=person-open]`);
  await s.waitFor("[data-testid=person-title]");
  assert.equal(await s.text("[data-testid=person-empty]"), "No certifications yet.");
  for (const [query, earned] of [
    ["AZ-104", "2026-02-20"],
    ["AZ-900", "2024-05-02"],
  ]) {
    await s.click("[data-testid=person-add-certification]");
    await s.type("[data-testid=catalog-search]", query);
    await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) === 1, `one result for ${query}`);
    await s.click("[data-testid=catalog-result]");
    await s.type("[data-testid=earned-on]", earned);
    await rerender(() => s.click("[data-testid=save]"));
    await s.waitFor("[data-testid=person-holdings]");
  }
  assert.equal(await s.count("[data-testid=person-holding]"), 2);
  assert.equal(await s.text("[data-testid=person-title]"), "Ana Souza");
  await shot("team-person");
  await s.click("[data-testid=team-back]");
  await s.waitFor("[data-testid=buckets]");
  assert.deepEqual((await buckets())["within-90"], [`Ana Souza: ${AZ104}`]);
  // The user's own dashboard still holds one certification.
  await open("dashboard");
  assert.equal(await s.count("[data-testid=holding]"), 1);
});

test("filters by person, text and product; the team screen in English, Japanese and Chinese", async () => {
  await open("team");
  await s.choose("[data-testid=team-filter-person]", "carla");
  await s.waitUntil(async () => (await buckets())["within-60"].length === 0, "only Carla");
  assert.deepEqual((await buckets())["renewal-open"], [`Carla Núñez: ${AZ104}`]);
  await s.choose("[data-testid=team-filter-person]", "");
  await s.type("[data-testid=team-filter-query]", "AZ-900");
  await s.waitUntil(async () => Object.values(await buckets()).every((b) => b.length === 0), "no AZ-900 in any bucket (it never expires)");
  await s.click("[data-testid=team-filter-clear]");
  await s.waitUntil(async () => (await buckets())["renewal-open"].length === 3, "everyone again");
  await s.choose("[data-testid=team-filter-product]", "azure");
  await s.waitUntil(async () => (await buckets())["working-on"].length === 1, "the Azure product keeps the AZ-305 plan");
  await s.click("[data-testid=team-filter-clear]");
  await s.waitUntil(async () => (await buckets())["renewal-open"].length === 3, "filters cleared");
  await shot("team");
  const heads = {
    ja: ["今すぐ更新可能", "30 日以内に失効", "自分"],
    "zh-TW": ["現在可以更新", "30 天內到期", "我"],
  };
  for (const lang of ["ja", "zh-TW"]) {
    await open("settings");
    await rerender(() => s.choose("[data-testid=language]", lang));
    await open("team");
    const text = await s.text("[data-testid=buckets]");
    for (const want of heads[lang]) assert.ok(text.includes(want), `${lang}: ${want} in ${text}`);
    await shot(`team-${lang}`);
  }
  await open("settings");
  await rerender(() => s.choose("[data-testid=language]", "en"));
});

test("a reminder about someone else comes only when asked for, says whose, and opens their page", async () => {
  // The user's own due reminder arrives first; nothing about Carla.
  await s.waitUntil(async () => daemon.calls.length >= 1, "the user's own reminder", 15000);
  assert.ok(daemon.calls.every((c) => !`${c.summary} ${c.body}`.includes("Carla")), JSON.stringify(daemon.calls));
  const before = daemon.calls.length;
  await open("team");
  await s.click("[data-testid=person][data-id=carla] [data-testid=person-remind]");
  const call = await s.waitUntil(async () => daemon.calls.slice(before).find((c) => `${c.summary}\n${c.body}`.includes("Carla Núñez: ")), "a reminder about Carla", 15000);
  assert.match(`${call.summary}\n${call.body}`, new RegExp(`Carla Núñez: ${AZ104}`));
  await open("dashboard");
  await s.waitUntil(async () => {
    daemon.invoke(call.id, "default");
    return (await s.count("[data-testid=person-title]")) === 1;
  }, "Carla's page after the click", 15000);
  assert.equal(await s.text("[data-testid=person-title]"), "Carla Núñez");
  assert.equal(await s.script("return document.querySelector('[data-testid=person-remind]').checked"), true);
});

test("removing a person asks first, naming how many certifications go, then removes them all", async () => {
  await open("team");
  const ana = await s.script("return [...document.querySelectorAll('[data-testid=person]')].find((p) => p.textContent.includes('Ana Souza')).dataset.id");
  await s.click(`[data-testid=person][data-id=${ana}] [data-testid=person-remove]`);
  await s.waitFor("[data-testid=person-remove-dialog]");
  assert.match(await s.text("[data-testid=person-remove-dialog]"), /Ana Souza is removed with 2 certifications, all at once/);
  await shot("team-remove-person");
  await s.keys([KEYS.escape]);
  await s.waitUntil(async () => (await s.count("[data-testid=person-remove-dialog]")) === 0, "the dialog to close");
  assert.equal(await s.count(`[data-testid=person][data-id=${ana}]`), 1, "Escape removes nothing");
  await s.click(`[data-testid=person][data-id=${ana}] [data-testid=person-remove]`);
  await s.waitFor("[data-testid=person-remove-dialog]");
  await rerender(() => s.click("[data-testid=person-remove-dialog-ok]"));
  await s.waitFor("[data-testid=buckets]");
  assert.equal(await s.count(`[data-testid=person][data-id=${ana}]`), 0);
  assert.ok(Object.values(await buckets()).flat().every((e) => !e.startsWith("Ana Souza")));
  // The export (version 3) holds Carla and not Ana.
  const file = join(dir, "team-export.json");
  execFileSync(bin, ["export", file, ...args], { env: { ...process.env, LANG: "C" }, timeout: 30000 });
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(exported.version, 3);
  assert.deepEqual(exported.people.map((p) => [p.name, p.remind, p.holdings.length]), [["Carla Núñez", true, 2]]);
});

test("a person from their shared transcript link: Refresh all reads each in turn, a failed link does not stop the others", async () => {
  await open("team");
  await s.click("[data-testid=team-add-person]");
  await s.waitFor("[data-testid=person-dialog]");
  await rerender(async () => {
    await s.type("[data-testid=person-name-input]", "Bo Chen");
    await s.click("[data-testid=person-save]");
  });
  const bo = await s.script("return [...document.querySelectorAll('[data-testid=person]')].find((p) => p.textContent.includes('Bo Chen')).dataset.id");
  const setLink = async (person, link) => {
    await open("team");
    await s.click(`[data-testid=person][data-id=${person}] [data-testid=person-open]`);
    await s.waitFor("[data-testid=person-link]");
    await s.type("[data-testid=person-link]", "https://example.com/transcript/x");
    await s.click("[data-testid=person-link-save]");
    await s.waitFor("[data-testid=person-link-error]:not([hidden])");
    assert.match(await s.text("[data-testid=person-link-error]"), /is not a shared transcript link/);
    await s.script("document.querySelector('[data-testid=person-link]').value = ''");
    await s.type("[data-testid=person-link]", link);
    await s.click("[data-testid=person-link-save]");
    await s.waitUntil(async () => !(await s.script("return document.querySelector('[data-testid=person-refresh]').disabled")), "the refresh button");
  };
  await setLink("carla", "https://learn.microsoft.com/en-us/users/carla/transcript/share/notshared");
  await setLink(bo, `https://learn.microsoft.com/en-us/users/bochen/transcript/share/${BO}`);
  assert.deepEqual(learn.requests, [], "saving a link sends nothing");

  await open("team");
  await s.click("[data-testid=team-refresh-all]");
  await s.waitFor("[data-testid=refresh-dialog]");
  await s.waitUntil(async () => (await s.count("[data-testid=refresh-result]")) === 2, "both transcripts read", 20000);
  assert.equal(await s.script("return document.querySelector('[data-testid=refresh-progress]').value"), 2);
  const carla = await s.text("[data-testid=refresh-result][data-person=carla]");
  assert.match(carla, /Carla Núñez — not refreshed: Microsoft Learn does not share this transcript/);
  assert.match(await s.text(`[data-testid=refresh-result][data-person=${bo}]`), /Bo Chen — From the transcript: 5 to add, 0 to update, 0 unchanged./);
  await shot("team-refresh");
  await rerender(() => s.click("[data-testid=refresh-apply]"));
  await s.waitUntil(async () => (await s.count("[data-testid=refresh-dialog]")) === 0, "the dialog to close");
  await s.click(`[data-testid=person][data-id=${bo}] [data-testid=person-open]`);
  await s.waitFor("[data-testid=person-holdings]");
  assert.equal(await s.count("[data-testid=person-holding]"), 5);
  // The user's own dashboard is untouched by someone else's transcript.
  await open("dashboard");
  assert.equal(await s.count("[data-testid=holding]"), 1);
});
