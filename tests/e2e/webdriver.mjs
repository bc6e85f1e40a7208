// A minimal W3C WebDriver client over fetch, for tauri-driver (which forwards to Debian's
// WebKitWebDriver). No browser download, no dependency.
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import "./processes.mjs";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {}

/** `n` distinct ports nothing listens on now (the OS picks them; all held until all are chosen). */
async function freePorts(n) {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve(server));
    })),
  );
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

/** tauri-driver and its WebKitWebDriver on ports of their own: another driver on this machine
 * (another test run, a developer's session on the default 4444/4445) is never spoken to. `env`:
 * the environment the app gets (the AT-SPI test turns the accessibility bridge on). */
export async function startDriver(env = process.env) {
  const [port, nativePort] = await freePorts(2);
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort), "--native-driver", "/usr/bin/WebKitWebDriver"], { stdio: ["ignore", "inherit", "inherit"], env });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new WebDriverError(`tauri-driver exited (${driver.exitCode})`);
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, stop: () => driver.kill() };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  driver.kill();
  throw new WebDriverError("tauri-driver did not start");
}

/** One WebDriver command; `timeout` (ms) bounds a command that waits on the app. */
async function request(method, url, body, timeout) {
  const signal = timeout === undefined ? undefined : AbortSignal.timeout(timeout);
  const r = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body), signal }).catch((e) => {
    throw new WebDriverError(`${method} ${url}: ${e.name === "TimeoutError" ? `no answer within ${timeout} ms` : e.message}`);
  });
  const json = await r.json().catch(() => ({}));
  if (!r.ok) throw new WebDriverError(`${method} ${url}: ${r.status} ${JSON.stringify(json.value ?? json)}`);
  return json.value;
}

/** Pids of processes running exactly `argv`. */
function pidsOf(argv) {
  const want = argv.join("\0");
  const pids = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0$/, "") === want) pids.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Whether a well-known name is owned on the session bus. */
function nameHasOwner(name) {
  try {
    const out = execFileSync("dbus-send", ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", `string:${name}`], { encoding: "utf8" });
    return /boolean true/.test(out);
  } catch {
    return false;
  }
}

/** Recert's single-instance name: a new instance must not start while the last one holds it. */
const SINGLE_INSTANCE = "app.recert.desktop.SingleInstance";

/** WebDriver's key values (the WebDriver specification, "keyboard actions"). */
export const KEYS = { tab: "\uE004", enter: "\uE007", shift: "\uE008", escape: "\uE00C", space: "\uE00D", up: "\uE013", down: "\uE015" };

export class Session {
  /** Starts the app and waits until `ready` (Recert's first screen by default) is shown. */
  static async start(base, application, args, ready = "#app > *") {
    // WebKitWebDriver waits for the app's web view without end: an app that dies starting (its
    // output is in the test's) must fail this test, not hang the whole run.
    const value = await request("POST", `${base}/session`, {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    }, 60000);
    const s = new Session(base, value.sessionId);
    s.argv = [application, ...args];
    await s.waitFor(ready, 20000);
    return s;
  }

  constructor(base, id) {
    this.url = `${base}/session/${id}`;
  }

  cmd(method, path, body) {
    return request(method, `${this.url}${path}`, body);
  }

  /** Ends the session and waits until the app has exited (it quits when its window closes
   *  under automation), so the next session never meets the previous instance. */
  async quit() {
    await this.cmd("DELETE", "");
    const end = Date.now() + 15000;
    while (pidsOf(this.argv).length > 0 || nameHasOwner(SINGLE_INSTANCE)) {
      if (Date.now() > end) throw new WebDriverError(`the app did not exit: ${this.argv.join(" ")}`);
      await sleep(100);
    }
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return v[ELEMENT];
  }

  async findAll(css) {
    const v = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return v.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches a visible element; returns it. */
  async waitFor(css, timeout = 8000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try {
        const el = await this.find(css);
        if (await this.cmd("GET", `/element/${el}/displayed`)) return el;
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${css}: ${last?.message ?? "not displayed"}`);
  }

  /** Retries `fn` until it returns something truthy; errors while the page re-renders retry too. */
  async waitUntil(fn, what, timeout = 8000) {
    const end = Date.now() + timeout;
    let error;
    while (Date.now() < end) {
      try {
        const value = await fn();
        if (value) return value;
      } catch (e) {
        error = e;
      }
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${what}${error ? `: ${error.message}` : ""}`);
  }

  async click(css) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/click`, {});
  }

  async type(css, text) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/clear`, {});
    await this.cmd("POST", `/element/${el}/value`, { text });
  }

  async text(css) {
    const el = await this.waitFor(css);
    return this.cmd("GET", `/element/${el}/text`);
  }

  async count(css) {
    return (await this.findAll(css)).length;
  }

  script(body, args = []) {
    return this.cmd("POST", "/execute/sync", { script: body, args });
  }

  /** Sets a <select>'s value and fires `change`, as a user's choice does. */
  async choose(css, value) {
    await this.waitFor(css);
    await this.script(
      "const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));",
      [css, value],
    );
  }

  /** Presses keys one after another (WebDriver key values: KEYS.tab, …); `shift` holds Shift. */
  async keys(keys, { shift = false } = {}) {
    const actions = [];
    if (shift) actions.push({ type: "keyDown", value: KEYS.shift });
    for (const k of keys) actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
    if (shift) actions.push({ type: "keyUp", value: KEYS.shift });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }

  /** The data-testid (or tag) of the element that has focus. */
  focused() {
    return this.script("const e = document.activeElement; return e ? (e.dataset.testid || e.id || e.tagName.toLowerCase()) : null;");
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
}
