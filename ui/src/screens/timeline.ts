// The timeline: each certification's validity periods, renewal windows, renewals and exams as a
// picture (SVG), today marked. Every shape is focusable; focus or hover shows its details below.
import { call } from "../api";
import type { Mark } from "../bindings/Mark";
import type { Span } from "../bindings/Span";
import type { Timeline } from "../bindings/Timeline";
import type { TimelineRow } from "../bindings/TimelineRow";
import { h } from "../dom";
import { formatDate, formatLocal, t } from "../i18n";
import { errorText, type App } from "../ui";

const NS = "http://www.w3.org/2000/svg";
const LABEL_W = 230;
const ROW_H = 34;
const TOP = 30;
const WIDTH = 940;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function previousDay(iso: string): string {
  return new Date((day(iso) - 1) * 86_400_000).toISOString().slice(0, 10);
}

export async function renderTimeline(screen: HTMLElement, app: App): Promise<void> {
  const data = await call("get_timeline", {});
  const exportIcs = async () => {
    try {
      const path = await call("export_calendar", {});
      if (path) app.toast(t("saved-to", { path }));
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  screen.append(
    h(
      "div",
      { class: "screen-head with-actions" },
      h("div", {}, h("h1", {}, t("timeline-title")), h("p", { class: "lead" }, t("timeline-lead"))),
      h("button", { "data-testid": "export-calendar", title: t("calendar-export-hint"), onclick: () => void exportIcs() }, t("calendar-export")),
    ),
  );
  if (data.rows.length === 0) {
    screen.append(h("section", { class: "empty", "data-testid": "timeline-empty" }, h("p", { class: "lead" }, t("timeline-empty")), h("div", { class: "actions" }, h("button", { class: "primary", onclick: () => app.go("dashboard") }, t("nav-dashboard")))));
    return;
  }
  const details = h("p", { class: "timeline-details", "data-testid": "timeline-details", "aria-live": "polite" }, t("timeline-details-hint"));
  const said: [string, string][] = [];
  screen.append(legend(), h("div", { class: "timeline-wrap" }, draw(data, details, said)), details, asTable(said));
}

/** The picture's text alternative: every period and event it shows, as a table. */
function asTable(said: [string, string][]): HTMLElement {
  return h(
    "details",
    { class: "timeline-table", "data-testid": "timeline-table" },
    h("summary", {}, t("timeline-table-show")),
    h(
      "table",
      {},
      h("caption", { class: "visually-hidden" }, t("timeline-title")),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("transcript-col-title")), h("th", { scope: "col" }, t("timeline-table-event")))),
      h("tbody", {}, ...said.map(([title, text]) => h("tr", {}, h("th", { scope: "row" }, title), h("td", {}, text)))),
    ),
  );
}

function legend(): HTMLElement {
  const item = (cls: string, id: string) => h("li", {}, h("span", { class: `swatch ${cls}` }), t(id));
  return h("ul", { class: "legend", "data-testid": "timeline-legend" }, item("valid", "timeline-valid"), item("window", "timeline-window"), item("renewed", "timeline-renewed"), item("exam", "timeline-exam"), item("today", "timeline-today"));
}

