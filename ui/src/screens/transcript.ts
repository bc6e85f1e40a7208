// Share success (R22): active and historical certifications with earned and expiry dates and
// certification numbers, printable (to paper or PDF) and saved as CSV.
import { call } from "../api";
import type { TranscriptRow } from "../bindings/TranscriptRow";
import { h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorText, type App } from "../ui";

export async function renderTranscript(screen: HTMLElement, app: App): Promise<void> {
  const data = await call("get_transcript", {});
  const saveCsv = async () => {
    try {
      const path = await call("export_transcript_csv", {});
      if (path) app.toast(t("saved-to", { path }));
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  const print = async () => {
    try {
      await call("print_page", {});
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  const table = (rows: TranscriptRow[], testid: string) =>
    h(
      "table",
      { class: "transcript-table", "data-testid": testid },
      h("thead", {}, h("tr", {}, ...["title", "exams", "earned", "expires", "number"].map((c) => h("th", { scope: "col" }, t(`transcript-col-${c}`))))),
      h(
        "tbody",
        {},
        ...rows.map((r) =>
          h(
            "tr",
            { "data-testid": "transcript-row" },
            h("td", {}, h("strong", {}, r.title), h("div", { class: "hint" }, t(`kind-${r.kind}`))),
            h("td", { class: "nowrap" }, r.exam_codes.join(", ")),
            h("td", { class: "nowrap", "data-testid": "transcript-earned" }, formatDate(r.earned_on)),
            h("td", { class: "nowrap", "data-testid": "transcript-expires" }, r.expires_on ? formatDate(r.expires_on) : t("transcript-no-expiry")),
            h("td", {}, r.certification_number ?? ""),
          ),
        ),
      ),
    );
  screen.append(
    h(
      "div",
      { class: "screen-head transcript-head" },
      h("div", {}, h("h1", {}, t("transcript-title")), h("p", { class: "lead" }, data.legal_name ? t("transcript-of", { name: data.legal_name, mcid: data.mcid ?? "" }) : t("transcript-lead")), h("p", { class: "hint print-only" }, t("transcript-printed", { date: formatDate(data.today) }))),
      h("div", { class: "actions no-print" }, h("button", { class: "primary", "data-testid": "transcript-print", onclick: () => void print() }, t("transcript-print")), h("button", { "data-testid": "transcript-csv", onclick: () => void saveCsv() }, t("transcript-csv"))),
    ),
    h("h2", {}, t("transcript-active-heading", { count: data.active.length })),
    data.active.length ? table(data.active, "transcript-active") : h("p", { class: "hint" }, t("transcript-none")),
    h("h2", {}, t("transcript-historical-heading", { count: data.historical.length })),
    data.historical.length ? table(data.historical, "transcript-historical") : h("p", { class: "hint" }, t("transcript-none")),
  );
}
