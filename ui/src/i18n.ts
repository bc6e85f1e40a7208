// The UI's half of the shared Fluent catalogs (ui/locales/*.ftl); Rust reads the same files.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "../locales/en.ftl?raw";
import type { Locale } from "./bindings/Locale";

// English is in the first bundle (it is also every message's fallback); the other catalogs load
// when their language is chosen.
const sources: Partial<Record<Locale, string>> = { en };
const loaders: Record<Locale, () => Promise<string>> = {
  en: async () => en,
  ja: async () => (await import("../locales/ja.ftl?raw")).default,
  "zh-TW": async () => (await import("../locales/zh-TW.ftl?raw")).default,
};

/** A catalog whose entries are parsed when first asked for: all of en.ftl's 575 took 5–6 ms to
 *  parse (in Node) before the first screen, which uses a few dozen. */
type Catalog = { bundle: FluentBundle; entries: Map<string, string> };
const catalogs = new Map<Locale, Catalog>();

/** Where entries start, as @fluent/bundle's own parser finds them (its RE_MESSAGE_START): each
 *  entry's text runs to the next one (comments in between are skipped by the parser). */
const ENTRY_START = /^(-?[a-zA-Z][\w-]*) *= */gm;
/** References to other messages and to terms inside a pattern (`{ other }`, `{ -term }`). */
const REFERENCE = /\{\s*(-?[a-zA-Z][\w-]*)\s*[}.(]/g;

function catalog(locale: Locale): Catalog {
  let c = catalogs.get(locale);
  if (!c) {
    const source = sources[locale] ?? en;
    const starts = [...source.matchAll(ENTRY_START)];
    const entries = new Map(starts.map((m, i) => [m[1], source.slice(m.index, starts[i + 1]?.index ?? source.length)]));
    c = { bundle: new FluentBundle(locale, { useIsolating: false }), entries };
    catalogs.set(locale, c);
  }
  return c;
}

/** Parses entry `id` into the catalog's bundle (and what it references) unless already there. */
function load(c: Catalog, id: string): void {
  const text = c.entries.get(id);
  if (text === undefined) return;
  c.entries.delete(id);
  c.bundle.addResource(new FluentResource(text));
  for (const m of text.matchAll(REFERENCE)) load(c, m[1]);
}

let current: Locale = "en";

/** Makes `locale` current, loading its catalog first if need be. */
export async function setLocale(locale: Locale): Promise<void> {
  sources[locale] ??= await loaders[locale]();
  current = locale;
  document.documentElement.lang = locale;
}

export function locale(): Locale {
  return current;
}

/** Picks a supported locale from a browser tag, as the Rust side does. */
export function fromOsTag(tag: string): Locale {
  const t = tag.toLowerCase().replace(/_/g, "-");
  if (t.startsWith("ja")) return "ja";
  if (t.startsWith("zh") && /hant|-tw|-hk|-mo/.test(t)) return "zh-TW";
  return "en";
}

export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const l of [current, "en"] as Locale[]) {
    const c = catalog(l);
    load(c, id);
    const msg = c.bundle.getMessage(id);
    if (msg?.value) return c.bundle.formatPattern(msg.value, args);
  }
  return id;
}

/** `2027-03-14` in English, `2027年3月14日` in Japanese and Traditional Chinese (as in Rust). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  if (current === "en") return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 16);
  return `${formatDate(day)} ${time} UTC`;
}

/** An instant on this machine's clock (its time zone), in the form of `formatLocal`. */
export function formatOnThisClock(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return formatLocal(`${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:00`);
}

/** A local date and time (`2026-12-01T09:30:00`), as Rust's `format_local`. */
export function formatLocal(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const hour = current === "en" ? m[2] : String(Number(m[2]));
  return `${formatDate(m[1])} ${hour}:${m[3]}`;
}
