// Shared pieces of the screens: the app context, modals, messages.
import type { Boot } from "./bindings/Boot";
import type { Dashboard } from "./bindings/Dashboard";
import type { Focus } from "./bindings/Focus";
import { call, CommandError } from "./api";
import { h } from "./dom";
import { t } from "./i18n";

export type Route = "dashboard" | "catalog" | "plans" | "timeline" | "transcript" | "profiles" | "settings";

export interface App {
  boot: Boot;
  /** The certification held or worked on that a notification, the tray or another screen asked to show. */
  focus: Focus | null;
  /** The catalog certification whose page the catalog screen shows. */
  catalogPage: string | null;
  go(route: Route): void;
  /** Re-renders the current screen from fresh data (`known`, `dashboard`: fetched just now). */
  refresh(known?: Boot, dashboard?: Dashboard | null): Promise<void>;
  toast(message: string): void;
}

/** Whether `app.focus` is this certification held (`holding`) or worked on (`plan`). */
export function isFocused(app: App, kind: Focus["kind"], id: string): boolean {
  return app.focus !== null && app.focus.kind === kind && app.focus.id === id;
}

/** The holding id to bring into the dashboard's page, if the focus is a held certification. */
export function focusedHolding(app: App): string | null {
  return app.focus?.kind === "holding" ? app.focus.id : null;
}

/** The message to show for a failed command: the translated text the Rust side sent. */
export function errorText(e: unknown): string {
  if (e instanceof CommandError) return e.message;
  return String(e);
}

export function errorBox(testid: string): { el: HTMLElement; show(e: unknown): void; clear(): void } {
  const el = h("p", { class: "error", role: "alert", "data-testid": testid, hidden: true });
  return {
    el,
    show(e: unknown) {
      el.textContent = typeof e === "string" ? e : errorText(e);
      el.hidden = false;
    },
    clear() {
      el.textContent = "";
      el.hidden = true;
    },
  };
}

export interface Modal {
  body: HTMLElement;
  close(): void;
}

/** A modal dialog; Escape and the close button dismiss it. */
export function openModal(title: string, testid: string): Modal {
  const previous = document.activeElement as HTMLElement | null;
  const body = h("div", { class: "modal-body" });
  const heading = h("h2", { id: `${testid}-title` }, title);
  const closeButton = h("button", { class: "icon-button", "aria-label": t("action-close"), "data-testid": `${testid}-close` }, "×");
  const dialog = h("div", { class: "modal", role: "dialog", "aria-modal": "true", "aria-labelledby": `${testid}-title`, "data-testid": testid }, h("header", { class: "modal-head" }, heading, closeButton), body);
  const overlay = h("div", { class: "overlay" }, dialog);
  const close = () => {
    overlay.remove();
    document.removeEventListener("keydown", onKey);
    previous?.focus();
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === "Escape") close();
  };
  closeButton.addEventListener("click", close);
  document.addEventListener("keydown", onKey);
  document.body.append(overlay);
  return { body, close };
}

export function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h("label", { class: "field" }, h("span", { class: "field-label" }, label), input, hint ? h("span", { class: "hint" }, hint) : null);
}

/** Opens an allowlisted link in the browser; a refusal shows as a toast. */
export function openLink(app: App, url: string): void {
  void call("open_link", { url }).catch((e) => app.toast(errorText(e)));
}
