// Certifications being earned (seed 002): each required exam planned, booked, pending, passed or
// failed, with the retake policy's next date (R21). When the last exam is passed, the
// certification moves to the dashboard, earned that day (R18).
import { call } from "../api";
import type { ExamView } from "../bindings/ExamView";
import type { PlanView } from "../bindings/PlanView";
import type { Delivery } from "../bindings/Delivery";
import { h } from "../dom";
import { formatDate, formatLocal, t } from "../i18n";
import { confirmDialog, errorBox, errorText, field, isFocused, openLink, openModal, type App } from "../ui";

export async function renderPlans(screen: HTMLElement, app: App): Promise<void> {
  const plans = await call("get_plans", {});
  screen.append(h("div", { class: "screen-head" }, h("h1", {}, t("plans-title")), h("p", { class: "lead" }, t("plans-lead"))));
  if (plans.length === 0) {
    screen.append(
      h(
        "section",
        { class: "empty", "data-testid": "plans-empty" },
        h("h2", {}, t("plans-empty-title")),
        h("p", { class: "lead" }, t("plans-empty-lead")),
        h("div", { class: "actions" }, h("button", { class: "primary", "data-testid": "plans-browse", onclick: () => { app.catalogPage = null; app.go("catalog"); } }, t("plans-browse"))),
      ),
    );
    return;
  }
  screen.append(h("ul", { class: "cards", "data-testid": "plans" }, ...plans.map((p) => planCard(app, p))));
  const focused = screen.querySelector<HTMLElement>(".card.focused");
  if (focused) {
    focused.scrollIntoView({ block: "center" });
    focused.focus();
  }
}

function stateText(e: ExamView): string {
  const s = e.state;
  switch (s.state) {
    case "planned":
      return t("exam-planned");
    case "scheduled":
      return t(s.beta ? "exam-scheduled-beta" : "exam-scheduled", { at: formatLocal(s.at), delivery: t(`delivery-${s.delivery}`) });
    case "result-pending":
      return s.expected_by ? t("exam-pending", { by: formatLocal(s.expected_by) }) : t("exam-pending-longer");
    case "passed":
      return t("exam-passed", { date: formatDate(s.on) });
    case "failed":
      return s.next_allowed ? t(`exam-failed-${s.wait ?? "first-retake"}`, { date: formatDate(s.on), next: formatLocal(s.next_allowed) }) : t("exam-failed", { date: formatDate(s.on) });
  }
}

