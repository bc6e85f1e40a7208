// Add or edit a certification: pick it from the catalog (title or exam code) or name it, and
// give the day it was earned. All checks happen in Rust; this form shows their verdict.
import { call } from "../api";
import type { CatalogEntry } from "../bindings/CatalogEntry";
import type { CertKind } from "../bindings/CertKind";
import type { HoldingView } from "../bindings/HoldingView";
import { h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorBox, field, openModal, type App } from "../ui";

const KINDS: CertKind[] = ["role-based", "specialty", "fundamentals", "github", "mos", "applied-skills", "mta", "mcsa", "mcsd", "mcse", "mce", "legacy"];

/** Someone else's certification (`owner.id`: the person) instead of the user's own. */
export interface Owner {
  id: string;
}

export function openHoldingForm(app: App, editing: HoldingView | null, owner: Owner | null = null): void {
  const modal = openModal(t(editing ? "form-edit-title" : "form-add-title"), "holding-form");
  let selected: CatalogEntry | null = null;
  // A combobox (WAI-ARIA APG): one Tab stop; the arrow keys move through the results, Enter
  // takes the one shown as active (aria-activedescendant), a click takes any.
  const search = h("input", {
    type: "search",
    name: "certification",
    "data-testid": "catalog-search",
    autocomplete: "off",
    placeholder: "AZ-104",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "catalog-results",
  });
  const results = h("ul", { class: "results", "data-testid": "catalog-results", role: "listbox", id: "catalog-results", "aria-label": t("form-search") });
  let found: CatalogEntry[] = [];
  let active = -1;
  const setActive = (i: number) => {
    active = i;
    Array.from(results.children).forEach((li, j) => li.classList.toggle("active", j === i));
    const li = i >= 0 ? (results.children[i] as HTMLElement | undefined) : undefined;
    if (li?.id) {
      search.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    } else {
      search.removeAttribute("aria-activedescendant");
    }
  };
  const chosen = h("p", { class: "chosen", "data-testid": "selected", hidden: true });
  const title = h("input", { type: "text", maxlength: 300, name: "custom_title", "data-testid": "custom-title" });
  const kind = h("select", { name: "kind", "data-testid": "custom-kind" }, h("option", { value: "" }, t("form-kind-choose")), ...KINDS.map((k) => h("option", { value: k }, t(`kind-${k}`))));
  const earned = h("input", { type: "text", inputmode: "numeric", placeholder: "YYYY-MM-DD", maxlength: 10, name: "earned_on", "aria-required": "true", "data-testid": "earned-on" });
  const number = h("input", { type: "text", maxlength: 300, name: "certification_number", "data-testid": "certification-number", autocomplete: "off" });
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
    const answer = await call("search_catalog", { query: search.value });
    if (mine !== seq) return;
    found = answer;
    search.setAttribute("aria-expanded", String(found.length > 0));
    results.replaceChildren(
      ...(found.length
        ? found.map((entry, i) =>
            h(
              "li",
              { role: "option", id: `catalog-option-${i}`, "aria-selected": String(entry.uid === selected?.uid), "data-uid": entry.uid, "data-testid": "catalog-result", onclick: () => select(entry) },
              h("span", { class: "result-title" }, entry.title),
              h("span", { class: "result-codes" }, entry.exam_codes.join(", ")),
              entry.retired_on ? h("span", { class: "hint" }, formatDate(entry.retired_on)) : null,
            ),
          )
        : [h("li", { class: "hint", role: "option", "aria-disabled": "true", "aria-selected": "false" }, t("form-search-empty"))]),
    );
    setActive(-1);
  };
  search.addEventListener("input", () => void runSearch().catch((e) => error.show(e)));
  search.addEventListener("keydown", (ev) => {
    if (found.length === 0) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      const step = ev.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : found.length - 1) : (active + step + found.length) % found.length);
    } else if (ev.key === "Home" || ev.key === "End") {
      if (active < 0) return;
      ev.preventDefault();
      setActive(ev.key === "Home" ? 0 : found.length - 1);
    } else if (ev.key === "Enter" && active >= 0) {
      // Takes the active result instead of submitting the form.
      ev.preventDefault();
      select(found[active]);
    }
  });

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
      if (owner) {
        if (editing) await call("update_person_holding", { person: owner.id, id: editing.id, input });
        else await call("add_person_holding", { person: owner.id, input });
        modal.close();
        app.toast(t("saved"));
        app.teamPerson = owner.id;
        app.go("team");
        return;
      }
      const saved = editing ? await call("update_holding", { id: editing.id, input }) : await call("add_holding", { input });
      modal.close();
      app.toast(t("saved"));
      // The dashboard opens on the certification just saved, with focus on its card.
      app.focus = { kind: "holding", id: saved.id };
      app.go("dashboard");
    } catch (e) {
      error.show(e);
    }
  });
  modal.body.append(form);
  void runSearch().catch((e) => error.show(e));
  search.focus();
}
