import { describe, expect, it } from "vitest";
import { CommandError } from "../src/api";
import { h } from "../src/dom";
import { errorBox, field } from "../src/ui";

/** A form with a date field and its error box, in the document (focus needs it). */
function form() {
  const earned = h("input", { name: "earned_on" });
  const number = h("input", { name: "certification_number" });
  const error = errorBox("form-error");
  const el = h("form", {}, field("Earned on", earned, "YYYY-MM-DD"), field("Number", number), error.el, h("button", {}, "Save"));
  document.body.replaceChildren(el);
  return { el, earned, number, error };
}

describe("field", () => {
  it("names the control by its label alone and describes it by its hint", () => {
    const { earned, number } = form();
    expect(document.getElementById(earned.getAttribute("aria-labelledby")!)?.textContent).toBe("Earned on");
    expect(document.getElementById(earned.getAttribute("aria-describedby")!)?.textContent).toBe("YYYY-MM-DD");
    expect(number.hasAttribute("aria-describedby")).toBe(false);
  });
});

describe("errorBox", () => {
  it("puts an error about a field by that field, marks it invalid, described by it, and focuses the error", () => {
    const { el, earned, error } = form();
    error.show(new CommandError("invalid", "Earned on: 2026-02-30 is not a date", "earned_on"));
    expect(earned.getAttribute("aria-invalid")).toBe("true");
    const describers = (earned.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(earned.getAttribute("aria-describedby")?.split(" ")[0]).toBe("form-error-text");
    expect(describers).toEqual(["Earned on: 2026-02-30 is not a date", "YYYY-MM-DD"]);
    expect(earned.closest(".field")?.nextElementSibling).toBe(error.el);
    expect(document.activeElement).toBe(error.el);
    expect(error.el.getAttribute("role")).toBe("alert");

    // Cleared: the field as it was, the box back in its place.
    error.clear();
    expect(earned.hasAttribute("aria-invalid")).toBe(false);
    expect(document.getElementById(earned.getAttribute("aria-describedby")!)?.textContent).toBe("YYYY-MM-DD");
    expect(el.querySelector("button")?.previousElementSibling).toBe(error.el);
    expect(error.el.hidden).toBe(true);
  });

  it("leaves an error about nothing in the form where it is, and the focus where it was", () => {
    const { el, number, error } = form();
    number.focus();
    error.show(new CommandError("storage", "The database could not be written"));
    expect(el.querySelector("button")?.previousElementSibling).toBe(error.el);
    expect(document.activeElement).toBe(number);
    expect(el.querySelector("[aria-invalid]")).toBeNull();
    // An error naming a field the form does not have (a path in a file) is the same.
    error.show(new CommandError("invalid", "holdings[2].earned_on: not a date", "holdings[2].earned_on"));
    expect(document.activeElement).toBe(number);
  });
});
