// "Import from Microsoft Learn": paste a transcript's share link (or pick a saved copy of its JSON),
// see what it adds, updates and leaves, then import it in one write. Rust fetches, parses, matches
// and decides; this dialog only shows the answer.
import { call } from "../api";
import type { Planned } from "../bindings/Planned";
import type { TranscriptPreview } from "../bindings/TranscriptPreview";
import { append, describeBy, h } from "../dom";
import { formatDate, t } from "../i18n";
import { errorBox, field, openModal, type App } from "../ui";

export function learnImportButton(app: App, testid = "learn-import"): HTMLElement {
  return h("button", { "data-testid": testid, onclick: () => openLearnImport(app) }, t("learn-import"));
}

/** What a transcript import adds, updates and leaves, one line per certification, then the items
 * it does not import, each with Rust's reason (already in the user's language). */
export function transcriptItems(preview: TranscriptPreview): HTMLElement {
  const skipped = preview.problems.length
    ? h(
        "div",
        { class: "notice", "data-testid": "transcript-problems" },
        h("p", {}, t("learn-import-skipped", { count: preview.problems.length })),
        h("ul", {}, ...preview.problems.map((p) => h("li", { "data-testid": "transcript-problem", "data-field": p.field }, h("strong", {}, p.title ?? p.field), ` — ${p.message}`))),
      )
    : null;
  return h("div", {}, itemList(preview), skipped);
}

function itemList(preview: TranscriptPreview): HTMLElement {
  return h(
    "ul",
    { class: "transcript-items" },
    ...preview.items.map((item) =>
      h(
        "li",
        { "data-testid": "transcript-item", "data-change": item.change },
        h("strong", {}, item.title),
        " ",
        h("span", { class: "badge" }, t(`learn-import-item-${item.change}`)),
        h("span", { class: "hint" }, ` ${formatDate(item.earned_on)}${item.expires_on ? ` → ${formatDate(item.expires_on)}` : ""}`),
        // Applied Skills are never in the certification catalog: a known kind, nothing to check.
        item.in_catalog || item.kind === "applied-skills" ? null : h("p", { class: "notice", "data-testid": "transcript-not-in-catalog" }, t("learn-import-not-in-catalog", { kind: t(`kind-${item.kind}`) })),
      ),
    ),
  );
}

export function openLearnImport(app: App): void {
  const modal = openModal(t("learn-import"), "learn-import-dialog");
  const error = errorBox("learn-import-error");
  const link = h("input", { type: "text", inputmode: "url", name: "transcript_link", "aria-required": "true", "data-testid": "transcript-link", placeholder: "https://learn.microsoft.com/…/transcript/…", autocomplete: "off" });
  const fetchButton = h("button", { class: "primary", "data-testid": "transcript-fetch" }, t("learn-import-fetch"));
  const fileButton = h("button", { "data-testid": "transcript-file" }, t("learn-import-file"));
  const status = h("p", { class: "hint", "aria-live": "polite", "data-testid": "transcript-status" });
  const previewBox = h("div", { "data-testid": "transcript-preview" });

  // `from`: the link it was read from (kept for "Keep in step"), or null for a saved file.
  const show = ({ preview, plan }: Planned<TranscriptPreview>, from: string | null) => {
    previewBox.replaceChildren();
    const profile = preview.mcid ? h("input", { type: "checkbox", "data-testid": "transcript-profile" }) : null;
    const apply = h("button", { class: "primary", "data-testid": "transcript-apply", disabled: preview.added + preview.updated === 0 && preview.plans.length === 0 && !preview.mcid }, t("learn-import-apply"));
    apply.addEventListener("click", async () => {
      error.clear();
      try {
        const done = await call("apply_transcript", { plan, link: from, fillProfile: profile?.checked ?? false });
        modal.close();
        app.toast(t("learn-import-done", { added: done.added, updated: done.updated }));
        await app.refresh();
      } catch (e) {
        error.show(e);
      }
    });
    const counts = h("p", { "data-testid": "transcript-counts" }, t("transcript-preview", { added: preview.added, updated: preview.updated, unchanged: preview.unchanged }));
    append(
      previewBox,
      counts,
      transcriptItems(preview),
      ...preview.plans.map((plan) =>
        h(
          "p",
          { class: "notice", "data-testid": "transcript-plan" },
          plan.finished ? t("transcript-plan-finished", { title: plan.title }) : t("transcript-plan-exams", { title: plan.title, exams: plan.exams_passed.join(", ") }),
        ),
      ),
      profile ? h("label", { class: "checkbox" }, profile, t("learn-import-profile", { mcid: preview.mcid ?? "" })) : null,
      h("div", { class: "actions" }, apply),
    );
    // The next step takes the focus, and says what it would do: a screen reader hears the preview
    // arrive (Orca 43 says no live region of a web view).
    if (!apply.disabled) {
      describeBy(apply, counts);
      apply.focus();
    }
  };
  const run = async (ask: () => Promise<Planned<TranscriptPreview> | null>, from: string | null) => {
    error.clear();
    previewBox.replaceChildren();
    status.textContent = t("learn-import-reading");
    fetchButton.disabled = fileButton.disabled = true;
    try {
      const planned = await ask();
      if (planned) show(planned, from);
    } catch (e) {
      error.show(e);
    } finally {
      status.textContent = "";
      fetchButton.disabled = fileButton.disabled = false;
    }
  };
  fetchButton.addEventListener("click", () => void run(() => call("preview_transcript_link", { link: link.value }), link.value));
  fileButton.addEventListener("click", () => void run(() => call("preview_transcript_file", {}), null));
  append(
    modal.body,
    h("p", { class: "hint" }, t("learn-import-lead")),
    field(t("learn-import-link"), link),
    h("div", { class: "actions" }, fetchButton, fileButton),
    status,
    error.el,
    previewBox,
  );
  link.focus();
}
