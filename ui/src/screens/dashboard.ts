// The dashboard: every certification, most urgent first, with its status at a glance.
import { call } from "../api";
import type { Dashboard } from "../bindings/Dashboard";
import type { HoldingView } from "../bindings/HoldingView";
import { actOn, appIcon, h, icon } from "../dom";
import { formatDate, formatInstant, formatOnThisClock, t } from "../i18n";
import { confirmDialog, consentSwitch, errorText, focusedHolding, isFocused, type App } from "../ui";
import { openHoldingForm } from "./holding-form";
import { openRenewal } from "./renewal";
import { updatesSwitch } from "./updates";
import { learnImportButton } from "./learn-import";
import { syncLine, syncSwitch } from "./sync";

const CERT_DASHBOARD = "https://aka.ms/CertDashboard";

/** Cards shown at first, and added by each "Show more" (or by scrolling to it): a page renders at
 *  once however many certifications the store holds, and the first one fills more than a window. */
export const PAGE = 30;
let shown = PAGE;

/** `preloaded`: the first page start-up already fetched. */
export async function renderDashboard(screen: HTMLElement, app: App, preloaded?: Dashboard): Promise<void> {
  const data = preloaded ?? (await call("get_dashboard", { limit: shown, focus: focusedHolding(app) }));
  if (data.holdings.length === 0) {
    screen.append(emptyState(app));
    return;
  }
  fill(screen, app, data);
  // While Recert keeps in step with Learn, when it last read the user's transcript (after the
  // cards: the first screen never waits for it).
  if (app.boot.settings.sync) {
    void syncLine().then((line) => {
      if (line) screen.querySelector("[data-testid=counts], .counts")?.after(line);
    });
  }
  const focused = screen.querySelector<HTMLElement>(".card.focused");
  if (focused) {
    focused.scrollIntoView({ block: "center" });
    focused.focus();
  }
}

/** The counts, the cards and, when there are more, the next-page control. Loading the next page
 *  replaces these in one step, so the screen never empties and the scroll position stays. */
function fill(screen: HTMLElement, app: App, data: Dashboard): void {
  screen.replaceChildren(h("h1", { class: "visually-hidden" }, t("nav-dashboard")), counts(data), h("ul", { class: "cards", "data-testid": "holdings" }, ...data.holdings.map((v) => card(v, app))));
  if (data.total <= data.holdings.length) return;
  const next = async () => {
    shown = data.holdings.length + PAGE;
    try {
      fill(screen, app, await call("get_dashboard", { limit: shown, focus: focusedHolding(app) }));
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  const button = h("button", { "data-testid": "show-more", onclick: () => void next() }, t("dashboard-show-more", { count: Math.min(PAGE, data.total - data.holdings.length) }));
  const more = h("div", { class: "more" }, h("p", { class: "hint", "data-testid": "shown-count" }, t("dashboard-shown", { shown: data.holdings.length, total: data.total })), button);
  screen.append(more);
  // Scrolling down to the end of the list loads the next page, as pressing the button does.
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && window.scrollY > 0) {
      seen.disconnect();
      void next();
    }
  });
  seen.observe(more);
}

function primary(button: HTMLElement): HTMLElement {
  button.classList.add("primary");
  return button;
}

function emptyState(app: App): HTMLElement {
  return h(
    "section",
    { class: "empty", "data-testid": "empty-dashboard" },
    appIcon(72, "empty-icon"),
    h("h1", {}, t("empty-title")),
    h("p", { class: "lead" }, t("empty-lead")),
    // The fastest path first: the share link of a Learn transcript brings every certification
    // with Microsoft's own dates; adding by hand is the alternative.
    h(
      "ol",
      { class: "steps" },
      h("li", {}, t("empty-step-import")),
      h("li", {}, t("empty-step-add")),
      h("li", {}, t("empty-step-profiles")),
      h("li", {}, t("empty-step-renew")),
    ),
    h("div", { class: "actions" }, primary(learnImportButton(app))),
    h(
      "div",
      { class: "actions" },
      h("button", { "data-testid": "empty-add", onclick: () => openHoldingForm(app, null) }, t("empty-add-by-hand")),
      h("button", { "data-testid": "empty-browse", onclick: () => { app.catalogPage = null; app.go("catalog"); } }, t("empty-browse")),
      h("button", { "data-testid": "empty-profiles", onclick: () => app.go("profiles") }, t("nav-profiles")),
    ),
    syncSwitch(app, null),
    autostartSwitch(app),
    updatesSwitch(app),
  );
}

/** The first-run guide (and Settings) offer start-at-login; it stays off until the user turns it
 * on. The hint says where Recert goes at sign-in: the tray, with no window (`--hidden`). */
export function autostartSwitch(app: App): HTMLElement {
  return consentSwitch(app, {
    name: "autostart",
    testid: "autostart",
    checked: app.boot.settings.autostart,
    label: t("settings-autostart"),
    hint: t("settings-autostart-hint"),
    apply: (enabled) => call("set_autostart", { enabled }),
  });
}

function counts(data: Dashboard): HTMLElement {
  const chip = (status: string, id: string, n: number) =>
    h("li", { class: `chip status-${status}`, "data-testid": `count-${status}` }, icon(status), h("span", { class: "chip-label" }, t(id)), h("strong", {}, n));
  return h(
    "ul",
    { class: "counts", "aria-label": t("nav-dashboard") },
    chip("renewal-open", "count-renewal-open", data.counts.renewal_open),
    chip("active", "count-active", data.counts.active),
    chip("expired", "count-expired", data.counts.expired),
    chip("no-expiry", "count-no-expiry", data.counts.no_expiry),
  );
}

