// Tauri's beforeBundleCommand (tauri.conf.json; run from ui/, the frontend folder). For a universal macOS build
// (`--target universal-apple-darwin`, the release workflow's macOS job) the Tauri CLI builds every
// [[bin]] for both architectures but merges (lipo) only the main one into
// target/universal-apple-darwin/release, where the bundler then looks for all of them: this
// merges the others (recert-cli) the same way. Any other build: nothing to do.
//
//   LIPO=llvm-lipo-14 CARGO_TARGET_DIR=… TAURI_ENV_TARGET_TRIPLE=universal-apple-darwin \
//     node scripts/universal-bins.mjs       (scripts/release-rehearsal.sh, with Mach-O objects)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const THIN = ["aarch64-apple-darwin", "x86_64-apple-darwin"];

/** The package's [[bin]] names but its main one (the package's own name), from Cargo.toml. */
export function otherBinaries(manifest) {
  const main = manifest.match(/^\[package\]\s*\nname\s*=\s*"([^"]+)"/m)?.[1];
  return [...manifest.matchAll(/^\[\[bin\]\]\s*\nname\s*=\s*"([^"]+)"/gm)].map((m) => m[1]).filter((b) => b !== main);
}

if ((process.env.TAURI_ENV_TARGET_TRIPLE ?? "") === "universal-apple-darwin") {
  const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
  const profile = process.env.TAURI_ENV_DEBUG === "true" ? "debug" : "release";
  const out = join(target, "universal-apple-darwin", profile);
  mkdirSync(out, { recursive: true });
  for (const bin of otherBinaries(readFileSync(join(root, "Cargo.toml"), "utf8"))) {
    const thin = THIN.map((t) => join(target, t, profile, bin));
    // A bin behind a feature this build did not turn on (recert-tray, Linux's) is not built.
    if (!thin.every(existsSync)) {
      console.log(`universal-bins: ${bin} not built for both architectures, not bundled`);
      continue;
    }
    execFileSync(process.env.LIPO ?? "lipo", ["-create", ...thin, "-output", join(out, bin)], { stdio: "inherit" });
    console.log(`universal-bins: ${bin} merged from ${THIN.join(" and ")}`);
  }
}