function draw(data: Timeline, details: HTMLElement, said: [string, string][]): SVGSVGElement {
  const from = day(data.from);
  const to = day(data.to);
  const x = (iso: string) => LABEL_W + ((day(iso) - from) / (to - from)) * (WIDTH - LABEL_W - 10);
  const height = TOP + data.rows.length * ROW_H + 10;
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${height}`, class: "timeline", role: "group", "aria-label": t("timeline-title"), "data-testid": "timeline" });

  // Year ticks.
  const first = Number(data.from.slice(0, 4));
  const last = Number(data.to.slice(0, 4));
  for (let y = first; y <= last; y++) {
    const xx = x(`${y}-01-01`);
    svg.append(s("line", { x1: xx, x2: xx, y1: TOP - 6, y2: height - 6, class: "tick" }));
    if (y < last) svg.append(s("text", { x: xx + 4, y: TOP - 12, class: "year" }, String(y)));
  }

  const show = (text: string) => () => {
    details.textContent = text;
  };
  let current = "";
  const focusable = (el: SVGElement, text: string, testid: string) => {
    said.push([current, text]);
    el.setAttribute("tabindex", "0");
    el.setAttribute("role", "img");
    el.setAttribute("aria-label", text);
    el.setAttribute("data-testid", testid);
    el.append(s("title", {}, text));
    el.addEventListener("focus", show(text));
    el.addEventListener("mouseenter", show(text));
    return el;
  };

  data.rows.forEach((row: TimelineRow, i: number) => {
    const y = TOP + i * ROW_H;
    const mid = y + ROW_H / 2;
    current = row.title;
    const g = s("g", { class: `row ${row.status ? `status-${row.status}` : "plan"}`, "data-id": row.id });
    // Every title starts with "Microsoft Certified:" or the like; the row shows what tells them apart.
    const short = row.title.replace(/^Microsoft (365 )?Certified:\s*/, "");
    const label = short.length > 30 ? `${short.slice(0, 29)}…` : short;
    g.append(s("text", { x: 6, y: mid + 4, class: "row-label" }, label, s("title", {}, row.title)));
    const bar = (span: Span, cls: string, text: string, testid: string) => {
      const end = row.open_ended ? data.to : span.to;
      const w = Math.max(2, x(end) - x(span.from));
      return focusable(s("rect", { x: x(span.from), y: mid - (cls === "window" ? 9 : 6), width: w, height: cls === "window" ? 18 : 12, rx: 3, class: cls }), text, testid);
    };
    for (const p of row.periods) {
      const text = row.open_ended ? t("timeline-detail-never", { title: row.title, from: formatDate(p.from) }) : t("timeline-detail-valid", { title: row.title, from: formatDate(p.from), to: formatDate(previousDay(p.to)), expires: formatDate(p.to) });
      g.append(bar(p, "valid", text, "tl-period"));
    }
    for (const w of row.windows) g.append(bar(w, "window", t("timeline-detail-window", { title: row.title, from: formatDate(w.from), to: formatDate(previousDay(w.to)) }), "tl-window"));
    for (const m of row.marks) g.append(mark(m, row, x(m.on), mid, focusable));
    svg.append(g);
  });

  const tx = x(data.today);
  current = t("timeline-today");
  svg.append(
    focusable(s("line", { x1: tx, x2: tx, y1: TOP - 22, y2: height - 4, class: "today-line" }), t("timeline-detail-today", { date: formatDate(data.today) }), "tl-today"),
    s("text", { x: tx + 4, y: height - 8, class: "today-label" }, t("timeline-today")),
  );
  return svg;
}

function mark(m: Mark, row: TimelineRow, cx: number, cy: number, focusable: (el: SVGElement, text: string, testid: string) => SVGElement): SVGElement {
  const code = m.code ?? "";
  switch (m.kind) {
    case "earned":
      return focusable(s("path", { d: `M${cx} ${cy - 8}l6 8-6 8-6-8z`, class: "mark earned" }), t("timeline-detail-earned", { title: row.title, date: formatDate(m.on) }), "tl-earned");
    case "renewed":
      return focusable(s("circle", { cx, cy, r: 6, class: "mark renewed" }), t("timeline-detail-renewed", { title: row.title, date: formatDate(m.on) }), "tl-renewed");
    case "exam-booked":
      return focusable(s("path", { d: `M${cx} ${cy - 8}l7 14h-14z`, class: "mark exam" }), t("timeline-detail-exam", { code, title: row.title, at: formatLocal(m.at) }), "tl-exam");
    case "exam-passed":
      return focusable(s("path", { d: `M${cx} ${cy - 8}l7 14h-14z`, class: "mark exam passed" }), t("timeline-detail-exam-passed", { code, date: formatDate(m.on) }), "tl-exam");
    case "exam-failed":
      return focusable(s("path", { d: `M${cx} ${cy - 8}l7 14h-14z`, class: "mark exam failed" }), t("timeline-detail-exam-failed", { code, date: formatDate(m.on) }), "tl-exam");
  }
}
