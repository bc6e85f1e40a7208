import { describe, expect, it } from "vitest";
import { applyDesktopFont, desktopFontList } from "../src/fonts";

describe("desktopFontList", () => {
  it("names the desktop's family first, then sans-serif", () => {
    expect(desktopFontList("Cantarell")).toBe('"Cantarell", sans-serif');
    expect(desktopFontList("Noto Sans CJK JP")).toBe('"Noto Sans CJK JP", sans-serif');
    expect(desktopFontList("Adwaita Sans,Cantarell")).toBe('"Adwaita Sans", "Cantarell", sans-serif');
  });

  it("turns fontconfig's generic names into CSS keywords", () => {
    expect(desktopFontList("Sans")).toBe("sans-serif");
    expect(desktopFontList("Sans Serif")).toBe("sans-serif");
    expect(desktopFontList("Serif")).toBe("serif, sans-serif");
    expect(desktopFontList("Monospace")).toBe("monospace, sans-serif");
  });

  it("keeps the page's own list when there is no desktop font", () => {
    expect(desktopFontList(null)).toBeNull();
    expect(desktopFontList("")).toBeNull();
    expect(desktopFontList(" , ")).toBeNull();
  });

  it("cannot break out of the CSS string", () => {
    expect(desktopFontList('Evil"; color: red')).toBe('"Evil\\"; color: red", sans-serif');
    expect(desktopFontList("Back\\slash\nNew")).toBe('"Back\\\\slashNew", sans-serif');
  });
});

describe("applyDesktopFont", () => {
  it("sets --sans only when there is a desktop font", () => {
    const root = document.documentElement;
    root.style.removeProperty("--sans");
    applyDesktopFont(null);
    expect(root.style.getPropertyValue("--sans")).toBe("");
    expect(root.style.getPropertyValue("--sans-ja")).toBe("");
    applyDesktopFont("Ubuntu");
    expect(root.style.getPropertyValue("--sans").trim()).toBe('"Ubuntu", sans-serif');
    expect(root.style.getPropertyValue("--sans-ja").trim()).toBe('"Noto Sans CJK JP", "Noto Sans JP", "Ubuntu", sans-serif');
    expect(root.style.getPropertyValue("--sans-zh-tw").trim()).toBe('"Noto Sans CJK TC", "Noto Sans TC", "Ubuntu", sans-serif');
  });
});
