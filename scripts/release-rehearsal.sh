#!/usr/bin/env bash
# Rehearses .github/workflows/release.yml on this Linux machine: every step of every job, read from
# the workflow itself (scripts/release/workflow.py), is either run here or stood in for, and says
# which. A step the rehearsal does not know fails it, so a workflow change cannot go unrehearsed.
# scripts/test.sh runs it last, after the packages; alone (after a release build and the UI build):
#   bash scripts/release-rehearsal.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
apt_install minisign llvm-14
export PATH="$HOME/.cargo/bin:$PATH"
tauri() { node ui/node_modules/@tauri-apps/cli/tauri.js "$@"; }
root="$PWD"
install_python_test_deps
# The interpreter that has PyYAML and jsonschema (pip's, else Debian's).
for py in python3 /usr/bin/python3; do "$py" -c "import yaml, jsonschema" 2>/dev/null && break; done
workflow() { "$py" "$root/scripts/release/workflow.py" "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "release rehearsal: $*" >&2; exit 1; }
say() { printf '  %-58s %s\n' "$1" "$2"; }

# A signing key made for the rehearsal: the release's own is a repository secret.
tauri signer generate --ci -p "" -w "$work/key" >/dev/null
pubkey="$(cat "$work/key.pub")"

# The Release settings step, exactly as the workflow writes it, run as GitHub runs `shell: bash`.
release_settings() {
  local env_file="$work/github-env"
  : >"$env_file"
  ( cd "$work" && SIGNING_KEY="$(cat "$work/key")" SIGNING_PASSWORD="" GITHUB_ENV="$env_file" \
      GITHUB_REPOSITORY="recert-app/recert" bash --noprofile --norc -eo pipefail -c "$(workflow run build 'Release settings (update endpoint, signed updater artifacts, secrets that are set)')" >/dev/null )
  grep -q '^TAURI_SIGNING_PRIVATE_KEY<<' "$env_file" || fail "the settings step did not pass on the signing key"
  if grep -q '^APPLE_' "$env_file"; then fail "unset Apple secrets were passed on as empty values"; fi
  # Without the key the step must stop the release.
  if ( cd "$work" && SIGNING_KEY="" GITHUB_ENV=/dev/null GITHUB_REPOSITORY=x/y bash --noprofile --norc -eo pipefail -c "$(workflow run build 'Release settings (update endpoint, signed updater artifacts, secrets that are set)')" >/dev/null 2>&1 ); then
    fail "the settings step let a release through without the signing key"
  fi
  # The release's config with this rehearsal's public key (the updater verifies against it).
  python3 - "$work/release.conf.json" "$pubkey" <<'PY'
import json, sys
path, key = sys.argv[1:]
conf = json.load(open(path))
assert conf["plugins"]["updater"]["endpoints"] == ["https://github.com/recert-app/recert/releases/latest/download/latest.json"], conf
conf["plugins"]["updater"]["pubkey"] = key
json.dump(conf, open(path, "w"))
PY
}

# Checks a Tauri .sig (base64 of a minisign signature) on FILE with the rehearsal's public key.
verify_sig() {
  base64 -d <<<"$pubkey" >"$work/minisign.pub"
  base64 -d <"$1.sig" >"$work/file.minisig"
  minisign -Vq -p "$work/minisign.pub" -m "$1" -x "$work/file.minisig" || fail "$1: its updater signature does not verify"
}

release_settings
version="$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')"

# Read before the loops: a failure inside `< <(…)` would go unseen and leave a loop with nothing.
steps="$(workflow steps)"
builds="$(workflow builds)"
while IFS=$'\t' read -r job step; do
  case "$job/$step" in
    */actions/checkout@*) say "$job: $step" "stand-in: this clone (CI runs on a fresh one)" ;;
    */actions/setup-node@*) say "$job: $step" "stand-in: $(node --version) (the workflow pins 20)"
      [[ "$(node --version)" == v20.* ]] || fail "Node $(node --version) here, 20 in the workflow" ;;
    */actions/setup-python@*) say "$job: $step" "stand-in: $(python3 --version)" ;;
    */dtolnay/rust-toolchain@*) say "$job: $step" "stand-in: $(rustc --version | cut -d' ' -f1-2); targets below" ;;
    */swatinem/rust-cache@*) say "$job: $step" "nothing to rehearse (a cache)" ;;
    "test-linux/bash scripts/test.sh") say "$job: $step" "this run: the rehearsal runs inside it" ;;
    "test-windows-macos/UI dependencies")
      # The native packages each runner adds are checked by platform-check.sh; here the script's
      # folder under Windows' path rules (a file URL on D:).
      node --input-type=module -e '
        import { folderOf } from "./scripts/npm-native.mjs";
        const ui = folderOf("file:///D:/a/recert/recert/scripts/npm-native.mjs", { windows: true });
        if (ui !== "D:\\a\\recert\\recert\\ui\\") throw new Error(`on Windows the UI folder is ${ui}`);'
      say "$job: $step" "run: npm-native.mjs's folder on D:; its packages in platform-check.sh" ;;
    "test-windows-macos/UI build and unit tests") say "$job: $step" "run by scripts/test.sh (vite build, vitest)" ;;
    "test-windows-macos/Python for the calendar tests")
      grep -q "tests/requirements.txt" <<<"$(workflow run "$job" "$step")" || fail "the step installs something else"
      say "$job: $step" "run by setup (the same tests/requirements.txt)" ;;
    "test-windows-macos/Rust tests") say "$job: $step" "stand-in: cargo check --all-targets, 3 targets (platform-check.sh)" ;;
    "build/Linux build dependencies")
      for pkg in $(workflow run "$job" "$step" | grep -o 'install -y .*' | cut -d' ' -f3-); do
        apt-cache show "$pkg" >/dev/null 2>&1 || fail "$pkg: no such package (the Linux job installs it)"
      done
      say "$job: $step" "checked: each package exists (Debian here, Ubuntu 22.04 there)" ;;
    "build/UI dependencies (the lock file, then this platform's native build packages)")
      node scripts/npm-native.mjs >/dev/null
      say "$job: $step" "run (Linux); the other platforms as in the test job" ;;
    "build/Release settings"*) say "$job: $step" "run: the step's own script, with a rehearsal key" ;;
    "build/Build and attach to the draft release")
      while IFS=$'\t' read -r platform targets tauri_script args; do
        bundles="$(workflow config $args --merge "$work/release.conf.json")"
        $tauri_script --version >/dev/null || fail "$platform: its Tauri CLI ($tauri_script) does not run"
        case "$platform" in
          ubuntu-*)
            features="$(grep -o -- '--features [a-z,-]*' <<<"$args" || true)"
            # The AppImage needs linuxdeploy from GitHub: not reachable here.
            # The job's own tauriScript (word-split as tauri-action splits it), `bundle` for `build`:
            # the release binary is already built.
            TAURI_SIGNING_PRIVATE_KEY="$(cat "$work/key")" TAURI_SIGNING_PRIVATE_KEY_PASSWORD="" \
              $tauri_script bundle --ci --bundles deb,rpm $features --config "$work/release.conf.json" >"$work/bundle.log" 2>&1 \
              || { cat "$work/bundle.log"; fail "the Linux bundles"; }
            deb="$(ls -t target/release/bundle/deb/*.deb | head -n1)"
            rpm="$(ls -t target/release/bundle/rpm/*.rpm | head -n1)"
            verify_sig "$deb"; verify_sig "$rpm"
            bash scripts/release/check-deb.sh "$deb" >/dev/null || fail "the published .deb"
            "$py" scripts/release/latest_json.py "$version" "recert-app/recert" "$deb" "$rpm" >"$work/latest.json"
            say "build ($platform): $bundles" "run: deb (xz, $(stat -c %s "$deb") B), rpm signed and verified; latest.json; AppImage: no linuxdeploy offline" ;;
          macos-*)
            # The universal merge of every [[bin]] (the bundler wants them all), with Mach-O objects
            # made by rustc for both architectures and LLVM's lipo.
            out="$work/macos-target"
            echo 'fn main() { println!("recert"); }' >"$work/main.rs"
            bins="$(node -e 'import("./scripts/universal-bins.mjs").then(m => console.log(m.otherBinaries(require("fs").readFileSync("Cargo.toml","utf8")).join(" ")))')"
            for t in ${targets//,/ }; do
              mkdir -p "$out/$t/release"
              rustc --target "$t" --emit obj -o "$out/$t/release/main.o" "$work/main.rs"
              for bin in $bins; do
                # recert-tray needs the tray-process feature, which the macOS job does not turn on.
                [ "$bin" = recert-tray ] || cp "$out/$t/release/main.o" "$out/$t/release/$bin"
              done
            done
            TAURI_ENV_TARGET_TRIPLE=universal-apple-darwin CARGO_TARGET_DIR="$out" LIPO=llvm-lipo-14 node scripts/universal-bins.mjs >/dev/null
            [ "$(llvm-lipo-14 -archs "$out/universal-apple-darwin/release/recert-cli" | xargs)" = "x86_64 arm64" ] || fail "recert-cli is not universal"
            [ ! -e "$out/universal-apple-darwin/release/recert-tray" ] || fail "recert-tray merged for macOS"
            say "build ($platform): $bundles" "stand-in: config checked; every [[bin]] merged (lipo)" ;;
          windows-*)
            # The NSIS setup needs nsis_tauri_utils.dll from GitHub (SHA-1 pinned by the bundler):
            # not reachable here (docs/PLATFORMS.md, "The NSIS installer, offline").
            say "build ($platform): $bundles" "stand-in: config checked; cross-build and Wine (platform-check.sh); no installer offline" ;;
          *) fail "a build for $platform, which the rehearsal does not know" ;;
        esac
      done <<<"$builds" ;;
    *) fail "the rehearsal does not know step \"$step\" of job $job: rehearse it here" ;;
  esac
done <<<"$steps"
# The stand-in for the Windows and macOS jobs' Rust tests and Windows build: cross-builds, the
# programs' PE subsystems, the CLI under Wine, cargo check --all-targets for the three targets.
echo "== release rehearsal: the Windows and macOS stand-ins (scripts/platform-check.sh)"
bash scripts/platform-check.sh
echo "release rehearsal: every step of $(wc -l <<<"$steps") run or stood in for"
