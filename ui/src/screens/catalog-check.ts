// "Check Microsoft Learn for catalog changes" (Settings): Microsoft's catalog read on the user's
// word, what it would change shown first (new, renamed, no longer listed), applied only on
// "Apply". The preview travels back with "Apply": Recert reads the catalog again and applies it
// only if it still changes exactly that.
import { call } from "../api";
import type { CatalogChanges } from "../bindings/CatalogChanges";
import { append, h } from "../dom";
import { t } from "../i18n";
import { openModal, type App } from "../ui";

/** A titled list of `items`, or nothing when there are none. */
function section(testid: string, title: string, items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h("section", { "data-testid": testid }, h("h3", {}, title), h("ul", {}, ...items.map((i) => h("li", {}, i))));
}

function showChanges(app: App, changes: CatalogChanges, failed: (e: unknown) => void): void {
  const modal = openModal(t("catalog-check-title"), "catalog-check-dialog");
  const apply = h("button", { class: "primary", "data-testid": "catalog-check-apply" }, t("catalog-check-apply"));
  apply.addEventListener("click", async () => {
    apply.disabled = true;
    try {
      await call("apply_catalog", { expected: changes });
      modal.close();
      app.toast(t("catalog-check-applied"));
      await app.refresh();
    } catch (e) {
      modal.close();
      failed(e);
    }
  });
  append(
    modal.body,
    h("p", {}, t("catalog-check-lead", { listed: changes.listed })),
    section("catalog-check-new", t("catalog-check-new", { count: changes.new.length }), changes.new),
    section("catalog-check-renamed", t("catalog-check-renamed", { count: changes.renamed.length }), changes.renamed.map((r) => t("catalog-check-renamed-line", { from: r.from, to: r.to }))),
    section("catalog-check-unlisted", t("catalog-check-unlisted", { count: changes.unlisted.length }), changes.unlisted),
    changes.new_exams > 0 ? h("p", { "data-testid": "catalog-check-new-exams" }, t("catalog-check-new-exams", { count: changes.new_exams })) : null,
    h("div", { class: "actions" }, apply, h("button", { onclick: () => modal.close() }, t("action-cancel"))),
  );
}

/** The Settings button; `failed` shows what went wrong in the Data section's error box. */
export function catalogCheckButton(app: App, failed: (e: unknown) => void, clear: () => void): HTMLButtonElement {
  const button = h("button", { "data-testid": "check-catalog" }, t("settings-catalog-check"));
  button.addEventListener("click", async () => {
    clear();
    button.disabled = true;
    button.textContent = t("settings-catalog-checking");
    try {
      const changes = await call("check_catalog", {});
      const nothing = changes.new.length + changes.renamed.length + changes.unlisted.length + changes.new_exams === 0;
      if (nothing) {
        // Nothing to decide: the catalog is marked as read today.
        await call("apply_catalog", { expected: changes });
        app.toast(t("catalog-check-nothing"));
        await app.refresh();
      } else {
        showChanges(app, changes, failed);
      }
    } catch (e) {
      failed(e);
    } finally {
      button.disabled = false;
      button.textContent = t("settings-catalog-check");
    }
  });
  return button;
}
