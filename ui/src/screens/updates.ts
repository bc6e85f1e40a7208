// Updates: the consent switch (Settings and the first-run guide) and, in Settings, "Check now" and
// "Install and restart". Rust refuses both while the switch is off; the UI only shows the answer.
import { call } from "../api";
import type { UpdateStatus } from "../bindings/UpdateStatus";
import { h } from "../dom";
import { t } from "../i18n";
import { errorBox, errorText, type App } from "../ui";

/** The switch that allows Recert to look for updates; off until the user turns it on. */
export function updatesSwitch(app: App): HTMLElement {
  const box = h("input", { type: "checkbox", checked: app.boot.settings.updates, "data-testid": "updates-switch" });
  box.addEventListener("change", async () => {
    try {
      const settings = await call("get_settings", {});
      await call("set_settings", { settings: { ...settings, updates: box.checked } });
      await app.refresh();
    } catch (e) {
      box.checked = !box.checked;
      app.toast(errorText(e));
    }
  });
  return h("label", { class: "checkbox updates" }, box, t("settings-updates-switch"));
}

/** Settings' Updates section. */
export function updatesSection(app: App): HTMLElement {
  const enabled = app.boot.settings.updates;
  const error = errorBox("update-error");
  const result = h("p", { "data-testid": "update-result", "aria-live": "polite" });
  const install = h("button", { class: "primary", "data-testid": "update-install", hidden: true }, t("update-install"));
  const check = h("button", { "data-testid": "update-check", disabled: !enabled }, t("update-check"));
  const show = (status: UpdateStatus) => {
    result.textContent = status.available ? t("update-available", { version: status.available }) : t("update-up-to-date", { version: status.current });
    install.hidden = status.available === null;
  };
  check.addEventListener("click", async () => {
    error.clear();
    install.hidden = true;
    result.textContent = t("update-checking");
    check.disabled = true;
    try {
      show(await call("check_for_update", {}));
    } catch (e) {
      result.textContent = "";
      error.show(e);
    } finally {
      check.disabled = false;
    }
  });
  install.addEventListener("click", async () => {
    error.clear();
    install.disabled = check.disabled = true;
    result.textContent = t("update-installing");
    try {
      // On success Recert restarts into the new version and this page goes away.
      await call("install_update", {});
    } catch (e) {
      result.textContent = "";
      install.hidden = true;
      error.show(e);
    } finally {
      install.disabled = check.disabled = false;
    }
  });
  return h(
    "section",
    { class: "card-form", "data-testid": "update-settings" },
    h("h2", {}, t("settings-updates")),
    h("p", { class: "hint" }, t("settings-updates-lead")),
    updatesSwitch(app),
    h("div", { class: "actions" }, check, install),
    result,
    error.el,
  );
}
