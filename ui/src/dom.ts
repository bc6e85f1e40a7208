// A tiny element builder. Text always goes in as text nodes, never as HTML, so a certification
// named `<img src=x onerror=alert(1)>` shows exactly that.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  // WebKit drops the list semantics of a list styled `list-style: none` (every list here is), and
  // a screen reader then finds no list and no item count: said in the markup instead.
  if ((tag === "ul" || tag === "ol") && !("role" in attrs)) el.setAttribute("role", "list");
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

let nextId = 0;

/** The element's id, given one if it has none. */
export function idOf(el: Element): string {
  if (!el.id) el.id = `el-${++nextId}`;
  return el.id;
}

/**
 * Names each control in `scope` by its own label and then `subject`'s text ("Edit Microsoft
 * Certified: Azure Administrator Associate"): a screen reader moving from control to control
 * hears what each acts on, and the visible label still starts the name (voice control).
 */
export function actOn(scope: Element, subject: Element): void {
  for (const control of scope.querySelectorAll("button, a[href]")) {
    control.setAttribute("aria-labelledby", `${idOf(control)} ${idOf(subject)}`);
  }
}

/** Puts `by` first among what describes `el` (a screen reader says it before the rest). */
export function describeBy(el: Element, by: Element): void {
  el.setAttribute("aria-describedby", [idOf(by), ...describers(el, by)].join(" "));
}

/** Takes `by` out of what describes `el`. */
export function undescribeBy(el: Element, by: Element): void {
  const rest = describers(el, by);
  if (rest.length) el.setAttribute("aria-describedby", rest.join(" "));
  else el.removeAttribute("aria-describedby");
}

/** The ids describing `el`, but `by`'s. */
function describers(el: Element, by: Element): string[] {
  return (el.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== idOf(by));
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "number" ? String(c) : c);
  }
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with its attributes and children (SVG needs its namespace: `h` cannot make it). */
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: SVGElement[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

/** Status icons as SVG paths (24×24). */
const ICONS: Record<string, string> = {
  "renewal-open": "M12 4a8 8 0 1 1-7.4 5 M4 4v5h5",
  active: "M5 12.5l4.5 4.5L19 7.5",
  expired: "M12 7v6 M12 16.5v.5 M12 2.5 2 20.5h20z",
  "no-expiry": "M6 9a3 3 0 1 0 0 6c2.5 0 3.5-6 6-6s3.5 6 6 6a3 3 0 1 0 0-6c-2.5 0-3.5 6-6 6S8.5 9 6 9z",
};

export function icon(name: string): SVGSVGElement {
  return svg("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", class: `icon icon-${name}` }, svg("path", { d: ICONS[name] ?? "" }));
}

/** Recert's icon (ui/public/icon.svg, which the bundle's icons are made from), drawn in the page.
 *  As an `<img>` it was a second document: loaded and parsed (by libxml2) after the first frame,
 *  then painted in a frame of its own. `id` keeps each copy's gradients apart. */
export function appIcon(size: number, id: string): SVGSVGElement {
  const stop = (offset: number, color: string) => svg("stop", { offset, "stop-color": color });
  return svg(
    "svg",
    { width: size, height: size, viewBox: "0 0 1024 1024", "aria-hidden": "true", class: "app-icon" },
    svg(
      "defs",
      {},
      svg("linearGradient", { id: `${id}-bg`, x1: 0, y1: 0, x2: 1, y2: 1 }, stop(0, "#1565d8"), stop(1, "#0c8a8f")),
      svg("linearGradient", { id: `${id}-ring`, x1: 0, y1: 0, x2: 0, y2: 1 }, stop(0, "#ffffff"), stop(1, "#dff3ff")),
    ),
    svg("rect", { x: 64, y: 64, width: 896, height: 896, rx: 200, fill: `url(#${id}-bg)` }),
    // The renewal arc: three quarters of a circle ending in an arrow head.
    svg("path", { d: "M 512 232 A 280 280 0 1 1 250 420", fill: "none", stroke: `url(#${id}-ring)`, "stroke-width": 72, "stroke-linecap": "round" }),
    svg("path", { d: "M 176 404 L 262 318 L 318 436 Z", fill: "#ffffff", stroke: "#ffffff", "stroke-width": 24, "stroke-linejoin": "round" }),
    // The certificate check.
    svg("path", { d: "M 388 528 L 480 620 L 652 430", fill: "none", stroke: "#ffffff", "stroke-width": 76, "stroke-linecap": "round", "stroke-linejoin": "round" }),
  );
}

export function clear(el: Element): void {
  el.replaceChildren();
}
