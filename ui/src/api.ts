// The one typed door to the Rust side. The command contract (names, arguments, results) is
// generated from the Rust commands (./bindings/commands.ts), so a renamed argument or a changed
// result fails to compile here; a failure always arrives as a CommandError {kind, message}.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { Commands } from "./bindings/commands";
import type { ErrorKind } from "./bindings/ErrorKind";

export type { Commands };

export class CommandError extends Error {
  readonly kind: ErrorKind | "internal";
  constructor(kind: ErrorKind | "internal", message: string) {
    super(message);
    this.kind = kind;
  }
}

function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

export async function call<K extends keyof Commands>(name: K, args: Commands[K]["args"]): Promise<Commands[K]["result"]> {
  try {
    return await invoke<Commands[K]["result"]>(name, args);
  } catch (e) {
    if (isAppError(e)) throw new CommandError(e.kind, e.message);
    // Tauri's own failures (an argument it could not deserialize) are strings.
    throw new CommandError("internal", String(e));
  }
}
