// Add or edit a certification: pick it from the catalog (title or exam code) or name it, and
// give the day it was earned. All checks happen in Rust; this form shows their verdict.
import { call } from "../api";
import type { CatalogEntry } from "../bindings/CatalogEntry";
import type { CertKind } from "../bindings/CertKind";
import type { HoldingView } from "../bindings/HoldingView";
import { h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorBox, field, openModal, type App } from "../ui";

const KINDS: CertKind[] = ["role-based", "specialty", "fundamentals", "mos", "applied-skills", "mta", "mcsa", "mcsd", "mcse", "mce"];

export function openHoldingForm(app: App, editing: HoldingView | null): void {
  const modal = openModal(t(editing ? "form-edit-title" : "form-add-title"), "holding-form");
  let selected: CatalogEntry | null = null;
  const search = h("input", { type: "search", "data-testid": "catalog-search", autocomplete: "off", placeholder: "AZ-104" });
  const results = h("ul", { class: "results", "data-testid": "catalog-results", role: "listbox" });
  const chosen = h("p", { class: "chosen", "data-testid": "selected", hidden: true });
  const title = h("input", { type: "text", maxlength: 200, "data-testid": "custom-title" });
  const kind = h("select", { "data-testid": "custom-kind" }, h("option", { value: "" }, t("form-kind-choose")), ...KINDS.map((k) => h("option", { value: k }, t(`kind-${k}`))));
  const earned = h("input", { type: "text", inputmode: "numeric", placeholder: "YYYY-MM-DD", maxlength: 10, "data-testid": "earned-on" });
  const number = h("input", { type: "text", maxlength: 200, "data-testid": "certification-number", autocomplete: "off" });
  const error = errorBox("form-error");
  const save = h("button", { class: "primary", type: "submit", "data-testid": "save" }, t("action-save"));

  const select = (entry: CatalogEntry | null) => {
    selected = entry;
    chosen.hidden = !entry;
    chosen.textContent = entry ? t("form-selected", { title: `${entry.title} (${entry.exam_codes.join(", ")})` }) : "";
    for (const li of Array.from(results.children)) li.setAttribute("aria-selected", String(li.getAttribute("data-uid") === entry?.uid));
  };

  let seq = 0;
  const runSearch = async () => {
    const mine = ++seq;
    const found = await call("search_catalog", { query: search.value });
    if (mine !== seq) return;
    results.replaceChildren(
      ...(found.length
        ? found.map((entry) =>
            h(
              "li",
              { role: "option", "data-uid": entry.uid, "data-testid": "catalog-result", tabindex: "0", onclick: () => select(entry), onkeydown: (ev: Event) => (ev as KeyboardEvent).key === "Enter" && select(entry) },
              h("span", { class: "result-title" }, entry.title),
              h("span", { class: "result-codes" }, entry.exam_codes.join(", ")),
              entry.retired_on ? h("span", { class: "hint" }, formatDate(entry.retired_on)) : null,
            ),
          )
        : [h("li", { class: "hint" }, t("form-search-empty"))]),
    );
  };
  search.addEventListener("input", () => void runSearch().catch((e) => error.show(e)));

  if (editing) {
    earned.value = editing.earned_on ?? "";
    number.value = editing.certification_number ?? "";
    if (editing.certification) {
      search.value = editing.exam_codes[0] ?? editing.title;
      select({ uid: editing.certification, title: editing.title, kind: editing.kind, exam_codes: editing.exam_codes, retired_on: null });
    } else {
      title.value = editing.custom_title ?? "";
      kind.value = editing.kind;
    }
  }

  const form = h(
    "form",
    { class: "form", novalidate: true },
    field(t("form-search"), search),
    results,
    chosen,
    h("details", { class: "missing", open: editing && !editing.certification ? true : null }, h("summary", {}, t("form-missing")), h("p", { class: "hint" }, t("form-missing-lead")), field(t("field-custom_title"), title), field(t("field-kind"), kind)),
    field(t("field-earned_on"), earned, t("form-date-hint")),
    field(t("field-certification_number"), number, t("form-number-hint")),
    error.el,
    h("div", { class: "actions" }, save, h("button", { type: "button", onclick: () => modal.close() }, t("action-cancel"))),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.clear();
    const input = {
      certification: selected ? selected.uid : null,
      custom_title: selected ? null : title.value,
      kind: selected ? null : kind.value || null,
      earned_on: earned.value,
      certification_number: number.value.trim() || null,
    };
    try {
      if (editing) await call("update_holding", { id: editing.id, input });
      else await call("add_holding", { input });
      modal.close();
      app.toast(t("saved"));
      await app.refresh();
    } catch (e) {
      error.show(e);
    }
  });
  modal.body.append(form);
  void runSearch().catch((e) => error.show(e));
  search.focus();
}
