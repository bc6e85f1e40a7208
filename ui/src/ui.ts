// Shared pieces of the screens: the app context, modals, messages.
import type { Boot } from "./bindings/Boot";
import type { Dashboard } from "./bindings/Dashboard";
import type { Focus } from "./bindings/Focus";
import { call, CommandError } from "./api";
import { describeBy, h, idOf, undescribeBy } from "./dom";
import { t } from "./i18n";

export type Route = "dashboard" | "team" | "catalog" | "plans" | "timeline" | "transcript" | "profiles" | "settings";

export interface App {
  boot: Boot;
  /** The certification held or worked on that a notification, the tray or another screen asked to show. */
  focus: Focus | null;
  /** The catalog certification whose page the catalog screen shows. */
  catalogPage: string | null;
  /** The person whose page the team screen shows (null: the team dashboard). */
  teamPerson: string | null;
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
/** A switch the user's consent turns on (start at sign-in, keep in step with Learn), with its hint:
 * `apply` asks Rust; a refusal puts the box back and says why. `name` names its classes and ids. */
export function consentSwitch(app: App, o: { name: string; testid: string; checked: boolean; label: string; hint: string; apply: (on: boolean) => Promise<unknown> }): HTMLElement {
  const box = h("input", { type: "checkbox", checked: o.checked, "data-testid": o.testid, "aria-describedby": `${o.name}-hint` });
  box.addEventListener("change", async () => {
    try {
      await o.apply(box.checked);
      await app.refresh();
    } catch (e) {
      box.checked = !box.checked;
      app.toast(errorText(e));
    }
  });
  return h(
    "div",
    { class: `${o.name}-block` },
    h("label", { class: `checkbox ${o.name}` }, box, o.label),
    h("p", { class: "hint", id: `${o.name}-hint`, "data-testid": `${o.name}-hint` }, o.hint),
  );
}

export function errorText(e: unknown): string {
  if (e instanceof CommandError) return e.message;
  return String(e);
}

/** Where a form or screen says what went wrong, as an alert. An error about one field
 *  (`CommandError.field`) is that field's: it moves right after the control of that `name` in the
 *  same form, which is marked invalid and described by it, and takes the focus, so a screen reader
 *  says it once and Shift+Tab leads to the field. (Orca 43 announces no alert a web view shows, nor
 *  a new description of the control in focus; it does say an alert that gets the focus.) */
export function errorBox(testid: string): { el: HTMLElement; show(e: unknown): void; clear(): void } {
  // Its text in a child: it names the box (Orca 43 says an alert in focus by its name alone) and
  // describes the field (WebKit takes no description from an alert).
  const text = h("span", { id: `${testid}-text` });
  const el = h("p", { class: "error", role: "alert", tabindex: "-1", id: testid, "aria-labelledby": text.id, "data-testid": testid, hidden: true }, text);
  // Its own place, to go back to after it has stood by a field.
  const home = document.createComment(testid);
  let marked: HTMLElement | null = null;
  const unmark = () => {
    if (home.parentNode) home.replaceWith(el);
    if (!marked) return;
    marked.removeAttribute("aria-invalid");
    undescribeBy(marked, text);
    marked = null;
  };
  return {
    el,
    show(e: unknown) {
      unmark();
      text.textContent = typeof e === "string" ? e : errorText(e);
      el.hidden = false;
      const name = e instanceof CommandError ? e.field : undefined;
      const scope = el.closest("form, [role=dialog], section") ?? el.parentElement;
      const control = name ? scope?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) : null;
      if (!control) return;
      el.replaceWith(home);
      (control.closest(".field") ?? control).after(el);
      marked = control;
      control.setAttribute("aria-invalid", "true");
      describeBy(control, text);
      el.focus();
    },
    clear() {
      unmark();
      text.textContent = "";
      el.hidden = true;
    },
  };
}

export interface Modal {
  body: HTMLElement;
  close(): void;
  /** What the dialog is about (its message, a preview's counts): said with its name. */
  describe(...parts: HTMLElement[]): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab reaches inside `root`, in order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => !e.closest("[hidden]") && e.getClientRects().length > 0);
}

/** Dialogs whose fields were changed and not yet saved or dismissed: closing the window asks
 *  first while there is one (the window and its web view are destroyed on close). */
