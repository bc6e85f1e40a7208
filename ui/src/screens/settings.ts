// Settings: language, theme, and the user's data (export, import, catalog).
import { call } from "../api";
import type { ImportPreview } from "../bindings/ImportPreview";
import type { Planned } from "../bindings/Planned";
import type { Locale } from "../bindings/Locale";
import type { Settings } from "../bindings/Settings";
import type { Theme } from "../bindings/Theme";
import { append, h } from "../dom";
import { formatDate, formatInstant, t } from "../i18n";
import { errorBox, errorText, field, openModal, type App } from "../ui";
import { autostartSwitch } from "./dashboard";
import { forgetSection } from "./forget";
import { updatesSection } from "./updates";
import { learnImportButton } from "./learn-import";
import { syncSection } from "./sync";
import { catalogCheckButton } from "./catalog-check";

const LANGUAGES: [Locale, string][] = [
  ["en", "English"],
  ["ja", "日本語"],
  ["zh-TW", "繁體中文"],
];

export async function renderSettings(screen: HTMLElement, app: App): Promise<void> {
  const settings = await call("get_settings", {});
  const dashboard = await call("get_dashboard", { limit: 0, focus: null });
  const error = errorBox("settings-error");
  const save = async (next: Settings) => {
    error.clear();
    try {
      await call("set_settings", { settings: next });
      await app.refresh();
    } catch (e) {
      error.show(e);
    }
  };

  const language = h(
    "select",
    { "data-testid": "language" },
    h("option", { value: "", selected: settings.language === null }, t("settings-language-system")),
    ...LANGUAGES.map(([code, name]) => h("option", { value: code, lang: code, selected: settings.language === code }, name)),
  );
  language.addEventListener("change", () => void save({ ...settings, language: (language.value || null) as Locale | null }));
  const theme = h("select", { "data-testid": "theme" }, ...(["system", "light", "dark"] as Theme[]).map((th) => h("option", { value: th, selected: settings.theme === th }, t(`theme-${th}`))));
  theme.addEventListener("change", () => void save({ ...settings, theme: theme.value as Theme }));

  // Reminders: offsets, time of day, pause, start at login.
  const reminderError = errorBox("reminder-error");
  const offsets = [0, 1, 2, 3].map((i) =>
    h("input", { type: "text", inputmode: "numeric", maxlength: 3, class: "offset", value: settings.reminder_offsets[i] ?? "", "data-testid": `offset-${i}`, "aria-label": `${t("settings-offsets")} ${i + 1}` }),
  );
  const time = h("input", { type: "text", inputmode: "numeric", maxlength: 5, placeholder: "09:00", value: settings.reminder_time, name: "reminder_time", "data-testid": "reminder-time" });
  const saveReminders = h("button", { class: "primary", "data-testid": "save-reminders" }, t("settings-save-reminders"));
  saveReminders.addEventListener("click", async () => {
    reminderError.clear();
    const values = offsets.map((o) => o.value.trim()).filter((v) => v !== "");
    // Text that is not a whole number never reaches Rust as a number; say so with the same
    // message Rust uses for an out-of-range one.
    const bad = values.find((v) => !/^\d{1,3}$/.test(v));
    if (bad !== undefined) {
      reminderError.show(`${t("field-reminder_offsets")}: ${t("problem-offset-out-of-range", { value: bad })}`);
      return;
    }
    const numbers = values.map(Number);
    try {
      await call("set_settings", { settings: { ...settings, reminder_offsets: numbers, reminder_time: time.value.trim() } });
      app.toast(t("saved"));
      await app.refresh();
    } catch (e) {
      reminderError.show(e);
    }
  });
  // Whether reminders are paused now is Recert's to say (its clock, `--today` included).
  const pausedUntil = dashboard.paused_until;
  const paused = pausedUntil !== null;
  const pauseButton = h("button", { "data-testid": "pause" }, t(paused ? "settings-resume" : "settings-pause"));
  pauseButton.addEventListener("click", async () => {
    try {
      await call("set_paused", { paused: !paused });
      await app.refresh();
    } catch (e) {
      app.toast(errorText(e));
    }
  });

  const dataError = errorBox("data-error");
  const exportButton = h("button", { "data-testid": "export" }, t("settings-export"));
  exportButton.addEventListener("click", async () => {
    dataError.clear();
    try {
      const file = await call("export_data", {});
      if (file) app.toast(t("settings-exported", { file }));
    } catch (e) {
      dataError.show(e);
    }
  });
  const confirmImport = ({ preview, plan }: Planned<ImportPreview>) => {
      const modal = openModal(t("import-preview-title"), "import-dialog");
      const nothing = preview.changes === 0;
      const apply = h("button", { class: "primary", "data-testid": "import-apply", disabled: nothing }, t("import-apply"));
      apply.addEventListener("click", async () => {
        try {
          await call("import_data_apply", { plan });
          modal.close();
          app.toast(t("import-done"));
          await app.refresh();
        } catch (e) {
          modal.close();
          dataError.show(e);
        }
      });
      const about = [
        h("p", {}, t("import-preview", { added: preview.added, updated: preview.updated, removed: preview.removed, unchanged: preview.unchanged })),
        preview.plans_added + preview.plans_updated + preview.plans_removed > 0
          ? h("p", { "data-testid": "import-plans" }, t("import-plans", { added: preview.plans_added, updated: preview.plans_updated, removed: preview.plans_removed }))
          : null,
        preview.people_added + preview.people_updated + preview.people_removed > 0
          ? h("p", { "data-testid": "import-people" }, t("import-people", { added: preview.people_added, updated: preview.people_updated, removed: preview.people_removed }))
          : null,
        preview.profiles_changed ? h("p", {}, t("import-profiles-changed")) : null,
        preview.settings_changed ? h("p", {}, t("import-settings-changed")) : null,
        nothing ? h("p", { class: "hint" }, t("import-nothing")) : null,
      ].filter((p) => p !== null);
      append(modal.body, ...about, h("div", { class: "actions" }, apply, h("button", { onclick: () => modal.close() }, t("action-cancel"))));
      // The preview is said with the dialog's name: what the import would change.
      modal.describe(...about);
  };
  const importButton = h("button", { "data-testid": "import" }, t("settings-import"));
  importButton.addEventListener("click", async () => {
    dataError.clear();
    try {
      const planned = await call("import_data_preview", {});
      if (planned) confirmImport(planned);
    } catch (e) {
      dataError.show(e);
    }
  });
  const backups = await call("list_backups", {});
  const backupList = h(
    "ul",
    { class: "backups", "data-testid": "backups" },
    ...backups.map((b) =>
      h(
        "li",
        {},
        h("span", {}, t("recovery-backup-line", { date: formatDate(b.day), count: b.holdings })),
        h("button", { "data-testid": "restore-backup", onclick: () => void call("preview_backup", { file: b.file }).then(confirmImport, (e) => dataError.show(e)) }, t("settings-restore")),
      ),
    ),
  );

  const info = dashboard.catalog;
  const catalogInfo = h(
    "p",
    { "data-testid": "catalog-info" },
    t("settings-catalog-info", { source: info.source, certifications: info.certifications, exams: info.exams, date: info.described_on ? formatDate(info.described_on) : "none" }),
  );
  const catalogButton = h("button", { "data-testid": "import-catalog" }, t("settings-catalog-import"));
  catalogButton.addEventListener("click", async () => {
    dataError.clear();
    try {
      if (await call("import_catalog", {})) {
        app.toast(t("settings-catalog-imported"));
        await app.refresh();
      }
    } catch (e) {
      dataError.show(e);
    }
  });

  screen.append(
    h("h1", {}, t("settings-title")),
    h("section", { class: "card-form" }, field(t("settings-language"), language), field(t("settings-theme"), theme), error.el),
    h(
      "section",
      { class: "card-form", "data-testid": "reminder-settings" },
      h("h2", {}, t("settings-reminders")),
      h("p", { class: "hint" }, t("settings-reminders-lead")),
      field(t("settings-offsets"), h("div", { class: "offsets" }, ...offsets)),
      field(t("field-reminder_time"), time),
      reminderError.el,
      h("div", { class: "actions" }, saveReminders),
      pausedUntil !== null ? h("p", { class: "notice", "data-testid": "paused" }, t("settings-paused", { until: formatInstant(pausedUntil) })) : null,
      h("div", { class: "actions" }, pauseButton),
      autostartSwitch(app),
    ),
    h(
      "section",
      { class: "card-form" },
      h("h2", {}, t("settings-data")),
      h("p", { class: "hint" }, t("settings-data-lead")),
      h("div", { class: "actions" }, exportButton, importButton, learnImportButton(app, "settings-learn-import")),
      h("h2", {}, t("settings-backups")),
      h("p", { class: "hint" }, t("settings-backups-lead")),
      backups.length ? backupList : h("p", { class: "hint" }, t("recovery-no-backups")),
      h("h2", {}, t("settings-catalog")),
      catalogInfo,
      h("div", { class: "actions" }, catalogCheckButton(app, (e) => dataError.show(e), () => dataError.clear()), catalogButton),
      dataError.el,
    ),
    await syncSection(app),
    updatesSection(app),
    forgetSection(app),
  );
}
