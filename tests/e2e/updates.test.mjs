// Updates in the real app: off until the user consents (no request reaches the server before),
// the switch in the first-run guide and in Settings, "Check now" against a loopback update server
// (RECERT_UPDATE_ENDPOINT, honoured for loopback hosts only), "up to date", a newer version found,
// and its package refused because it is signed with a key that is not Recert's. The whole
// check → download → verify → install path with a good signature is tests/integration/updates.rs.
import assert from "node:assert/strict";
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin, journey } from "./journey.mjs";

const dataDir = mkdtempSync(join(tmpdir(), "recert-updates-"));
const requests = [];
let answer = { status: 204, body: "" };
const package9 = Buffer.from("!<arch>\ndebian-binary   not really a package\n");
let manifest9;
let server;
let driver;
let s;
const { rerender, open, shot } = journey(() => s);

/** A well-formed minisign signature (Tauri's .sig format) by a key that is not Recert's. */
function foreignSignature(bytes) {
  const { privateKey } = generateKeyPairSync("ed25519");
  const keyId = randomBytes(8);
  const signature = sign(null, bytes, privateKey);
  const trusted = "timestamp:1795000000\tfile:Recert_9.9.9_amd64.deb";
  const global = sign(null, Buffer.concat([signature, Buffer.from(trusted)]), privateKey);
  const text = [
    "untrusted comment: signature from tauri secret key",
    Buffer.concat([Buffer.from("Ed"), keyId, signature]).toString("base64"),
    `trusted comment: ${trusted}`,
    global.toString("base64"),
  ].join("\n");
  return Buffer.from(text + "\n").toString("base64");
}

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url);
    if (req.url.startsWith("/Recert_9.9.9")) {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(package9);
      return;
    }
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(answer.body);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const base = `http://127.0.0.1:${server.address().port}`;
  process.env.RECERT_UPDATE_ENDPOINT = `${base}/latest.json`;
  manifest9 = JSON.stringify({
    version: "9.9.9",
    notes: "Catalog corrections.",
    pub_date: "2026-11-20T09:00:00Z",
    platforms: { "linux-x86_64": { url: `${base}/Recert_9.9.9_amd64.deb`, signature: foreignSignature(package9) } },
  });
  driver = await startDriver();
  s = await Session.start(driver.base, bin, ["--data-dir", dataDir, "--today", "2026-11-22"]);
});

after(async () => {
  await s?.quit().catch(() => {});
  driver?.stop();
  server?.close();
  delete process.env.RECERT_UPDATE_ENDPOINT;
  rmSync(dataDir, { recursive: true, force: true });
});

test("updates are off until the user turns them on, in the first-run guide and in Settings", async () => {
  await s.waitFor("[data-testid=empty-dashboard]");
  assert.equal(await s.script("return document.querySelector('[data-testid=updates-switch]').checked"), false);
  await open("settings");
  assert.equal(await s.script("return document.querySelector('[data-testid=update-settings] [data-testid=updates-switch]').checked"), false);
  assert.equal(await s.script("return document.querySelector('[data-testid=update-check]').disabled"), true, "Check now waits for consent");
  assert.deepEqual(requests, [], "no request before the user's consent");
});

test("Check now: up to date, then a newer version whose package is not signed by Recert is refused", async () => {
  await rerender(() => s.click("[data-testid=update-settings] [data-testid=updates-switch]"));
  assert.equal(await s.script("return document.querySelector('[data-testid=updates-switch]').checked"), true);

  await s.click("[data-testid=update-check]");
  await s.waitUntil(async () => (await s.text("[data-testid=update-result]")) === "Recert 0.1.0 is the newest version.", "up to date");
  assert.deepEqual(requests, ["/latest.json"]);
  assert.equal(await s.script("return document.querySelector('[data-testid=update-install]').hidden"), true);

  answer = { status: 200, body: manifest9 };
  await s.click("[data-testid=update-check]");
  await s.waitUntil(async () => (await s.text("[data-testid=update-result]")) === "Recert 9.9.9 is available.", "9.9.9 offered");
  await s.script("document.querySelector('[data-testid=update-settings]').scrollIntoView({ block: 'end' })");
  await shot("settings-update-available");
  const before = readFileSync(bin);
  await s.click("[data-testid=update-install]");
  const error = await s.waitUntil(async () => {
    const t = await s.script("const e = document.querySelector('[data-testid=update-error]'); return e.hidden ? null : e.textContent");
    return t || null;
  }, "the refusal", 20000);
  assert.equal(error, "the update is not signed with Recert's key, so it was not installed; nothing was changed");
  assert.ok(requests.includes("/Recert_9.9.9_amd64.deb"), "the package was downloaded, then refused");
  assert.ok(readFileSync(bin).equals(before), "nothing installed");
});

test("a server that answers with something else is refused in the user's language", async () => {
  answer = { status: 200, body: "<html>captive portal</html>" };
  await rerender(() => s.choose("[data-testid=language]", "ja"));
  await s.click("[data-testid=update-check]");
  const error = await s.waitUntil(async () => {
    const t = await s.script("const e = document.querySelector('[data-testid=update-error]'); return e.hidden ? null : e.textContent");
    return t || null;
  }, "the refusal");
  assert.match(error, /^アップデート サーバーの応答は Recert が使えるアップデートではありません：/);
  await s.script("document.querySelector('[data-testid=update-settings]').scrollIntoView({ block: 'end' })");
  await shot("settings-update-error-ja");
  await rerender(() => s.choose("[data-testid=language]", "en"));
});
