// The linking form (R14–R16): certification profile, Learn profile, the several-profiles stop
// and the one-way connection.
import { call } from "../api";
import type { AccountType } from "../bindings/AccountType";
import type { ProfilesView } from "../bindings/ProfilesView";
import { h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorBox, errorText, field, openModal, type App } from "../ui";

const MERGE_URL = "https://aka.ms/mcpforum";
const CERT_DASHBOARD = "https://aka.ms/CertDashboard";

export async function renderProfiles(screen: HTMLElement, app: App): Promise<void> {
  const view = await call("get_profiles", {});
  screen.append(h("h1", {}, t("profiles-title")), h("p", { class: "lead" }, t("profiles-lead")), ...profileSections(view, app));
}

function profileSections(view: ProfilesView, app: App): HTMLElement[] {
  const p = view.profiles;
  const connected = p.connected_on !== null;
  const openLink = (url: string) => void call("open_link", { url }).catch((e) => app.toast(errorText(e)));

  // Certification profile
  const mcid = h("input", { type: "text", inputmode: "numeric", maxlength: 12, value: p.certification?.mcid ?? "", name: "mcid", "data-testid": "mcid", disabled: connected });
  const legal = h("input", { type: "text", maxlength: 300, value: p.certification?.legal_name ?? "", name: "legal_name", "data-testid": "legal-name" });
  const contact = h("input", { type: "email", maxlength: 300, value: p.certification?.contact_email ?? "", name: "contact_email", "data-testid": "contact-email" });
  const account = h("input", { type: "email", maxlength: 300, value: p.certification?.account_email ?? "", name: "account_email", "data-testid": "account-email", disabled: connected });
  const certError = errorBox("cert-profile-error");
  const certForm = h(
    "form",
    { class: "form card-form", "data-testid": "cert-profile-form", novalidate: true },
    h("h2", {}, t("profiles-cert-title")),
    h("p", { class: "hint" }, t("profiles-cert-lead")),
    field(t("field-mcid"), mcid),
    field(t("field-legal_name"), legal),
    field(t("field-contact_email"), contact),
    field(t("field-account_email"), account),
    certError.el,
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", "data-testid": "save-cert-profile" }, t("action-save"))),
  );
  certForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    certError.clear();
    try {
      await call("save_certification_profile", { input: { mcid: mcid.value, legal_name: legal.value, contact_email: contact.value, account_email: account.value } });
      app.toast(t("saved"));
      await app.refresh();
    } catch (e) {
      certError.show(e);
    }
  });

  // Learn profile
  const signIn = h("input", { type: "email", maxlength: 300, value: p.learn?.sign_in_email ?? "", name: "sign_in_email", "data-testid": "learn-email", disabled: connected });
  const accountType = h(
    "select",
    { name: "account_type", "data-testid": "learn-account-type", disabled: connected },
    ...(["personal", "work-or-school"] as AccountType[]).map((a) => h("option", { value: a, selected: p.learn?.account_type === a }, t(`account-${a}`))),
  );
  const learnError = errorBox("learn-profile-error");
  const learnForm = h(
    "form",
    { class: "form card-form", "data-testid": "learn-profile-form", novalidate: true },
    h("h2", {}, t("profiles-learn-title")),
    h("p", { class: "hint" }, t("profiles-learn-lead")),
    field(t("field-sign_in_email"), signIn),
    field(t("field-account_type"), accountType),
    learnError.el,
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", "data-testid": "save-learn-profile", disabled: connected }, t("action-save"))),
  );
  learnForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    learnError.clear();
    try {
      await call("save_learn_profile", { input: { sign_in_email: signIn.value, account_type: accountType.value as AccountType } });
      app.toast(t("saved"));
      await app.refresh();
    } catch (e) {
      learnError.show(e);
    }
  });

  // Connection
  const several = h("input", { type: "checkbox", checked: p.several_certification_profiles, disabled: connected, "data-testid": "several-profiles" });
  several.addEventListener("change", async () => {
    try {
      await call("set_several_profiles", { several: several.checked });
      await app.refresh();
    } catch (e) {
      app.toast(errorText(e));
    }
  });
  const connectError = errorBox("connect-error");
  const connection = h(
    "section",
    { class: "card-form", "data-testid": "connection" },
    h("h2", {}, t("profiles-connect")),
    ...view.warnings.map((w) => h("p", { class: "notice", "data-testid": "profile-warning", "data-reason": w.id }, w.text)),
    h("label", { class: "checkbox" }, several, t("profiles-several")),
    p.several_certification_profiles
      ? h(
          "div",
          { class: "stop", role: "alert", "data-testid": "several-stop" },
          h("p", {}, t("profiles-several-stop")),
          h("button", { class: "link", "data-testid": "merge-link", onclick: () => openLink(MERGE_URL) }, t("profiles-merge-link")),
        )
      : null,
    connected
      ? h("p", { class: "connected", "data-testid": "connected" }, t("profiles-connected", { date: formatDate(p.connected_on) }))
      : h("p", { class: "hint", "data-testid": "not-connected" }, t("profiles-not-connected")),
    connected
      ? null
      : h("div", { class: "actions" }, h("button", { class: "primary", "data-testid": "connect", disabled: !view.can_connect, onclick: () => confirmConnect(app) }, t("profiles-connect"))),
    connectError.el,
    h("p", {}, h("button", { class: "link", "data-testid": "cert-dashboard-link", onclick: () => openLink(CERT_DASHBOARD) }, t("open-cert-dashboard"))),
  );
  return [h("div", { class: "two-columns" }, certForm, learnForm), connection];
}

function confirmConnect(app: App): void {
  const modal = openModal(t("profiles-connect-title"), "connect-dialog");
  const ack = h("input", { type: "checkbox", "data-testid": "connect-ack" });
  const error = errorBox("connect-dialog-error");
  const confirm = h("button", { class: "primary danger", "data-testid": "connect-confirm" }, t("action-confirm"));
  confirm.addEventListener("click", async () => {
    error.clear();
    try {
      await call("connect_profiles", { confirmed: ack.checked });
      modal.close();
      await app.refresh();
    } catch (e) {
      error.show(e);
    }
  });
  modal.body.append(
    h("p", { class: "warning", "data-testid": "connect-warning" }, t("profiles-connect-warning")),
    h("label", { class: "checkbox" }, ack, t("profiles-connect-ack")),
    error.el,
    h("div", { class: "actions" }, confirm, h("button", { onclick: () => modal.close() }, t("action-cancel"))),
  );
}
