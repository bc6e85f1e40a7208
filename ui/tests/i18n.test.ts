import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { formatDate, formatInstant, formatLocal, fromOsTag, setLocale, t } from "../src/i18n";

const LOCALES = ["en", "ja", "zh-TW"] as const;
/** A catalog's Fluent source, as the UI bundles it. */
const catalogSource = (locale: string) => readFileSync(join(__dirname, `../locales/${locale}.ftl`), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("message catalogs", () => {
  it("hold every literal id the UI asks for, in all three languages", async () => {
    const ids = new Set<string>();
    for (const file of sourceFiles(join(__dirname, "../src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\("([a-z0-9_-]+)"/g)) ids.add(m[1]);
    }
    expect(ids.size).toBeGreaterThan(60);
    for (const locale of LOCALES) {
      const ftl = catalogSource(locale);
      const missing = [...ids].filter((id) => !new RegExp(`^${id} =`, "m").test(ftl));
      expect(missing, `${locale} is missing ids`).toEqual([]);
    }
  });

  it("format with arguments and plurals", async () => {
    await setLocale("en");
    expect(t("card-days-left", { days: 1 })).toBe("1 day left");
    expect(t("card-days-left", { days: 112 })).toBe("112 days left");
    await setLocale("ja");
    expect(t("card-days-left", { days: 112 })).toBe("残り 112 日");
    await setLocale("zh-TW");
    expect(t("card-days-left", { days: 112 })).toBe("剩餘 112 天");
    expect(t("no-such-id")).toBe("no-such-id");
  });

  it("parsed one entry at a time, format every message as the whole catalog parsed at once does", async () => {
    // Every variable any message uses, so none is missing (t() passes no error list: a missing one throws).
    const all = LOCALES.map(catalogSource).join("\n");
    const args = Object.fromEntries([...all.matchAll(/\$([a-zA-Z][\w-]*)/g)].map((m) => [m[1], 2]));
    // The same catalogs parsed whole, as the UI did before.
    const whole = (l: string) => {
      const b = new FluentBundle(l, { useIsolating: false });
      b.addResource(new FluentResource(catalogSource(l)));
      return b;
    };
    const english = whole("en");
    for (const locale of LOCALES) {
      const own = whole(locale);
      const eager = (id: string) => {
        for (const b of [own, english]) {
          const msg = b.getMessage(id);
          if (msg?.value) return b.formatPattern(msg.value, args, []);
        }
        return id;
      };
      await setLocale(locale);
      const ids = [...catalogSource(locale).matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(500);
      for (const id of ids) expect(t(id, args), `${locale} ${id}`).toBe(eager(id));
    }
  });
});

describe("dates", () => {
  it("follow the locale as the Rust side does", async () => {
    await setLocale("en");
    expect(formatDate("2027-03-14")).toBe("2027-03-14");
    expect(formatInstant("2026-11-23T02:30:00Z")).toBe("2026-11-23 02:30 UTC");
    await setLocale("ja");
    expect(formatDate("2027-03-14")).toBe("2027年3月14日");
    await setLocale("zh-TW");
    expect(formatDate("2027-03-04")).toBe("2027年3月4日");
    expect(formatDate(null)).toBe("");
  });

  it("show local exam times as the Rust side does", async () => {
    await setLocale("en");
    expect(formatLocal("2026-12-01T09:30:00")).toBe("2026-12-01 09:30");
    await setLocale("ja");
    expect(formatLocal("2026-12-01T09:30:00")).toBe("2026年12月1日 9:30");
    expect(formatLocal(null)).toBe("");
  });

  it("hold every exam state and retake wait the plans screen names", async () => {
    for (const locale of LOCALES) {
      await setLocale(locale);
      for (const id of ["exam-failed-first-retake", "exam-failed-later-retake", "exam-failed-yearly-cap", "delivery-online", "delivery-test-centre", "browse-any-role", "browse-filter-kind", "link-practice"]) {
        expect(t(id, { date: "d", next: "n" }), `${locale} ${id}`).not.toBe(id);
      }
    }
  });

  it("pick the locale from the OS tag", async () => {
    expect(fromOsTag("ja-JP")).toBe("ja");
    expect(fromOsTag("zh-Hant-TW")).toBe("zh-TW");
    expect(fromOsTag("zh_HK")).toBe("zh-TW");
    expect(fromOsTag("zh-CN")).toBe("en");
    expect(fromOsTag("fr-FR")).toBe("en");
  });
});
