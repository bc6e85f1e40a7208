// Steps every WebDriver journey shares: open a screen and wait for it, wait for a re-render after
// a change, take a screenshot of the current screen. `session()` returns the live Session (a
// journey restarts the app, so it changes).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const shots = resolve(process.env.RECERT_SCREENSHOTS ?? join(root, "docs/screenshots"));
export const bin = resolve(process.env.RECERT_BIN ?? join(root, "target/release/recert"));

export function journey(session) {
  const renderCount = () => session().script("return Number(document.getElementById('main').dataset.render || 0)");
  return {
    /** Runs `action`, which changes data, and waits until the screen has been rendered anew. */
    async rerender(action) {
      const before = await renderCount();
      await action();
      await session().waitUntil(async () => (await renderCount()) > before, "the screen to render again");
    },
    /** Opens a screen from the header and waits until it has rendered. */
    async open(route) {
      const s = session();
      await s.script("document.querySelectorAll('.screen').forEach((e) => delete e.dataset.ready)");
      await s.click(`[data-testid=nav-${route}]`);
      await s.waitFor(`.screen[data-ready=${route}]`);
    },
    /** Adds a certification found in the catalog by `query` (one result), earned on `earned`. */
    async addFromCatalog(query, earned) {
      const s = session();
      await s.click("[data-testid=add-certification]");
      await s.type("[data-testid=catalog-search]", query);
      await s.waitUntil(async () => (await s.count("[data-testid=catalog-result]")) === 1, `one result for ${query}`);
      await s.click("[data-testid=catalog-result]");
      await s.type("[data-testid=earned-on]", earned);
      await s.click("[data-testid=save]");
    },
    async shot(name) {
      const s = session();
      mkdirSync(shots, { recursive: true });
      // The toast and the reminder banners are transient: the screenshots show the screens themselves.
      await s.script("document.querySelector('[data-testid=toast]').hidden = true; document.querySelectorAll('[data-testid=banner]').forEach((b) => b.remove())");
      // A screenshot is the last painted frame: let two frames pass so it shows the current DOM.
      await s.cmd("POST", "/execute/async", { script: "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", args: [] });
      writeFileSync(join(shots, `${name}.png`), await s.screenshot());
    },
  };
}
