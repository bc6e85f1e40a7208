// Recert's UI: a header with three screens, each rendered from data the Rust core computed.
import "./style.css";
import { listen } from "@tauri-apps/api/event";
import { call } from "./api";
import type { Notice } from "./bindings/Notice";
import type { Boot } from "./bindings/Boot";
import type { Theme } from "./bindings/Theme";
import { h } from "./dom";
import { formatDate, setLocale, t } from "./i18n";
import { renderDashboard } from "./screens/dashboard";
import { renderProfiles } from "./screens/profiles";
import { renderRecovery } from "./screens/recovery";
import { renderSettings } from "./screens/settings";
import { openHoldingForm } from "./screens/holding-form";
import { renderCatalog } from "./screens/catalog";
import { renderPlans } from "./screens/plans";
import { renderTimeline } from "./screens/timeline";
import { renderTranscript } from "./screens/transcript";
import { errorText, type App, type Route } from "./ui";

const root = document.getElementById("app") as HTMLElement;

export function applyTheme(theme: Theme): void {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

async function start(): Promise<void> {
  let boot: Boot;
  try {
    boot = await call("init", { osLocale: navigator.language });
  } catch (e) {
    root.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e)));
    return;
  }
  setLocale(boot.locale);
  applyTheme(boot.settings.theme);
  if (boot.recovery) {
    document.title = t("app-name");
    renderRecovery(root, boot.recovery, () => void start());
    return;
  }
  let route: Route = "dashboard";
  const main = h("main", { id: "main", tabindex: "-1" });
  const toastEl = h("div", { class: "toast", role: "status", "data-testid": "toast", hidden: true });
  let toastTimer = 0;
  let renders = 0;

  const banners = h("div", { class: "banners", "data-testid": "banners" });
  const showBanners = (list: Notice[]) => {
    for (const n of list) {
      const close = h("button", { class: "icon-button", "aria-label": t("action-close") }, "×");
      const banner = h("div", { class: "banner", role: "alert", "data-testid": "banner" }, h("div", {}, h("strong", {}, n.summary), h("p", {}, n.body), h("p", { class: "hint" }, t("banner-no-notifications"))), close);
      close.addEventListener("click", () => banner.remove());
      banners.append(banner);
    }
  };
  const takeBanners = async () => showBanners(await call("take_banners", {}));

  const app: App = {
    boot,
    focus: null,
    catalogPage: null,
    go(next: Route) {
      route = next;
      void app.refresh();
    },
    async refresh() {
      const fresh = await call("init", { osLocale: navigator.language });
      app.boot = fresh;
      setLocale(fresh.locale);
      applyTheme(fresh.settings.theme);
      renderShell();
      const screen = h("div", { class: "screen" });
      main.replaceChildren(screen);
      try {
        const render = { dashboard: renderDashboard, catalog: renderCatalog, plans: renderPlans, timeline: renderTimeline, transcript: renderTranscript, profiles: renderProfiles, settings: renderSettings }[route];
        await render(screen, app);
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
      h("button", { class: r === route ? "tab active" : "tab", "aria-current": r === route ? "page" : null, "data-testid": `nav-${r}`, onclick: () => { if (r === "catalog") app.catalogPage = null; app.go(r); } }, t(id));
    header.replaceChildren(
      h("div", { class: "brand" }, h("img", { src: "./icon.svg", alt: "", width: 28, height: 28 }), h("span", { class: "brand-name" }, t("app-name"))),
      h("nav", { class: "tabs", "aria-label": t("app-name") }, tab("dashboard", "nav-dashboard"), tab("catalog", "nav-catalog"), tab("plans", "nav-plans"), tab("timeline", "nav-timeline"), tab("transcript", "nav-transcript"), tab("profiles", "nav-profiles"), tab("settings", "nav-settings")),
      h("span", { class: "today", "data-testid": "today" }, t("today-is", { date: formatDate(app.boot.today) })),
      h("button", { class: "primary", "data-testid": "add-certification", onclick: () => openHoldingForm(app, null) }, t("action-add")),
    );
  }

  root.replaceChildren(header, banners, main, toastEl);
  const openCertification = async () => {
    const id = await call("take_focus_request", {});
    app.focus = id;
    // Plan ids start with "p": an exam reminder opens the plan.
    route = id?.startsWith("p") ? "plans" : "dashboard";
    await app.refresh();
  };
  await listen("recert://open-certification", () => void openCertification());
  await listen("recert://banner", () => void takeBanners());
  app.focus = await call("take_focus_request", {});
  if (app.focus?.startsWith("p")) route = "plans";
  await takeBanners();
  await app.refresh();
  // Two frames later the first screen is painted; the start-up benchmark times launch to this.
  requestAnimationFrame(() => requestAnimationFrame(() => void call("report_painted", {}).catch(() => {})));
}

void start();
