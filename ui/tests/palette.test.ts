// The palette's pairs of text and background, in both color schemes, meet WCAG 2.1 AA: 4.5:1 for
// text, 3:1 for the focus ring and for borders that carry meaning against what is around them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(join(__dirname, "../src/style.css"), "utf8");

/** `--name: light-dark(#light, #dark)` from :root, as [light, dark]. */
function color(name: string): [string, string] {
  const m = css.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-fA-F]{6}),\\s*(#[0-9a-fA-F]{6})\\)`));
  if (!m) throw new Error(`--${name} is not a light-dark() pair of hex colours`);
  return [m[1], m[2]];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum]
const TEXT = 4.5;
const PAIRS: [string, string, number][] = [
  ["text", "bg", TEXT],
  ["text", "surface", TEXT],
  ["text", "surface-2", TEXT],
  ["muted", "bg", TEXT],
  ["muted", "surface", TEXT],
  ["muted", "surface-2", TEXT],
  ["accent", "surface", TEXT],
  ["accent", "bg", TEXT],
  ["accent-text", "accent", TEXT],
  ["on-danger", "danger", TEXT],
  ["danger", "surface", TEXT],
  ["open", "open-bg", TEXT],
  ["open", "surface", TEXT],
  ["active", "active-bg", TEXT],
  ["active", "surface", TEXT],
  ["expired", "expired-bg", TEXT],
  ["expired", "surface", TEXT],
  ["none", "none-bg", TEXT],
  ["text", "open-bg", TEXT],
  // The focus ring against the page and the cards.
  ["accent", "surface", 3],
  ["accent", "bg", 3],
];

describe("the palette", () => {
  for (const [scheme, i] of [["light", 0], ["dark", 1]] as const) {
    for (const [fg, bg, min] of PAIRS) {
      it(`${scheme}: --${fg} on --${bg} is at least ${min}:1`, () => {
        expect(contrast(color(fg)[i], color(bg)[i])).toBeGreaterThanOrEqual(min);
      });
    }
  }

  it("computes contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#b45f00", "#fff3e0")).toBeCloseTo(4.18, 2);
  });
});
