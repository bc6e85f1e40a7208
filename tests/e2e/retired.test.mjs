// A retired certification in the real app (shared/catalog-facts.md): DP-203's Azure Data Engineer
// Associate, retired 2025-03-31, held inside its last 180 days, is shown as active until it expires,
// never "renewal open", with the retirement and Microsoft's replacement in its reasons, in English,
// Japanese and Traditional Chinese; a certification whose renewal is open offers "Renew on
// Microsoft Learn".
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const dataDir = mkdtempSync(join(tmpdir(), "recert-retired-"));
let driver;
let s;
const { rerender, shot, addFromCatalog: add } = journey(() => s);

const card = (id) => `[data-testid=holding][data-status][data-id="${id}"]`;
const cardOf = (title) => s.script(`return [...document.querySelectorAll('[data-testid=holding]')].find((c) => c.textContent.includes(${JSON.stringify(title)}))?.dataset.id ?? null`);

before(async () => {
  driver = await startDriver();
  s = await Session.start(driver.base, bin, ["--data-dir", dataDir, "--today", "2025-05-01"]);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("a retired certification inside its last 180 days is active, with why and what instead", async () => {
  await s.waitFor("[data-testid=empty-dashboard]");
  await add("DP-203", "2024-09-10");
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 1, "the DP-203 card");
  await add("AZ-104", "2024-09-10");
  await s.waitUntil(async () => (await s.count("[data-testid=holding]")) === 2, "the AZ-104 card");
  const dp = await cardOf("Azure Data Engineer Associate");
  const az = await cardOf("Azure Administrator Associate");

  assert.equal(await s.script(`return document.querySelector('${card(dp)}').dataset.status`), "active");
  assert.equal(await s.count(`${card(dp)} [data-testid=renewable-now]`), 0);
  assert.equal(await s.count(`${card(dp)} [data-testid=renew-on-learn]`), 0);
  assert.equal(await s.count(`${card(dp)} [data-testid=renew]`), 0, "no renewal to record for a retired certification");
  assert.equal(await s.count(`${card(dp)} [data-testid=window-opens]`), 0, "no window for a retired certification");
  // The reasons arrive when "Why?" opens, and it closes again.
  await s.click(`${card(dp)} [data-testid=why]`);
  await s.waitFor(`${card(dp)} [data-testid=why][aria-expanded=true]`);
  const reasonIds = await s.script(`return [...document.querySelectorAll('${card(dp)} [data-reason]')].map((r) => r.dataset.reason)`);
  for (const id of ["reason-valid-no-renewal", "reason-retired", "reason-replaced-by"]) assert.ok(reasonIds.includes(id), `${id} in ${reasonIds}`);
  await s.click(`${card(dp)} [data-testid=why]`);
  await s.waitFor(`${card(dp)} [data-testid=why][aria-expanded=false]`);

  // The one that can be renewed says so, and links to Microsoft Learn.
  assert.equal(await s.script(`return document.querySelector('${card(az)}').dataset.status`), "renewal-open");
  assert.equal(await s.text(`${card(az)} [data-testid=renew-on-learn]`), "Renew on Microsoft Learn");
  assert.equal(await s.count(`${card(az)} [data-testid=renew]`), 1);

  const expected = {
    en: ["Retired on 2025-03-31", "Microsoft names Microsoft Certified: Fabric Data Engineer Associate as the certification to earn instead."],
    ja: ["2025年3月31日 に提供終了", "Microsoft は代わりに取得する認定資格として Microsoft Certified: Fabric Data Engineer Associate を挙げています。"],
    "zh-TW": ["Microsoft 指定 Microsoft Certified: Fabric Data Engineer Associate 為替代的認證，請改為取得該認證。"],
  };
  for (const lang of ["en", "ja", "zh-TW"]) {
    if (lang !== "en") {
      await s.click("[data-testid=nav-settings]");
      await s.waitFor(".screen[data-ready=settings]");
      await rerender(() => s.choose("[data-testid=language]", lang));
      await s.click("[data-testid=nav-dashboard]");
      await s.waitFor(`${card(dp)}`);
    }
    await s.click(`${card(dp)} [data-testid=why]`);
    // The reasons are fetched when "Why?" opens; the button says so once they are in.
    await s.waitFor(`${card(dp)} [data-testid=why][aria-expanded=true]`);
    const text = await s.text(`${card(dp)} [data-testid=reasons]`);
    for (const line of expected[lang]) assert.ok(text.includes(line), `${lang}: ${line} in ${text}`);
    await s.script(`document.querySelector('${card(dp)}').scrollIntoView({ block: 'center' })`);
    await shot(`retired-${lang}`);
  }
});
