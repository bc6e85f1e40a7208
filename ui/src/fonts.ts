// The desktop's font first (Linux: GTK's font setting, src-tauri/shell/desktop_font.rs).

/** fontconfig's generic names, as GTK settings spell them, and their CSS keywords. */
const GENERIC: Record<string, string> = {
  sans: "sans-serif",
  "sans serif": "sans-serif",
  "sans-serif": "sans-serif",
  serif: "serif",
  monospace: "monospace",
  mono: "monospace",
  "system-ui": "system-ui",
};

/** A family name as a CSS string: quotes and backslashes escaped, control characters dropped. */
const quoted = (family: string) => `"${family.replace(/[\u0000-\u001f\u007f]/g, "").replace(/["\\]/g, "\\$&")}"`;

/** The page's font list for the desktop's font `family` (a Pango family: one name, or several
 *  separated by commas), ending in `sans-serif` for glyphs it lacks; `null` to keep the page's own
 *  list (no desktop font: Windows and macOS, where `system-ui` is the desktop's font). */
export function desktopFontList(family: string | null): string | null {
  const names = (family ?? "")
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f !== "")
    .map((f) => GENERIC[f.toLowerCase()] ?? quoted(f));
  if (names.length === 0) return null;
  return [...new Set([...names, "sans-serif"])].join(", ");
}

/** Linux's Japanese and Chinese fonts (Noto CJK, what distributions install for them), named
 *  before the desktop's font so Japanese is not drawn with Chinese shapes or the other way round. */
const CJK = { "--sans-ja": '"Noto Sans CJK JP", "Noto Sans JP"', "--sans-zh-tw": '"Noto Sans CJK TC", "Noto Sans TC"' };

/** Names the desktop's font instead of the page's own lists (`--sans`, `--sans-ja`, `--sans-zh-tw`
 *  in style.css). Called before the first screen renders, so nothing is laid out twice. */
export function applyDesktopFont(family: string | null): void {
  const list = desktopFontList(family);
  if (!list) return;
  const root = document.documentElement.style;
  root.setProperty("--sans", list);
  for (const [name, cjk] of Object.entries(CJK)) root.setProperty(name, `${cjk}, ${list}`);
}
