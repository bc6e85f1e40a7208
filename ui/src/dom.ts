// A tiny element builder. Text always goes in as text nodes, never as HTML, so a certification
// named `<img src=x onerror=alert(1)>` shows exactly that.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "number" ? String(c) : c);
  }
}

const SVG = "http://www.w3.org/2000/svg";

/** Status icons as SVG paths (24×24). */
const ICONS: Record<string, string> = {
  "renewal-open": "M12 4a8 8 0 1 1-7.4 5 M4 4v5h5",
  active: "M5 12.5l4.5 4.5L19 7.5",
  expired: "M12 7v6 M12 16.5v.5 M12 2.5 2 20.5h20z",
  "no-expiry": "M6 9a3 3 0 1 0 0 6c2.5 0 3.5-6 6-6s3.5 6 6 6a3 3 0 1 0 0-6c-2.5 0-3.5 6-6 6S8.5 9 6 9z",
};

export function icon(name: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", `icon icon-${name}`);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", ICONS[name] ?? "");
  svg.append(path);
  return svg;
}

export function clear(el: Element): void {
  el.replaceChildren();
}