const unsaved = new Set<HTMLElement>();
function markUnsaved(dialog: HTMLElement, yes: boolean): void {
  const before = unsaved.size > 0;
  if (yes) unsaved.add(dialog);
  else unsaved.delete(dialog);
  const now = unsaved.size > 0;
  if (before === now) return;
  // Once the shell knows, `data-unsaved` on <body> says so (journeys wait for it before closing).
  void call("set_unsaved", { unsaved: now })
    .then(() => (document.body.dataset.unsaved = String(now)))
    .catch(() => {});
}

/**
 * A modal dialog. While it is open the rest of the page is inert (neither focusable nor read by
 * assistive technology) and Tab cycles inside it; Escape and the close button dismiss it, and
 * focus goes back where it was (or to `main` when that control is gone).
 */
export function openModal(title: string, testid: string): Modal {
  const previous = document.activeElement as HTMLElement | null;
  const body = h("div", { class: "modal-body" });
  const heading = h("h2", { id: `${testid}-title` }, title);
  const closeButton = h("button", { class: "icon-button", "aria-label": t("action-close"), "data-testid": `${testid}-close` }, "×");
  const dialog = h("div", { class: "modal", role: "dialog", "aria-modal": "true", "aria-labelledby": `${testid}-title`, "data-testid": testid }, h("div", { class: "modal-head" }, heading, closeButton), body);
  const overlay = h("div", { class: "overlay" }, dialog);
  const others = [...document.body.children].filter((e): e is HTMLElement => e instanceof HTMLElement && !e.inert);
  const close = () => {
    overlay.remove();
    markUnsaved(dialog, false);
    for (const e of others) e.inert = false;
    document.removeEventListener("keydown", onKey);
    if (previous?.isConnected) previous.focus();
    else document.getElementById("main")?.focus();
  };
  const onKey = (ev: KeyboardEvent) => {
    if (!overlay.isConnected) return;
    if (ev.key === "Escape") {
      ev.preventDefault();
      close();
    } else if (ev.key === "Tab") {
      const items = focusables(dialog);
      if (items.length === 0) return;
      const [first, last] = [items[0], items[items.length - 1]];
      const inside = dialog.contains(document.activeElement);
      if (ev.shiftKey && (document.activeElement === first || !inside)) {
        ev.preventDefault();
        last.focus();
      } else if (!ev.shiftKey && (document.activeElement === last || !inside)) {
        ev.preventDefault();
        first.focus();
      }
    }
  };
  closeButton.addEventListener("click", close);
  body.addEventListener("input", () => markUnsaved(dialog, true));
  document.addEventListener("keydown", onKey);
  for (const e of others) e.inert = true;
  document.body.append(overlay);
  // The caller fills the body next: then focus its first control (or keep what it focused).
  requestAnimationFrame(() => {
    if (overlay.isConnected && !dialog.contains(document.activeElement)) (focusables(body)[0] ?? closeButton).focus();
  });
  const describe = (...parts: HTMLElement[]) => dialog.setAttribute("aria-describedby", parts.map(idOf).join(" "));
  return { body, close, describe };
}

/** The app's own confirmation: translated, styled, keyboard-usable; resolves with the answer. */
export function confirmDialog(title: string, message: string, confirmLabel: string, testid = "confirm-dialog"): Promise<boolean> {
  return new Promise((resolve) => {
    const modal = openModal(title, testid);
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      modal.close();
      resolve(yes);
    };
    const cancel = h("button", { "data-testid": `${testid}-cancel`, onclick: () => answer(false) }, t("action-cancel"));
    const ok = h("button", { class: "primary danger", "data-testid": `${testid}-ok`, onclick: () => answer(true) }, confirmLabel);
    const about = h("p", {}, message);
    modal.body.append(about, h("div", { class: "actions" }, cancel, ok));
    modal.describe(about);
    // Escape or the close button: no.
    const observer = new MutationObserver(() => {
      if (!modal.body.isConnected) {
        observer.disconnect();
        if (!answered) {
          answered = true;
          resolve(false);
        }
      }
    });
    observer.observe(document.body, { childList: true });
    cancel.focus();
  });
}

/** A labelled control with its hint. Named by its label alone and described by its hint: a
 *  wrapping <label> alone would name it with the hint and its own value too (WebKitGTK does). */
export function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  const name = h("span", { class: "field-label" }, label);
  input.setAttribute("aria-labelledby", idOf(name));
  const said = hint ? h("span", { class: "hint" }, hint) : null;
  if (said) describeBy(input, said);
  return h("label", { class: "field" }, name, input, said);
}

/** Opens an allowlisted link in the browser; a refusal shows as a toast. */
export function openLink(app: App, url: string): void {
  void call("open_link", { url }).catch((e) => app.toast(errorText(e)));
}
