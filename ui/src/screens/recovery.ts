// The recovery screen: the database did not open. Say what happened, keep the damaged files
// aside, and offer the newest good backup or a fresh start (or, when another program holds
// the database, a retry).
import { call } from "../api";
import type { RecoveryView } from "../bindings/RecoveryView";
import { h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorBox } from "../ui";

export function renderRecovery(root: HTMLElement, view: RecoveryView, restart: () => void): void {
  const error = errorBox("recovery-error");
  const act = async (command: "recovery_restore" | "recovery_start_fresh" | "recovery_retry", file?: string) => {
    error.clear();
    try {
      if (command === "recovery_restore" && file) await call("recovery_restore", { file });
      else if (command === "recovery_start_fresh") await call("recovery_start_fresh", {});
      else await call("recovery_retry", {});
      restart();
    } catch (e) {
      error.show(e);
    }
  };
  const locked = view.damage === "locked";
  root.replaceChildren(
    h(
      "main",
      { class: "recovery", "data-testid": "recovery", "data-damage": view.damage },
      h("h1", {}, t("recovery-title")),
      h("p", { class: "lead", "data-testid": "recovery-explanation" }, t(`recovery-${view.damage}`)),
      h("p", { class: "hint" }, t("recovery-folder", { dir: view.data_dir })),
      h("details", {}, h("summary", {}, t("action-why")), h("p", { class: "hint" }, t("recovery-detail", { detail: view.detail }))),
      locked
        ? h("div", { class: "actions" }, h("button", { class: "primary", "data-testid": "recovery-retry", onclick: () => act("recovery_retry") }, t("recovery-retry")))
        : h(
            "div",
            { class: "card-form" },
            h("h2", {}, t("recovery-backups")),
            view.backups.length
              ? h(
                  "ul",
                  { class: "backups", "data-testid": "recovery-backups" },
                  ...view.backups.map((b, i) =>
                    h(
                      "li",
                      {},
                      h("span", {}, t("recovery-backup-line", { date: formatDate(b.day), count: b.holdings })),
                      h("button", { class: i === 0 ? "primary" : "", "data-testid": "recovery-restore", onclick: () => act("recovery_restore", b.file) }, t("recovery-restore")),
                    ),
                  ),
                )
              : h("p", { class: "hint" }, t("recovery-no-backups")),
            h("h2", {}, t("recovery-fresh")),
            h("p", { class: "hint" }, t("recovery-fresh-lead")),
            h("div", { class: "actions" }, h("button", { class: "danger", "data-testid": "recovery-fresh", onclick: () => act("recovery_start_fresh") }, t("recovery-fresh"))),
          ),
      error.el,
    ),
  );
}
