// "Keep in step with Microsoft Learn": the consent switch (Settings and the first-run guide), the
// user's own share link, each link's last read and what it changed, and "Read now". Rust decides
// what is due, reads with the store closed and applies; this only shows the answer.
import { call } from "../api";
import type { LinkSyncView } from "../bindings/LinkSyncView";
import type { SyncView } from "../bindings/SyncView";
import { h } from "../dom";
import { formatOnThisClock, t } from "../i18n";
import { consentSwitch, errorBox, errorText, field, type App } from "../ui";

/** The switch that lets Recert read the transcript links by itself; off until the user says so. */
export function syncSwitch(app: App, view: SyncView | null): HTMLElement {
  return consentSwitch(app, {
    name: "sync",
    testid: "sync-switch",
    checked: view?.on ?? app.boot.settings.sync,
    label: t("sync-switch"),
    hint: t("sync-hint"),
    apply: (on) => call("set_sync", { on }),
  });
}

/** "Read 2 days ago: 1 added, 1 updated" for one link. */
export function lastRead(link: LinkSyncView): string {
  const when = link.days_since === null ? t("sync-never-read") : t("sync-read-days", { days: link.days_since });
  const changes = link.changed_at ? ` · ${t("sync-changed", { added: link.added, updated: link.updated, time: formatOnThisClock(link.changed_at) })}` : "";
  const gone = link.not_shared ? ` · ${t("sync-not-shared")}` : "";
  return `${when}${changes}${gone}`;
}

/** Settings' Microsoft Learn section. */
export async function syncSection(app: App): Promise<HTMLElement> {
  let view: SyncView | null = null;
  try {
    view = await call("get_sync", {});
  } catch (e) {
    app.toast(errorText(e));
  }
  const error = errorBox("sync-error");
  const link = h("input", { type: "text", inputmode: "url", value: view?.own_link ?? "", name: "transcript_link", "data-testid": "own-link", autocomplete: "off", placeholder: "https://learn.microsoft.com/…/transcript/…" });
  const save = h("button", { "data-testid": "own-link-save" }, t("sync-save-link"));
  const now = h("button", { "data-testid": "sync-now" }, t("sync-read-now"));
  const status = h("p", { class: "hint", "aria-live": "polite", "data-testid": "sync-status" });
  const list = h("ul", { class: "sync-links", "data-testid": "sync-links" });
  const show = (v: SyncView) => {
    list.replaceChildren(
      ...v.links.map((l) => h("li", { "data-testid": "sync-link", "data-who": l.who }, h("strong", {}, l.name ?? t("team-me")), ` — ${lastRead(l)}`)),
    );
    if (!v.links.length) list.replaceChildren(h("li", { class: "hint" }, t("sync-no-links")));
  };
  if (view) show(view);
  save.addEventListener("click", async () => {
    error.clear();
    try {
      show(await call("set_own_link", { link: link.value }));
    } catch (e) {
      error.show(e);
    }
  });
  now.addEventListener("click", async () => {
    error.clear();
    now.disabled = true;
    status.textContent = t("sync-reading");
    try {
      show(await call("sync_now", {}));
      status.textContent = "";
      await app.refresh();
    } catch (e) {
      status.textContent = "";
      error.show(e);
    } finally {
      now.disabled = false;
    }
  });
  return h(
    "section",
    { class: "card-form", "data-testid": "sync-settings" },
    h("h2", {}, t("sync-title")),
    syncSwitch(app, view),
    field(t("sync-own-link"), link),
    h("div", { class: "actions" }, save, now),
    status,
    list,
    error.el,
  );
}

/** The dashboard's line: when Microsoft Learn was last read (only while syncing is on). */
export async function syncLine(): Promise<HTMLElement | null> {
  const view = await call("get_sync", {}).catch(() => null);
  const mine = view?.on ? view.links.find((l) => l.who === "me") : undefined;
  return mine ? h("p", { class: "hint sync-line", "data-testid": "sync-line" }, t("sync-dashboard", { status: lastRead(mine) })) : null;
}
