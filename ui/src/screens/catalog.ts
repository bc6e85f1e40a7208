// The catalog browser: filter certifications by role, level, product and kind; a certification's
// page shows its exams (R18), prerequisites, how it renews and where to prepare and register.
import { call } from "../api";
import type { BrowseFilter } from "../bindings/BrowseFilter";
import type { BrowseResult } from "../bindings/BrowseResult";
import type { CertKind } from "../bindings/CertKind";
import type { CertificationPage } from "../bindings/CertificationPage";
import type { ExamSummary } from "../bindings/ExamSummary";
import type { Facet } from "../bindings/Facet";
import { h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorBox, openLink, type App } from "../ui";

/** Filters survive going to a page and back. */
const filter: BrowseFilter = { query: "", role: null, level: null, product: null, kind: null, include_retired: false };

export async function renderCatalog(screen: HTMLElement, app: App): Promise<void> {
  if (app.catalogPage) {
    await renderPage(screen, app, app.catalogPage);
    return;
  }
  const list = h("ul", { class: "cards catalog-list", "data-testid": "browse-results" });
  const total = h("p", { class: "hint", "data-testid": "browse-total", "aria-live": "polite" });
  const error = errorBox("browse-error");
  const search = h("input", { type: "search", value: filter.query, placeholder: t("browse-search-placeholder"), "aria-label": t("browse-search"), "data-testid": "browse-search", autocomplete: "off" });
  const selects = h("div", { class: "filters" });

  const select = (key: "role" | "level" | "product" | "kind", facets: Facet[]) => {
    const current = filter[key] ?? "";
    const el = h(
      "select",
      { "data-testid": `filter-${key}`, "aria-label": t(`browse-filter-${key}`) },
      h("option", { value: "" }, t(`browse-any-${key}`)),
      ...facets.map((f) => h("option", { value: f.value, selected: f.value === current }, `${f.label} (${f.count})`)),
    );
    // A chosen value the other filters now exclude stays visible and selectable back.
    if (current && !facets.some((f) => f.value === current)) el.append(h("option", { value: current, selected: true }, `${current} (0)`));
    el.addEventListener("change", () => {
      if (key === "kind") filter.kind = (el.value || null) as CertKind | null;
      else filter[key] = el.value || null;
      void run();
    });
    return h("label", { class: "field" }, h("span", { class: "field-label" }, t(`browse-filter-${key}`)), el);
  };

  let seq = 0;
  const run = async () => {
    const mine = ++seq;
    error.clear();
    let result: BrowseResult;
    try {
      result = await call("browse_catalog", { filter });
    } catch (e) {
      error.show(e);
      return;
    }
    if (mine !== seq) return;
    const retired = h("input", { type: "checkbox", checked: filter.include_retired, "data-testid": "filter-retired" });
    retired.addEventListener("change", () => {
      filter.include_retired = retired.checked;
      void run();
    });
    const clear = h("button", { class: "link", "data-testid": "filter-clear", onclick: () => { Object.assign(filter, { query: "", role: null, level: null, product: null, kind: null, include_retired: false }); search.value = ""; void run(); } }, t("browse-clear"));
    selects.replaceChildren(select("role", result.roles), select("level", result.levels), select("product", result.products), select("kind", result.kinds), h("label", { class: "checkbox" }, retired, t("browse-include-retired")), clear);
    total.textContent = t("browse-total", { count: result.total });
    list.replaceChildren(
      ...(result.entries.length
        ? result.entries.map((e) =>
            h(
              "li",
              { class: "card catalog-entry", "data-testid": "browse-entry", "data-uid": e.uid },
              h(
                "div",
                { class: "card-main" },
                h("div", { class: "card-head" }, h("h2", { class: "card-title" }, h("button", { class: "link title-link", "data-testid": "browse-open", onclick: () => openPage(app, e.uid) }, e.title)), h("span", { class: "badge kind" }, t(`kind-${e.kind}`))),
                h("p", { class: "meta" }, e.exam_codes.length ? t("card-exams", { codes: e.exam_codes.join(", ") }) : t("browse-no-exams"), e.retired_on ? ` · ${t("browse-retired", { date: formatDate(e.retired_on) })}` : ""),
              ),
            ),
          )
        : [h("li", { class: "empty-list hint", "data-testid": "browse-empty" }, t("browse-empty"))]),
    );
  };
  search.addEventListener("input", () => {
    filter.query = search.value;
    void run();
  });
  screen.append(h("div", { class: "screen-head" }, h("h1", {}, t("browse-title")), h("p", { class: "lead" }, t("browse-lead"))), search, selects, total, error.el, list);
  await run();
  search.focus();
}