function card(v: HoldingView, app: App): HTMLElement {
  // The reasons are asked for when "Why?" is first opened: the dashboard carries none.
  const reasons = h("ul", { class: "reasons", "data-testid": "reasons", id: `reasons-${v.id}`, hidden: true });
  const whyButton = h("button", { class: "link", "aria-expanded": "false", "aria-controls": `reasons-${v.id}`, "data-testid": "why" }, t("action-why"));
  let loaded = false;
  whyButton.addEventListener("click", async () => {
    if (!loaded) {
      try {
        const list = await call("holding_reasons", { id: v.id });
        reasons.replaceChildren(...list.map((r) => h("li", { "data-reason": r.id }, r.text)));
        loaded = true;
      } catch (e) {
        app.toast(errorText(e));
        return;
      }
    }
    reasons.hidden = !reasons.hidden;
    whyButton.setAttribute("aria-expanded", String(!reasons.hidden));
    whyButton.textContent = reasons.hidden ? t("action-why") : t("action-hide-why");
  });
  const dates: (HTMLElement | null)[] = [];
  if (v.expires_on) {
    const expired = v.status === "expired";
    dates.push(h("span", { "data-testid": "expires" }, t(expired ? "card-expired" : "card-expires", { date: formatDate(v.expires_on) })));
    // R3: valid through the expiry day in UTC; said on the user's own clock too.
    if (!expired && v.valid_until) dates.push(h("span", { class: "hint", "data-testid": "valid-until" }, t("card-valid-until", { time: formatOnThisClock(v.valid_until) })));
    if (!expired && v.days_left !== null) dates.push(h("span", { class: "days-left", "data-testid": "days-left" }, t("card-days-left", { days: v.days_left })));
    if (!expired && v.window_opens_on) dates.push(h("span", { "data-testid": "window-opens" }, t("card-window-opens", { date: formatDate(v.window_opens_on) })));
  } else if (v.status === "expired") {
    // Learn lists it as expired or retired (a legacy credential without an expiry): history.
    dates.push(h("span", { "data-testid": "expires" }, t("card-history")));
  } else if (!v.broken) {
    dates.push(h("span", { "data-testid": "never-expires" }, t("card-never-expires")));
  }
  const meta = [v.exam_codes.length ? t("card-exams", { codes: v.exam_codes.join(", ") }) : t(`kind-${v.kind}`), v.earned_on ? t("card-earned", { date: formatDate(v.earned_on) }) : null, v.certification_number ? t("card-number", { number: v.certification_number }) : null].filter(Boolean).join(" · ");
  const remove = async () => {
    if (!(await confirmDialog(t("remove-title"), t("remove-confirm", { title: v.title }), t("action-remove"), "remove-dialog"))) return;
    try {
      await call("remove_holding", { id: v.id });
      await app.refresh();
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  const toggleMute = async () => {
    try {
      await call("set_muted", { id: v.id, muted: !v.muted });
      await app.refresh();
    } catch (e) {
      app.toast(errorText(e));
    }
  };
  const statusClass = v.broken ? "broken" : v.status;
  const focused = isFocused(app, "holding", v.id);
  const title = h("h2", { class: "card-title", "data-testid": "title" }, v.title);
  const item = h(
    "li",
    { class: `card status-${statusClass}${focused ? " focused" : ""}`, tabindex: focused ? "-1" : null, "data-testid": "holding", "data-focused": focused ? "true" : null, "data-id": v.id, "data-status": v.status },
    h("div", { class: "card-icon" }, icon(v.status)),
    h(
      "div",
      { class: "card-main" },
      // The status a paragraph of its own: as a span beside the heading it is in no node a screen
      // reader reads on its way down the card.
      h("div", { class: "card-head" }, title, h("p", { class: `badge status-${statusClass}`, "data-testid": "status" }, v.broken ? t("card-broken") : t(`status-${v.status}`))),
      h("p", { class: "meta" }, meta),
      dates.length ? h("p", { class: "dates" }, ...dates) : null,
      v.can_renew_now ? h("p", { class: "renewable", "data-testid": "renewable-now" }, t("card-renewable-now")) : null,
      v.muted ? h("p", { class: "hint", "data-testid": "muted" }, t("card-muted")) : null,
      v.next_attempt_at ? h("p", { class: "hint" }, t("renew-next-attempt", { when: formatInstant(v.next_attempt_at) })) : null,
      v.needs_connection
        ? h("p", { class: "notice", "data-testid": "connect-note" }, t("reason-connect-profiles"), " ", h("button", { class: "link", onclick: () => app.go("profiles") }, t("nav-profiles")))
        : null,
      reasons,
      h(
        "div",
        { class: "card-actions" },
        whyButton,
        v.renewable ? h("button", { "data-testid": "renew", onclick: () => openRenewal(app, v) }, t("action-renew")) : null,
        h("button", { "data-testid": "edit", onclick: () => openHoldingForm(app, v) }, t("action-edit")),
        // Its label says what a press does ("Unmute reminders" when muted): no pressed state that
        // would read as the opposite.
        v.expires_on ? h("button", { "data-testid": "mute", onclick: toggleMute }, t(v.muted ? "card-unmute" : "card-mute")) : null,
        h("button", { class: "danger", "data-testid": "remove", onclick: remove }, t("action-remove")),
        v.can_renew_now ? h("button", { class: "link", "data-testid": "renew-on-learn", onclick: () => void call("open_link", { url: CERT_DASHBOARD }).catch((e) => app.toast(errorText(e))) }, t("card-renew-on-learn")) : null,
      ),
    ),
  );
  actOn(item, title);
  return item;
}
