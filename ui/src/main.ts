// Recert's UI: a header with its screens (certifications, team, catalog, plans, timeline, transcript,
// profiles, settings), each rendered from data the Rust core computed.
import "./style.css";
import { listen } from "@tauri-apps/api/event";
import { call } from "./api";
import type { Notice } from "./bindings/Notice";
import type { Boot } from "./bindings/Boot";
import type { Dashboard } from "./bindings/Dashboard";
import type { FirstScreen } from "./bindings/FirstScreen";
import type { Focus } from "./bindings/Focus";
import type { PageMark } from "./bindings/PageMark";
import type { Theme } from "./bindings/Theme";
import { appIcon, h, idOf } from "./dom";
import { applyDesktopFont } from "./fonts";
import { formatDate, setLocale, t } from "./i18n";
import { PAGE, renderDashboard } from "./screens/dashboard";
import { renderRecovery } from "./screens/recovery";
import { openHoldingForm } from "./screens/holding-form";
import { confirmDialog, errorText, type App, type Route } from "./ui";

const root = document.getElementById("app") as HTMLElement;

type Render = (screen: HTMLElement, app: App) => Promise<void>;

/** The dashboard is in the first bundle; the other screens load when first opened, so start-up
 *  parses only what the first screen needs. */
const screens: Record<Route, () => Promise<Render>> = {
  dashboard: async () => renderDashboard,
  team: async () => (await import("./screens/team")).renderTeam,
  catalog: async () => (await import("./screens/catalog")).renderCatalog,
  plans: async () => (await import("./screens/plans")).renderPlans,
  timeline: async () => (await import("./screens/timeline")).renderTimeline,
  transcript: async () => (await import("./screens/transcript")).renderTranscript,
  profiles: async () => (await import("./screens/profiles")).renderProfiles,
  settings: async () => (await import("./screens/settings")).renderSettings,
};

/** The screen a notification, the tray or a second launch asks for. */
function routeFor(focus: Focus | null | undefined): Route {
  if (focus?.kind === "plan") return "plans";
  if (focus?.kind === "person") return "team";
  return "dashboard";
}

