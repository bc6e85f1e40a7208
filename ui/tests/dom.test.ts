import { describe, expect, it } from "vitest";
import { h } from "../src/dom";

describe("h", () => {
  it("puts text in as text, never as HTML", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const el = h("p", { title: evil }, evil);
    expect(el.textContent).toBe(evil);
    expect(el.querySelector("img")).toBeNull();
    expect(el.getAttribute("title")).toBe(evil);
  });

  it("skips empty children and false attributes, wires listeners", () => {
    let clicked = 0;
    const el = h("button", { disabled: false, hidden: true, onclick: () => clicked++ }, null, false, "Go", 3);
    expect(el.hasAttribute("disabled")).toBe(false);
    expect(el.hasAttribute("hidden")).toBe(true);
    expect(el.textContent).toBe("Go3");
    el.click();
    expect(clicked).toBe(1);
  });
});
