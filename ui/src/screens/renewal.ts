// Renewal: record a passed renewal assessment (the new expiry shown before confirming) or a
// failed attempt (R9). Claiming an exam or beta exam as a renewal gets R6's explanation.
import { call } from "../api";
import type { HoldingView } from "../bindings/HoldingView";
import type { RenewalEvidence } from "../bindings/RenewalEvidence";
import { h } from "../dom";
import { formatDate, formatInstant, t } from "../i18n";
import { errorBox, field, openModal, type App } from "../ui";

const EVIDENCE: RenewalEvidence[] = ["assessment", "beta-exam", "exam-retake", "newer-exam-version"];

export function openRenewal(app: App, v: HoldingView): void {
  const modal = openModal(t("renew-title", { title: v.title }), "renewal");
  const error = errorBox("renewal-error");
  const preview = h("p", { class: "preview", "data-testid": "renewal-preview", hidden: true });
  const on = h("input", { type: "text", inputmode: "numeric", placeholder: "YYYY-MM-DD", maxlength: 10, value: app.boot.today, name: "renewed_on", "aria-required": "true", "data-testid": "renewal-date" });
  const radios = EVIDENCE.map((e, i) =>
    h("label", { class: "radio" }, h("input", { type: "radio", name: "evidence", value: e, checked: i === 0, "data-testid": `evidence-${e}` }), t(`evidence-${e}`)),
  );
  const evidence = (): RenewalEvidence => (radios.map((r) => r.querySelector("input") as HTMLInputElement).find((i) => i.checked)?.value ?? "assessment") as RenewalEvidence;
  const record = h("button", { class: "primary", type: "button", "data-testid": "renewal-record", disabled: true }, t("renew-record"));

  const check = async () => {
    error.clear();
    preview.hidden = true;
    record.disabled = true;
    try {
      const p = await call("preview_renewal", { id: v.id, on: on.value, evidence: evidence() });
      preview.textContent = t("renew-preview", { from: formatDate(p.from), to: formatDate(p.to) });
      preview.hidden = false;
      record.disabled = false;
    } catch (e) {
      error.show(e);
    }
  };
  on.addEventListener("input", () => {
    record.disabled = true;
    preview.hidden = true;
  });
  for (const r of radios) r.addEventListener("change", () => void check());
  record.addEventListener("click", async () => {
    try {
      const after = await call("record_renewal", { id: v.id, on: on.value, evidence: evidence() });
      modal.close();
      app.toast(t("renew-recorded", { date: formatDate(after.expires_on) }));
      await app.refresh();
    } catch (e) {
      error.show(e);
    }
  });

  const attemptInfo = h("p", { class: "hint", "data-testid": "attempt-info" }, v.next_attempt_at ? t("renew-next-attempt", { when: formatInstant(v.next_attempt_at) }) : v.can_renew_now ? "" : t("renew-not-open"));
  const fail = h("button", { type: "button", "data-testid": "renewal-failed", disabled: !v.can_renew_now }, t("renew-fail"));
  fail.addEventListener("click", async () => {
    error.clear();
    try {
      const after = await call("record_failed_attempt", { id: v.id });
      attemptInfo.textContent = after.next_attempt_at ? t("renew-next-attempt", { when: formatInstant(after.next_attempt_at) }) : t("renew-fail-recorded");
      fail.disabled = after.next_attempt_at !== null;
      await app.refresh();
    } catch (e) {
      error.show(e);
    }
  });

  modal.body.append(
    h("p", { class: "rules" }, t("renew-rules")),
    h("fieldset", { class: "evidence" }, h("legend", {}, t("renew-evidence")), ...radios),
    field(t("renew-pass-on"), on),
    h("div", { class: "actions" }, h("button", { type: "button", "data-testid": "renewal-check", onclick: () => void check() }, t("renew-check")), record),
    preview,
    error.el,
    h("hr", {}),
    h("div", { class: "actions" }, fail),
    attemptInfo,
  );
  on.focus();
}