function openPage(app: App, uid: string | null): void {
  app.catalogPage = uid;
  void app.refresh();
}

function examBlock(app: App, e: ExamSummary): HTMLElement {
  const link = (url: string | null, id: string) => (url ? h("button", { class: "link", "data-testid": `link-${id}`, onclick: () => openLink(app, url) }, t(`link-${id}`)) : null);
  return h(
    "li",
    { class: "exam", "data-testid": "page-exam", "data-code": e.code },
    h("div", { class: "exam-head" }, h("strong", { class: "exam-code" }, e.code), h("span", {}, e.title)),
    e.retired_on ? h("p", { class: "hint" }, t("browse-retired", { date: formatDate(e.retired_on) })) : null,
    e.languages.length ? h("p", { class: "hint" }, t("browse-languages", { list: e.languages.join(", ") })) : null,
    h("div", { class: "links" }, link(e.links.study_guide, "study-guide"), link(e.links.practice_assessment, "practice"), link(e.links.sandbox, "sandbox"), link(e.links.register, "register")),
  );
}

async function renderPage(screen: HTMLElement, app: App, uid: string): Promise<void> {
  const page: CertificationPage = await call("get_certification_page", { uid });
  const error = errorBox("page-error");
  const start = async () => {
    try {
      const plan = await call("start_plan", { certification: page.uid });
      app.focus = { kind: "plan", id: plan.id };
      app.toast(t("plan-started", { title: plan.title }));
      app.go("plans");
    } catch (e) {
      error.show(e);
    }
  };
  let status: HTMLElement | null = null;
  if (page.plan) status = h("p", { class: "notice", "data-testid": "page-planned" }, t("page-planned"), " ", h("button", { class: "link", onclick: () => { app.focus = page.plan ? { kind: "plan", id: page.plan } : null; app.go("plans"); } }, t("nav-plans")));
  else if (page.held_in_force) status = h("p", { class: "notice", "data-testid": "page-held" }, t("page-held"), " ", h("button", { class: "link", onclick: () => { app.focus = page.holding ? { kind: "holding", id: page.holding } : null; app.go("dashboard"); } }, t("nav-dashboard")));
  else if (page.retired_on && page.retired_on <= app.boot.today) status = h("p", { class: "stop", "data-testid": "page-retired" }, t("browse-retired", { date: formatDate(page.retired_on) }));
  const chips = [...page.roles, ...page.levels, ...page.products].map((c) => h("li", { class: "tag" }, c));
  screen.append(
    h("button", { class: "link back", "data-testid": "page-back", onclick: () => openPage(app, null) }, `← ${t("browse-back")}`),
    h(
      "article",
      { class: "card-form page", "data-testid": "cert-page", "data-uid": page.uid },
      h("div", { class: "card-head" }, h("h1", { "data-testid": "page-title" }, page.title), h("span", { class: "badge kind" }, t(`kind-${page.kind}`))),
      chips.length ? h("ul", { class: "tags" }, ...chips) : null,
      h("p", { "data-testid": "page-renewal" }, page.renewal),
      status,
      h("h2", {}, t(page.exams.length > 1 ? "page-exams-several" : "page-exams-one", { count: page.exams.length })),
      h("ul", { class: "exams" }, ...page.exams.map((e) => examBlock(app, e))),
      page.prerequisites.length
        ? h(
            "section",
            { "data-testid": "page-prerequisites" },
            h("h2", {}, t("page-prerequisites")),
            h("p", { class: "hint" }, t("page-prerequisites-lead")),
            h("ul", {}, ...page.prerequisites.map((p) => h("li", { "data-held": String(p.held) }, p.held ? `✓ ${p.title} — ${t("page-prerequisite-held")}` : p.title))),
          )
        : null,
      error.el,
      h(
        "div",
        { class: "actions" },
        page.can_plan ? h("button", { class: "primary", "data-testid": "start-plan", onclick: () => void start() }, t("page-start-plan")) : null,
        page.url ? h("button", { "data-testid": "link-certification", onclick: () => openLink(app, page.url ?? "") }, t("link-certification")) : null,
      ),
    ),
  );
  screen.querySelector<HTMLElement>("h1")?.focus();
}
