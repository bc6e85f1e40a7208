import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { call, CommandError } from "../src/api";

afterEach(() => clearMocks());

describe("call", () => {
  it("passes camelCase arguments and returns the result", async () => {
    mockIPC((cmd, args) => (cmd === "search_catalog" ? [{ uid: "certification.x", query: (args as { query: string }).query }] : null));
    const result = await call("search_catalog", { query: "AZ-104" });
    expect(result).toEqual([{ uid: "certification.x", query: "AZ-104" }]);
  });

  it("turns {kind, message} into a CommandError the UI can branch on", async () => {
    mockIPC(() => {
      throw { kind: "invalid", message: "Earned on: 2025-02-30 is not a date" };
    });
    const err = await call("get_dashboard", { limit: null, focus: null }).catch((e) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect(err.kind).toBe("invalid");
    expect(err.message).toBe("Earned on: 2025-02-30 is not a date");
    expect(err.field).toBeUndefined();
  });

  it("keeps the form field an invalid input names", async () => {
    mockIPC(() => {
      throw { kind: "invalid", message: "Earned on: 2025-02-30 is not a date", field: "earned_on" };
    });
    const err = await call("get_dashboard", { limit: null, focus: null }).catch((e) => e);
    expect(err.field).toBe("earned_on");
  });

  it("marks Tauri's own string failures as internal", async () => {
    mockIPC(() => {
      throw "missing required key input";
    });
    const err = await call("add_holding", { input: { certification: null, custom_title: null, kind: null, earned_on: "", certification_number: null } }).catch((e) => e);
    expect(err.kind).toBe("internal");
  });
});