function planCard(app: App, p: PlanView): HTMLElement {
  const focused = isFocused(app, "plan", p.id);
  const remove = async () => {
    if (!(await confirmDialog(t("plan-remove-title"), t("plan-remove-confirm", { title: p.title }), t("plan-remove"), "plan-remove-dialog"))) return;
    try {
      await call("remove_plan", { id: p.id });
      await app.refresh();
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  return h(
    "li",
    { class: `card plan${focused ? " focused" : ""}`, tabindex: focused ? "-1" : null, "data-testid": "plan", "data-id": p.id, "data-focused": focused ? "true" : null },
    h(
      "div",
      { class: "card-main" },
      h("div", { class: "card-head" }, h("h2", { class: "card-title", "data-testid": "plan-title" }, p.title), h("span", { class: "badge status-renewal-open", "data-testid": "plan-progress" }, t("plan-progress", { passed: p.passed, total: p.exams.length }))),
      h("p", { class: "meta" }, t("plan-started-on", { date: formatDate(p.started_on) })),
      p.prerequisites.length && !p.prerequisite_held ? h("p", { class: "notice", "data-testid": "plan-prerequisite" }, t("plan-prerequisite", { list: p.prerequisites.join(" / ") })) : null,
      h("ul", { class: "exams" }, ...p.exams.map((e) => examRow(app, p, e))),
      h("div", { class: "card-actions" }, h("button", { class: "link", onclick: () => { app.catalogPage = p.certification; app.go("catalog"); } }, t("plan-open-page")), h("button", { class: "danger", "data-testid": "plan-remove", onclick: () => void remove() }, t("plan-remove"))),
    ),
  );
}

function examRow(app: App, p: PlanView, e: ExamView): HTMLElement {
  const s = e.state.state;
  const cancel = async () => {
    try {
      await call("cancel_booking", { planId: p.id, exam: e.exam });
      await app.refresh();
    } catch (err) {
      app.toast(errorText(err));
    }
  };
  return h(
    "li",
    { class: `exam exam-${s}`, "data-testid": "exam", "data-code": e.code, "data-state": s },
    h("div", { class: "exam-head" }, h("strong", { class: "exam-code" }, e.code), h("span", {}, e.title)),
    h("p", { class: `exam-state state-${s}`, "data-testid": "exam-state" }, stateText(e)),
    s === "result-pending" ? h("p", { class: "hint" }, t(e.certiport ? "exam-pending-certiport" : "exam-pending-hint")) : null,
    h(
      "div",
      { class: "card-actions" },
      e.can_book ? h("button", { "data-testid": "exam-book", onclick: () => openBooking(app, p, e) }, t(s === "scheduled" ? "exam-rebook" : "exam-book")) : null,
      e.can_cancel ? h("button", { "data-testid": "exam-cancel", onclick: () => void cancel() }, t("exam-cancel")) : null,
      e.can_enter_result ? h("button", { class: s === "result-pending" ? "primary" : "", "data-testid": "exam-result", onclick: () => openResult(app, p, e) }, t("exam-enter-result")) : null,
      e.links.study_guide ? h("button", { class: "link", onclick: () => openLink(app, e.links.study_guide ?? "") }, t("link-study-guide")) : null,
      h("button", { class: "link", onclick: () => openLink(app, e.links.register) }, t("link-register")),
    ),
  );
}

/** A local date and time (YYYY-MM-DDTHH:MM) `days` after today at `hour`. */
function suggested(app: App, days: number, hour: number): string {
  const d = new Date(`${app.boot.today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

/** A day and a time of day as two plain fields (YYYY-MM-DD, HH:MM), as the other dates are typed,
 *  read as one `YYYY-MM-DDTHH:MM`. Not a datetime-local input: WebKitGTK names none of its parts (a
 *  screen reader hears "spin button") and drops its dialog's modal state while the focus is in it. */
function dateTimeFields(dateLabel: string, value: string, testid: string, hint?: string): { el: HTMLElement[]; date: HTMLElement; value(): string } {
  const [day, time] = value.split("T");
  const date = h("input", { type: "text", inputmode: "numeric", placeholder: "YYYY-MM-DD", maxlength: 10, value: day, name: "at", "aria-required": "true", "data-testid": testid }) as HTMLInputElement;
  const clock = h("input", { type: "text", inputmode: "numeric", placeholder: "HH:MM", maxlength: 5, value: time, "aria-required": "true", "data-testid": `${testid}-time` }) as HTMLInputElement;
  return { el: [field(dateLabel, date), field(t("field-time"), clock, hint)], date, value: () => `${date.value.trim()}T${clock.value.trim()}` };
}

function openBooking(app: App, p: PlanView, e: ExamView): void {
  const modal = openModal(t("booking-title", { code: e.code }), "booking");
  const error = errorBox("booking-error");
  const current = e.state.state === "scheduled" ? e.state : null;
  const at = dateTimeFields(t("field-date"), current ? current.at.slice(0, 16) : suggested(app, 14, 10), "booking-at", t("booking-at-hint"));
  const delivery = h(
    "select",
    { "data-testid": "booking-delivery" },
    ...(["test-centre", "online"] as Delivery[]).map((d) => h("option", { value: d, selected: current ? current.delivery === d : d === "test-centre" }, t(`delivery-${d}`))),
  );
  const beta = h("input", { type: "checkbox", checked: current?.beta ?? false, "data-testid": "booking-beta" });
  const form = h(
    "form",
    { class: "form", novalidate: true },
    h("p", { class: "hint" }, t("booking-lead")),
    ...at.el,
    field(t("booking-delivery"), delivery),
    h("label", { class: "checkbox" }, beta, t("booking-beta")),
    h("p", { class: "rules" }, t(e.certiport ? "booking-rules-mos" : "booking-rules")),
    error.el,
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", "data-testid": "booking-save" }, t("action-save")), h("button", { type: "button", onclick: () => modal.close() }, t("action-cancel"))),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.clear();
    try {
      await call("book_exam", { planId: p.id, input: { exam: e.exam, at: at.value(), delivery: delivery.value as Delivery, beta: beta.checked } });
      modal.close();
      app.focus = { kind: "plan", id: p.id };
      app.toast(t("booking-saved"));
      await app.refresh();
    } catch (err) {
      error.show(err);
    }
  });
  modal.body.append(form);
  at.date.focus();
}

function openResult(app: App, p: PlanView, e: ExamView): void {
  const modal = openModal(t("result-title", { code: e.code }), "result");
  const error = errorBox("result-error");
  const booked = e.state.state === "scheduled" || e.state.state === "result-pending";
  const bookedAt = e.state.state === "scheduled" ? e.state.at : e.state.state === "result-pending" ? e.state.taken_at : null;
  const at = dateTimeFields(t("result-at"), bookedAt ? bookedAt.slice(0, 16) : `${app.boot.today}T09:00`, "result-at");
  const passed = h("input", { type: "radio", name: "outcome", value: "passed", checked: true, "data-testid": "result-passed" });
  const failed = h("input", { type: "radio", name: "outcome", value: "failed", "data-testid": "result-failed" });
  const beta = h("input", { type: "checkbox", "data-testid": "result-beta" });
  const form = h(
    "form",
    { class: "form", novalidate: true },
    h("fieldset", { class: "evidence" }, h("legend", {}, t("result-outcome")), h("label", { class: "radio" }, passed, t("result-passed")), h("label", { class: "radio" }, failed, t("result-failed"))),
    ...at.el,
    booked ? null : h("label", { class: "checkbox" }, beta, t("booking-beta")),
    h("p", { class: "hint" }, t("result-hint")),
    error.el,
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", "data-testid": "result-save" }, t("action-save")), h("button", { type: "button", onclick: () => modal.close() }, t("action-cancel"))),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.clear();
    try {
      const sameTime = bookedAt !== null && at.value() === bookedAt.slice(0, 16);
      const outcome = await call("record_exam_result", { planId: p.id, input: { exam: e.exam, passed: passed.checked, at: sameTime ? "" : at.value(), beta: beta.checked } });
      modal.close();
      if (outcome.earned_holding) {
        app.focus = { kind: "holding", id: outcome.earned_holding };
        app.toast(t("plan-earned", { title: p.title, date: formatDate(outcome.earned_on) }));
        app.go("dashboard");
      } else {
        app.focus = { kind: "plan", id: p.id };
        app.toast(t("saved"));
        await app.refresh();
      }
    } catch (err) {
      error.show(err);
    }
  });
  modal.body.append(form);
  passed.focus();
}
