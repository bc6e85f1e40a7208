// Installs the native packages of the UI's build tools (@tauri-apps/cli, rollup) for this
// platform when the lock file does not list them. npm writes a lock file with only the optional
// packages of the platform it ran on (npm/cli#4828), so a lock made on Linux lacks the Windows and
// macOS binaries, and `npm install` on those runners leaves the tools without their binary. The
// versions are the ones the installed tools name, so nothing drifts from the lock file.
//
//   node scripts/npm-native.mjs            install what is missing (the release workflow)
//   node scripts/npm-native.mjs --print win32 x64    name the packages for a platform, install nothing
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// A file path, not the URL's path: on Windows that is `/D:/a/...`, which no file call finds.
// (`options` is for the release rehearsal, which checks Windows' path rules on Linux.)
export function folderOf(scriptUrl, options) {
  return fileURLToPath(new URL("../ui/", scriptUrl), options);
}
const ui = folderOf(import.meta.url);
const TOOLS = { "@tauri-apps/cli": "@tauri-apps/cli-", rollup: "@rollup/rollup-" };

export function nativePackages(platform, arch) {
  const wanted = [`${platform}-${arch}`, `${platform}-${arch}-msvc`, `${platform}-${arch}-gnu`];
  const found = [];
  for (const [tool, prefix] of Object.entries(TOOLS)) {
    const manifest = JSON.parse(readFileSync(join(ui, "node_modules", tool, "package.json"), "utf8"));
    const optional = manifest.optionalDependencies ?? {};
    // The first that exists of the plain name, MSVC (not MinGW) on Windows, glibc (not musl) on Linux.
    const name = wanted.map((suffix) => prefix + suffix).find((n) => n in optional);
    if (!name) throw new Error(`${tool} ${manifest.version} has no native package for ${platform}-${arch}`);
    found.push(`${name}@${optional[name]}`);
  }
  return found;
}

const args = process.argv.slice(2);
// Imported (the release rehearsal reads `folderOf`), it does nothing.
const run = process.argv[1] === fileURLToPath(import.meta.url);
if (run && args[0] === "--print") {
  console.log(nativePackages(args[1] ?? process.platform, args[2] ?? process.arch).join("\n"));
} else if (run) {
  const missing = nativePackages(process.platform, process.arch).filter((spec) => !existsSync(join(ui, "node_modules", spec.slice(0, spec.lastIndexOf("@")))));
  if (missing.length) {
    console.log(`npm install --no-save ${missing.join(" ")}`);
    execFileSync("npm", ["install", "--prefix", ui, "--no-save", "--no-audit", "--no-fund", ...missing], { stdio: "inherit", shell: process.platform === "win32" });
  } else {
    console.log("the UI's native build packages are all installed");
  }
}
