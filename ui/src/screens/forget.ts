// "Delete all my data": the app's own dialog names what goes (certifications, plans, profiles,
// backups, set-aside databases) and deletes it only on the explicit button; the store itself
// decides what exists and removes it.
import { call } from "../api";
import { append, h } from "../dom";
import { t } from "../i18n";
import { errorBox, openModal, type App } from "../ui";

export function forgetSection(app: App): HTMLElement {
  const error = errorBox("forget-error");
  const button = h("button", { class: "danger", "data-testid": "forget" }, t("forget-open"));
  button.addEventListener("click", async () => {
    error.clear();
    try {
      const preview = await call("forget_preview", {});
      const modal = openModal(t("forget-title"), "forget-dialog");
      const dialogError = errorBox("forget-dialog-error");
      const confirm = h("button", { class: "primary danger", "data-testid": "forget-confirm" }, t("forget-confirm"));
      confirm.addEventListener("click", async () => {
        dialogError.clear();
        try {
          await call("forget_all", { confirmed: true });
          modal.close();
          app.toast(t("forget-done"));
          await app.refresh();
        } catch (e) {
          dialogError.show(e);
        }
      });
      const cancel = h("button", { "data-testid": "forget-cancel", onclick: () => modal.close() }, t("action-cancel"));
      const lead = h("p", {}, t("forget-lead", { dir: preview.data_dir }));
      const items = h(
        "ul",
        { "data-testid": "forget-items" },
        h("li", {}, t("forget-holdings", { count: preview.holdings })),
        h("li", {}, t("forget-plans", { count: preview.plans })),
        preview.people ? h("li", {}, t("forget-people", { count: preview.people })) : null,
        preview.profiles ? h("li", {}, t("forget-profiles")) : null,
        h("li", {}, t("forget-backups", { count: preview.backups })),
        preview.set_aside ? h("li", {}, t("forget-set-aside", { count: preview.set_aside })) : null,
      );
      const irreversible = h("p", { class: "notice" }, t("forget-irreversible"));
      append(modal.body, lead, items, irreversible, dialogError.el, h("div", { class: "actions" }, cancel, confirm));
      modal.describe(lead, items, irreversible);
      cancel.focus();
    } catch (e) {
      error.show(e);
    }
  });
  return h("section", { class: "card-form", "data-testid": "forget-section" }, h("h2", {}, t("forget-heading")), h("p", { class: "hint" }, t("forget-hint")), h("div", { class: "actions" }, button), error.el);
}