export function applyTheme(theme: Theme): void {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Start-up marks (ms since navigation start), printed by the start-up probe with `painted`. */
const marks: PageMark[] = [];
const mark = (what: string) => marks.push({ what, at_ms: performance.now() });
mark("script");

async function start(): Promise<void> {
  let first: FirstScreen;
  try {
    first = await call("first_screen", { osLocale: navigator.language, limit: PAGE });
    mark("first screen answered");
  } catch (e) {
    root.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e)));
    return;
  }
  const boot = first.boot;
  await setLocale(boot.locale);
  applyTheme(boot.settings.theme);
  applyDesktopFont(first.desktop_font);
  if (boot.recovery) {
    document.title = t("app-name");
    renderRecovery(root, boot.recovery, () => void start());
    return;
  }
  // An exam reminder opens the plan it is about; a reminder about someone else, their page.
  let route: Route = routeFor(first.focus);
  const main = h("main", { id: "main", tabindex: "-1" });
  const toastEl = h("div", { class: "toast", role: "status", "data-testid": "toast", hidden: true });
  let toastTimer = 0;
  let renders = 0;

  const banners = h("div", { class: "banners", "data-testid": "banners" });
  const showBanners = (list: Notice[]) => {
    let first: HTMLElement | null = null;
    for (const n of list) {
      const close = h("button", { class: "icon-button", "aria-label": t("action-close") }, "×");
      const [summary, body, hint] = [h("strong", {}, n.summary), h("p", {}, n.body), h("p", { class: "hint" }, t("banner-no-notifications"))];
      const banner = h(
        "div",
        { class: "banner", role: "alert", tabindex: "-1", "aria-labelledby": idOf(summary), "aria-describedby": `${idOf(body)} ${idOf(hint)}`, "data-testid": "banner" },
        h("div", {}, summary, body, hint),
        close,
      );
      close.addEventListener("click", () => {
        banner.remove();
        if (!document.activeElement || document.activeElement === document.body) main.focus();
      });
      banners.append(banner);
      first ??= banner;
    }
    // A reminder is said when it appears, at start-up too: Orca 43 announces no alert a web view
    // adds, but it reads what gets focus. Not while the user is in a dialog or typing in a field.
    const busy = document.querySelector("[role=dialog]") || document.activeElement?.matches("input, select, textarea");
    if (first && !busy) first.focus();
  };
  const takeBanners = async () => showBanners(await call("take_banners", {}));

  const app: App = {
    boot,
    focus: null,
    catalogPage: null,
    teamPerson: first.focus?.kind === "person" ? first.focus.id : null,
    go(next: Route) {
      route = next;
      // Another screen (or another person's page) starts at its top, below the sticky header.
      window.scrollTo(0, 0);
      void app.refresh();
    },
    async refresh(known?: Boot, dashboard?: Dashboard | null) {
      // Start-up passes what it already has: the first screen paints after one round trip.
      const fresh = known ?? (await call("init", { osLocale: navigator.language }));
      app.boot = fresh;
      await setLocale(fresh.locale);
      applyTheme(fresh.settings.theme);
      // The control in focus (a card's mute switch, say) is rebuilt with the screen: find it again
      // afterwards by what it is, so keyboard and screen-reader users stay where they were.
      const active = document.activeElement instanceof HTMLElement && main.contains(document.activeElement) ? document.activeElement : null;
      const was = active ? { card: active.closest<HTMLElement>("[data-id]")?.dataset.id ?? null, testid: active.dataset.testid ?? null } : null;
      renderShell();
      const screen = h("div", { class: "screen" });
      main.replaceChildren(screen);
      try {
        if (route === "dashboard" && dashboard) await renderDashboard(screen, app, dashboard);
        else await (await screens[route]())(screen, app);
        if (was && !main.contains(document.activeElement)) {
          const card = was.card ? screen.querySelector<HTMLElement>(`[data-id="${CSS.escape(was.card)}"]`) : null;
          const again = was.testid ? (card ?? screen).querySelector<HTMLElement>(`[data-testid="${CSS.escape(was.testid)}"]`) : null;
          (again ?? main).focus();
        }
        // The landmark is named after its screen's heading: Orca 43 says a web view's landmarks
        // by name only ("Certifications landmark"), with no name just "landmark".
        const heading = screen.querySelector("h1");
        if (heading) main.setAttribute("aria-labelledby", idOf(heading));
        else main.removeAttribute("aria-labelledby");
        // Tests and screenshots wait for these: the screen is complete.
        screen.dataset.ready = route;
        main.dataset.render = String(++renders);
      } catch (e) {
        screen.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e)));
      }
    },
    toast(message: string) {
      toastEl.textContent = message;
      toastEl.hidden = false;
      window.clearTimeout(toastTimer);
      toastTimer = window.setTimeout(() => (toastEl.hidden = true), 4000);
    },
  };

  const header = h("header", { class: "app-header" });
  function renderShell(): void {
    document.title = t("app-name");
    const tab = (r: Route, id: string) =>
      h("button", { class: r === route ? "tab active" : "tab", "aria-current": r === route ? "page" : null, "data-testid": `nav-${r}`, onclick: () => { if (r === "catalog") app.catalogPage = null; if (r === "team") app.teamPerson = null; app.go(r); } }, t(id));
    const skip = h("a", { class: "skip-link", href: "#main", "data-testid": "skip-link" }, t("skip-to-content"));
    skip.addEventListener("click", (ev) => {
      ev.preventDefault();
      main.focus();
    });
    header.replaceChildren(
      skip,
      h("div", { class: "brand" }, appIcon(28, "brand-icon"), h("span", { class: "brand-name" }, t("app-name"))),
      h("nav", { class: "tabs", "aria-label": t("app-name") }, tab("dashboard", "nav-dashboard"), tab("team", "nav-team"), tab("catalog", "nav-catalog"), tab("plans", "nav-plans"), tab("timeline", "nav-timeline"), tab("transcript", "nav-transcript"), tab("profiles", "nav-profiles"), tab("settings", "nav-settings")),
      // A paragraph, not a span: WebKit leaves a span's text beside the header's landmarks out of
      // the accessibility tree, and the date is something a sighted user reads here.
      h("p", { class: "today", "data-testid": "today" }, t("today-is", { date: formatDate(app.boot.today) })),
      h("button", { class: "primary", "data-testid": "add-certification", onclick: () => openHoldingForm(app, null) }, t("action-add")),
    );
  }

  root.replaceChildren(header, banners, main, toastEl);
  const openCertification = async () => {
    const focus = await call("take_focus_request", {});
    app.focus = focus;
    if (focus?.kind === "person") app.teamPerson = focus.id;
    route = routeFor(focus);
    await app.refresh();
  };
  app.focus = first.focus;
  showBanners(first.banners);
  await app.refresh(boot, first.dashboard);
  mark("rendered");
  // Two frames later the first screen is painted; the start-up benchmark times launch to this.
  requestAnimationFrame(() => {
    mark("frame");
    requestAnimationFrame(() => {
      mark("frame");
      void call("report_painted", { marks }).catch(() => {});
    });
  });
  // Then the events. A banner or a focus request that arrived in between waits in the shell
  // until taken, so it is taken once more after listening.
  // Closing the window destroys it; with a form changed and not saved, ask first.
  const closeRequested = async () => {
    if (await confirmDialog(t("close-unsaved-title"), t("close-unsaved-body"), t("close-unsaved-discard"), "close-dialog")) await call("close_window", {});
  };
  await Promise.all([
    listen("recert://open-certification", () => void openCertification()),
    listen("recert://banner", () => void takeBanners()),
    // Microsoft Learn was read by itself and something changed.
    listen("recert://changed", () => void app.refresh()),
    listen("recert://close-requested", () => void closeRequested()),
  ]);
  await takeBanners();
  const late = await call("take_focus_request", {});
  if (late) {
    app.focus = late;
    if (late.kind === "person") app.teamPerson = late.id;
    route = routeFor(late);
    await app.refresh();
  }
}

void start();
