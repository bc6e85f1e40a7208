// The one typed door to the Rust side. The command contract (names, arguments, results) is
// generated from the Rust commands (./bindings/commands.ts), so a renamed argument or a changed
// result fails to compile here; a failure always arrives as a CommandError {kind, message} (and,
// for a form's invalid input, the field at fault).
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { Commands } from "./bindings/commands";
import type { ErrorKind } from "./bindings/ErrorKind";

export type { Commands };

export class CommandError extends Error {
  readonly kind: ErrorKind | "internal";
  /** The form field at fault (`earned_on`): the control with that `name` is marked invalid. */
  readonly field: string | undefined;
  constructor(kind: ErrorKind | "internal", message: string, field?: string) {
    super(message);
    this.kind = kind;
    this.field = field;
  }
}

function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

export async function call<K extends keyof Commands>(name: K, args: Commands[K]["args"]): Promise<Commands[K]["result"]> {
  try {
    return await invoke<Commands[K]["result"]>(name, args);
  } catch (e) {
    if (isAppError(e)) throw new CommandError(e.kind, e.message, e.field);
    // Tauri's own failures (an argument it could not deserialize) are strings.
    throw new CommandError("internal", String(e));
  }
}
