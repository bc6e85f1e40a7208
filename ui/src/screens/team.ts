// Several people (seed 002): the team dashboard sorts the user's certifications and those of the
// people they follow into the buckets a lead acts on; a person's page lists their certifications.
// Buckets, filters and checks are computed in Rust; this screen lays them out.
import { call } from "../api";
import type { Facet } from "../bindings/Facet";
import type { PersonView } from "../bindings/PersonView";
import type { TeamBucket } from "../bindings/TeamBucket";
import type { TeamEntry } from "../bindings/TeamEntry";
import type { TeamFilter } from "../bindings/TeamFilter";
import { h, icon } from "../dom";
import { formatDate, t } from "../i18n";
import { confirmDialog, errorBox, errorText, field, openModal, type App } from "../ui";
import { openHoldingForm } from "./holding-form";
import { transcriptItems } from "./learn-import";

const ME = "me";
/** Kept while the app runs, like the catalog's filters: coming back shows the same view. */
const filter: TeamFilter = { person: null, query: "", product: null, expanded: null };
/** Each bucket lists this many entries until "Show all". */
const PER_BUCKET = 20;

export async function renderTeam(screen: HTMLElement, app: App): Promise<void> {
  if (app.teamPerson) return renderPerson(screen, app, app.teamPerson);
  const addButton = h("button", { class: "primary", "data-testid": "team-add-person", onclick: () => personDialog(app, null) }, t("team-add-person"));
  const save = (command: "export_team_csv" | "export_team_calendar") => async () => {
    try {
      const path = await call(command, {});
      if (path) app.toast(t("saved-to", { path }));
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  const refreshAll = h("button", { "data-testid": "team-refresh-all", hidden: true }, t("team-refresh-all"));
  const exports = h(
    "div",
    { class: "actions" },
    addButton,
    refreshAll,
    h("button", { "data-testid": "team-export-csv", title: t("team-export-csv-hint"), onclick: () => void save("export_team_csv")() }, t("team-export-csv")),
    h("button", { "data-testid": "team-export-calendar", title: t("team-export-calendar-hint"), onclick: () => void save("export_team_calendar")() }, t("team-export-calendar")),
  );
  screen.append(h("div", { class: "screen-head with-actions" }, h("div", {}, h("h1", {}, t("team-title")), h("p", { class: "lead" }, t("team-lead"))), exports));
  const filters = h("div", { class: "filters", "data-testid": "team-filters" });
  const body = h("div", { class: "team-body" });
  const error = errorBox("team-error");
  screen.append(filters, error.el, body);

  let seq = 0;
  const run = async (rebuildFilters: boolean) => {
    const mine = ++seq;
    error.clear();
    let team;
    try {
      team = await call("get_team", { filter, limit: PER_BUCKET });
    } catch (e) {
      error.show(e);
      return;
    }
    if (mine !== seq) return;
    const linked = team.people.filter((p) => p.transcript_link);
    refreshAll.hidden = linked.length === 0;
    refreshAll.onclick = () => openRefresh(app, linked);
    if (rebuildFilters) filters.replaceChildren(...filterControls(team.people, team.products, run));
    else updateProducts(filters, team.products);
    const showAll = (id: TeamBucket["id"]) => {
      filter.expanded = id;
      void run(false);
    };
    body.replaceChildren(h("div", { class: "buckets", "data-testid": "buckets" }, ...team.buckets.map((b) => bucketSection(app, b, showAll))), peopleSection(app, team.people.filter((p) => p.id !== ME)));
  };
  await run(true);
}

function filterControls(people: PersonView[], products: Facet[], run: (rebuild: boolean) => Promise<void>): HTMLElement[] {
  const person = h(
    "select",
    { "data-testid": "team-filter-person" },
    h("option", { value: "" }, t("team-filter-everyone")),
    ...people.map((p) => h("option", { value: p.id, selected: p.id === filter.person }, p.name)),
  );
  person.addEventListener("change", () => {
    filter.person = person.value || null;
    void run(false);
  });
  const query = h("input", { type: "search", value: filter.query, placeholder: t("team-filter-query-placeholder"), "data-testid": "team-filter-query", autocomplete: "off" });
  query.addEventListener("input", () => {
    filter.query = query.value;
    void run(false);
  });
  const product = h("select", { "data-testid": "team-filter-product" });
  fillProducts(product, products);
  product.addEventListener("change", () => {
    filter.product = product.value || null;
    void run(false);
  });
  const clear = h("button", { class: "link", "data-testid": "team-filter-clear" }, t("team-clear"));
  clear.addEventListener("click", () => {
    Object.assign(filter, { person: null, query: "", product: null, expanded: null });
    void run(true);
  });
  return [field(t("team-filter-person"), person), field(t("team-filter-query"), query), field(t("team-filter-product"), product), clear];
}

function fillProducts(select: HTMLSelectElement, products: Facet[]): void {
  const current = filter.product ?? "";
  select.replaceChildren(h("option", { value: "" }, t("team-any-product")), ...products.map((p) => h("option", { value: p.value, selected: p.value === current }, `${p.label} (${p.count})`)));
  // A chosen product the other filters now exclude stays selectable back.
  if (current && !products.some((p) => p.value === current)) select.append(h("option", { value: current, selected: true }, `${current} (0)`));
}

function updateProducts(filters: HTMLElement, products: Facet[]): void {
  const select = filters.querySelector<HTMLSelectElement>("[data-testid=team-filter-product]");
  if (select) fillProducts(select, products);
}

const BUCKET_STATUS: Record<TeamBucket["id"], string> = {
  "renewal-open": "renewal-open",
  "within-30": "expired",
  "within-60": "renewal-open",
  "within-90": "active",
  "expired-recently": "expired",
  "working-on": "no-expiry",
};

function bucketSection(app: App, b: TeamBucket, showAll: (id: TeamBucket["id"]) => void): HTMLElement {
  const headingId = `bucket-${b.id}`;
  const more = b.total > b.entries.length ? h("button", { class: "link", "data-testid": "bucket-show-all", onclick: () => showAll(b.id) }, t("team-show-all", { count: b.total })) : null;
  return h(
    "section",
    { class: `bucket status-${BUCKET_STATUS[b.id]}`, "data-testid": "bucket", "data-bucket": b.id, "aria-labelledby": headingId },
    h("h2", { id: headingId, class: "bucket-head" }, icon(BUCKET_STATUS[b.id]), h("span", {}, t(`bucket-${b.id}`)), h("strong", { class: "badge", "data-testid": "bucket-count" }, b.total)),
    b.entries.length
      ? h("ul", { class: "bucket-entries" }, ...b.entries.map((e) => entryRow(app, b, e)))
      : h("p", { class: "hint" }, t("team-bucket-empty")),
    more,
  );
}

function entryText(b: TeamBucket, e: TeamEntry): string {
  if (b.id === "working-on") return t("team-entry-started", { date: formatDate(e.started_on) });
  if (e.days_left !== null && e.days_left < 0) return t("team-entry-expired", { date: formatDate(e.expires_on) });
  return t("team-entry-expires", { date: formatDate(e.expires_on), days: e.days_left ?? 0 });
}

function entryRow(app: App, b: TeamBucket, e: TeamEntry): HTMLElement {
  // The user's own entries open their card (or plan); someone else's open that person's page.
  const open = () => {
    if (e.person_id === ME) {
      app.focus = b.id === "working-on" ? { kind: "plan", id: e.id } : { kind: "holding", id: e.id };
      app.go(b.id === "working-on" ? "plans" : "dashboard");
    } else {
      app.teamPerson = e.person_id;
      app.go("team");
    }
  };
  return h(
    "li",
    { class: "bucket-entry", "data-testid": "team-entry", "data-person": e.person_id, "data-id": e.id },
    h("button", { class: "link entry-person", "data-testid": "team-entry-open", onclick: open }, e.person),
    h("span", { class: "entry-title", "data-testid": "team-entry-title" }, e.title),
    h("span", { class: "hint entry-when" }, entryText(b, e)),
  );
}

function peopleSection(app: App, people: PersonView[]): HTMLElement {
  return h(
    "section",
    { class: "people", "data-testid": "people", "aria-labelledby": "people-head" },
    h("h2", { id: "people-head" }, t("team-people")),
    people.length
      ? h("ul", { class: "cards" }, ...people.map((p) => personCard(app, p)))
      : h("p", { class: "hint", "data-testid": "people-empty" }, t("team-people-empty")),
  );
}

function remindSwitch(app: App, p: PersonView): HTMLElement {
  const box = h("input", { type: "checkbox", checked: p.remind, "data-testid": "person-remind" });
  box.addEventListener("change", async () => {
    try {
      await call("set_person_reminders", { id: p.id, remind: box.checked });
    } catch (e) {
      box.checked = !box.checked;
      app.toast(errorText(e));
    }
  });
  return h("label", { class: "checkbox" }, box, t("team-remind"));
}

async function removePerson(app: App, p: PersonView): Promise<void> {
  if (!(await confirmDialog(t("team-remove-title", { name: p.name }), t("team-remove-confirm", { name: p.name, count: p.holdings }), t("team-remove-person"), "person-remove-dialog"))) return;
  try {
    await call("remove_person", { id: p.id });
    app.teamPerson = null;
    app.toast(t("team-removed-person", { name: p.name }));
    app.go("team");
  } catch (e) {
    app.toast(errorText(e));
  }
}

function personActions(app: App, p: PersonView, onPage: boolean): HTMLElement {
  return h(
    "div",
    { class: "card-actions" },
    onPage ? null : h("button", { "data-testid": "person-open", onclick: () => { app.teamPerson = p.id; app.go("team"); } }, t("team-open-person")),
    h("button", { "data-testid": "person-rename", onclick: () => personDialog(app, p) }, t("team-rename")),
    h("button", { class: "danger", "data-testid": "person-remove", onclick: () => void removePerson(app, p) }, t("team-remove-person")),
  );
}

function personCard(app: App, p: PersonView): HTMLElement {
  return h(
    "li",
    { class: "card person-card", "data-testid": "person", "data-id": p.id },
    h(
      "div",
      { class: "card-main" },
      h("div", { class: "card-head" }, h("h3", { class: "card-title", "data-testid": "person-name" }, p.name)),
      h("p", { class: "meta", "data-testid": "person-counts" }, t("team-person-counts", { holdings: p.holdings, plans: p.plans })),
      remindSwitch(app, p),
      personActions(app, p, false),
    ),
  );
}

/** Add a person (`editing` null) or rename one. */
function personDialog(app: App, editing: PersonView | null): void {
  const modal = openModal(editing ? t("team-rename-title", { name: editing.name }) : t("team-add-person-title"), "person-dialog");
  const name = h("input", { type: "text", maxlength: 300, value: editing?.name ?? "", name: "name", "aria-required": "true", "data-testid": "person-name-input", autocomplete: "off" });
  const error = errorBox("person-error");
  const form = h(
    "form",
    { class: "form", novalidate: true },
    field(t("team-person-name"), name),
    error.el,
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", "data-testid": "person-save" }, t("action-save")), h("button", { type: "button", onclick: () => modal.close() }, t("action-cancel"))),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.clear();
    try {
      const saved = editing ? await call("rename_person", { id: editing.id, name: name.value }) : await call("add_person", { name: name.value });
      modal.close();
      app.toast(editing ? t("saved") : t("team-saved-person", { name: saved.name }));
      await app.refresh();
    } catch (e) {
      error.show(e);
    }
  });
  modal.body.append(form);
  name.focus();
}

async function renderPerson(screen: HTMLElement, app: App, id: string): Promise<void> {
  let page;
  try {
    page = await call("get_person", { id });
  } catch (e) {
    // Removed meanwhile (another window, an import): back to the team with the reason.
    app.teamPerson = null;
    app.toast(errorText(e));
    app.go("team");
    return;
  }
  const p = page.person;
  const back = h("button", { class: "link back", "data-testid": "team-back", onclick: () => { app.teamPerson = null; app.go("team"); } }, `← ${t("team-back")}`);
  const add = h("button", { class: "primary", "data-testid": "person-add-certification", onclick: () => openHoldingForm(app, null, { id: p.id }) }, t("team-person-add"));
  screen.append(
    back,
    h("div", { class: "screen-head with-actions" }, h("div", {}, h("h1", { "data-testid": "person-title" }, p.name), h("p", { class: "meta" }, t("team-person-counts", { holdings: p.holdings, plans: p.plans }))), add),
    h("div", { class: "person-settings" }, remindSwitch(app, p), personActions(app, p, true)),
    linkSection(app, p),
  );
  if (page.holdings.length === 0) {
    screen.append(h("p", { class: "hint", "data-testid": "person-empty" }, t("team-person-empty")));
    return;
  }
  screen.append(
    h(
      "ul",
      { class: "cards", "data-testid": "person-holdings" },
      ...page.holdings.map((v) => {
        const status = v.broken ? "broken" : v.status;
        const remove = async () => {
          if (!(await confirmDialog(t("remove-title"), t("remove-confirm", { title: v.title }), t("action-remove"), "remove-dialog"))) return;
          try {
            await call("remove_person_holding", { person: p.id, id: v.id });
            await app.refresh();
          } catch (e) {
            app.toast(errorText(e));
          }
        };
        const when = v.expires_on
          ? t(v.status === "expired" ? "card-expired" : "card-expires", { date: formatDate(v.expires_on) })
          : v.broken
            ? ""
            : t("card-never-expires");
        return h(
          "li",
          { class: `card status-${status}`, "data-testid": "person-holding", "data-id": v.id, "data-status": v.status },
          h("div", { class: "card-icon" }, icon(v.status)),
          h(
            "div",
            { class: "card-main" },
            h("div", { class: "card-head" }, h("h2", { class: "card-title", "data-testid": "title" }, v.title), h("span", { class: `badge status-${status}`, "data-testid": "status" }, v.broken ? t("card-broken") : t(`status-${v.status}`))),
            h("p", { class: "dates" }, when, v.earned_on ? h("span", { class: "hint" }, t("card-earned", { date: formatDate(v.earned_on) })) : null),
            h(
              "div",
              { class: "card-actions" },
              h("button", { "data-testid": "edit", onclick: () => openHoldingForm(app, v, { id: p.id }) }, t("action-edit")),
              h("button", { class: "danger", "data-testid": "remove", onclick: remove }, t("action-remove")),
            ),
          ),
        );
      }),
    ),
  );
}

/** Their shared Learn transcript link, saved for refreshes, and a refresh of them alone. */
function linkSection(app: App, p: PersonView): HTMLElement {
  const link = h("input", { type: "url", value: p.transcript_link ?? "", name: "transcript_link", "data-testid": "person-link", placeholder: "https://learn.microsoft.com/…/transcript/share/…", autocomplete: "off" });
  const error = errorBox("person-link-error");
  const saveLink = h("button", { "data-testid": "person-link-save" }, t("team-link-save"));
  const refresh = h("button", { "data-testid": "person-refresh", disabled: !p.transcript_link }, t("team-refresh"));
  saveLink.addEventListener("click", async () => {
    error.clear();
    try {
      const saved = await call("set_person_link", { id: p.id, link: link.value });
      refresh.disabled = !saved.transcript_link;
      p.transcript_link = saved.transcript_link;
      app.toast(t("team-link-saved"));
    } catch (e) {
      error.show(e);
    }
  });
  refresh.addEventListener("click", () => openRefresh(app, [p]));
  return h("section", { class: "card-form person-link", "data-testid": "person-link-section" }, field(t("team-link"), link, t("team-link-hint")), error.el, h("div", { class: "actions" }, saveLink, refresh));
}

/** "Refresh all": each person's transcript read one after another (a failure does not stop the
 *  others), a preview of what changed, then the changes applied on the user's word. */
function openRefresh(app: App, people: PersonView[]): void {
  const modal = openModal(t("team-refresh-title"), "refresh-dialog");
  const progress = h("progress", { max: people.length, value: 0, "data-testid": "refresh-progress", "aria-label": t("team-refresh-title") });
  const status = h("p", { class: "hint", "aria-live": "polite", "data-testid": "refresh-status" });
  const results = h("ul", { class: "refresh-results", "data-testid": "refresh-results" });
  const apply = h("button", { class: "primary", "data-testid": "refresh-apply", disabled: true }, t("team-refresh-apply"));
  const error = errorBox("refresh-error");
  modal.body.append(progress, status, results, error.el, h("div", { class: "actions" }, apply));
  // Each person whose transcript changes something, with the transcript read (its plan).
  const changed: { person: PersonView; plan: string }[] = [];
  const run = async () => {
    for (const [i, p] of people.entries()) {
      status.textContent = t("team-refresh-reading", { name: p.name, done: i + 1, total: people.length });
      let line: HTMLElement;
      try {
        const { preview, plan } = await call("preview_person_transcript", { id: p.id });
        const changes = preview.added + preview.updated + preview.plans.length;
        if (changes > 0) changed.push({ person: p, plan });
        line = h(
          "li",
          { "data-testid": "refresh-result", "data-person": p.id, "data-changes": changes },
          h("strong", {}, p.name),
          " — ",
          t("transcript-preview", { added: preview.added, updated: preview.updated, unchanged: preview.unchanged }),
          changes > 0 ? transcriptItems(preview) : null,
        );
      } catch (e) {
        line = h("li", { "data-testid": "refresh-result", "data-person": p.id, "data-failed": "true" }, h("strong", {}, p.name), " — ", h("span", { class: "error" }, t("team-refresh-failed", { error: errorText(e) })));
      }
      if (!modal.body.isConnected) return;
      results.append(line);
      progress.value = i + 1;
    }
    status.textContent = changed.length ? t("team-refresh-read", { done: people.length, total: people.length }) : t("team-refresh-nothing");
    apply.disabled = changed.length === 0;
  };
  apply.addEventListener("click", async () => {
    error.clear();
    apply.disabled = true;
    let done = 0;
    for (const { person, plan } of changed) {
      try {
        await call("apply_person_transcript", { id: person.id, plan });
        done++;
      } catch (e) {
        error.show(`${person.name}: ${errorText(e)}`);
      }
    }
    if (done === changed.length) modal.close();
    app.toast(t("team-refresh-done", { count: done }));
    await app.refresh();
  });
  void run();
}
