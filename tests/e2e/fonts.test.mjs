// Linux: the page draws in the desktop's font, GTK's font setting (src-tauri/shell/desktop_font.rs,
// ui/src/fonts.ts), as the title bar and the tray menu do. GTK reads the setting from
// $XDG_CONFIG_HOME/gtk-3.0/settings.ini when no settings daemon runs, as under the tests' Xvfb, so
// each case starts its own driver (the app inherits its environment) with a folder of its own.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { Session, startDriver } from "./webdriver.mjs";
import { bin } from "./journey.mjs";

const dirs = [];
const temp = (name) => {
  const d = mkdtempSync(join(tmpdir(), `recert-fonts-${name}-`));
  dirs.push(d);
  return d;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Starts Recert with GTK's font setting `font`; returns the page's font lists and the first
 * heading's computed font. */
async function fontsWith(font) {
  const config = temp("config");
  mkdirSync(join(config, "gtk-3.0"));
  writeFileSync(join(config, "gtk-3.0", "settings.ini"), `[Settings]\ngtk-font-name=${font}\n`);
  const saved = process.env.XDG_CONFIG_HOME;
  process.env.XDG_CONFIG_HOME = config;
  let driver;
  let s;
  try {
    driver = await startDriver();
    s = await Session.start(driver.base, bin, ["--data-dir", temp("data"), "--today", "2026-11-22"]);
    return await s.script(`const root = getComputedStyle(document.documentElement);
      return { sans: root.getPropertyValue("--sans").trim(), ja: root.getPropertyValue("--sans-ja").trim(),
               title: getComputedStyle(document.querySelector("h1")).fontFamily };`);
  } finally {
    if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
    else process.env.XDG_CONFIG_HOME = saved;
    await s?.quit().catch(() => {});
    driver?.stop();
  }
}

test("the page names the desktop's font first, and Noto CJK before it for Japanese", async () => {
  const fonts = await fontsWith("DejaVu Serif 11");
  assert.equal(fonts.sans, '"DejaVu Serif", sans-serif', JSON.stringify(fonts));
  assert.equal(fonts.ja, '"Noto Sans CJK JP", "Noto Sans JP", "DejaVu Serif", sans-serif', JSON.stringify(fonts));
  assert.match(fonts.title, /^"?DejaVu Serif"?, sans-serif$/, JSON.stringify(fonts));
});

// GTK's own default is "Sans 10"; set here too, since a machine's /etc/gtk-3.0/settings.ini may
// name another font for every user.
test("a desktop whose font is fontconfig's \"Sans\": the generic sans-serif, no family to check", async () => {
  const fonts = await fontsWith("Sans 10");
  assert.equal(fonts.sans, "sans-serif", JSON.stringify(fonts));
  assert.match(fonts.title, /^sans-serif$/, JSON.stringify(fonts));
});
