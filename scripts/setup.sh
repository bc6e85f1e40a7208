#!/usr/bin/env bash
# Shared set-up, sourced by scripts/run.sh and scripts/test.sh: installs only what is missing.
# Debian/Ubuntu packages, the UI's npm packages and tauri-driver.

BUILD_PACKAGES=(libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libssl-dev pkg-config build-essential file)
# at-spi2-core and python3-pyatspi: the accessibility bus and a reader of its tree (tests/e2e/atspi.test.mjs);
# orca and xdotool: the screen reader itself and the keys a user presses (tests/e2e/orca.test.mjs).
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus dbus-x11 x11-utils python3-xlib libglib2.0-bin at-spi2-core python3-pyatspi orca xdotool)
# Windows from Linux: the MinGW linker for the x86_64-pc-windows-gnu build, Wine to run its CLI.
CROSS_PACKAGES=(gcc-mingw-w64-x86-64 wine64)
CROSS_TARGETS=(x86_64-pc-windows-gnu aarch64-apple-darwin x86_64-apple-darwin)

# rustup installs cargo in ~/.cargo/bin, which a fresh shell may not have on PATH yet.
export PATH="$HOME/.cargo/bin:$PATH"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== apt: installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

check_toolchains() {
  command -v cargo >/dev/null || { echo "Recert needs a Rust toolchain: install it with rustup (https://rustup.rs)." >&2; exit 1; }
  command -v node >/dev/null || apt_install nodejs npm
  local major minor
  IFS=. read -r major minor _ <<<"$(node --version | tr -d v)"
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    echo "Recert's UI build needs Node.js 20.19 or newer; found $(node --version)." >&2
    if [ "$major" -lt 20 ] && grep -qs '^VERSION_ID="12"' /etc/os-release; then
      echo "Debian 12's own nodejs package is Node 18. Install Node 20 from NodeSource, then run this again:" >&2
      echo "  curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash - && sudo apt-get install -y nodejs" >&2
    else
      echo "Install Node.js 20.19 or newer (https://nodejs.org, or nvm: nvm install 20), then run this again." >&2
    fi
    exit 1
  fi
}

npm_install() {
  # `npm install` with the committed lock file installs exactly the locked versions. (npm 11's
  # `npm ci` refuses this lock file, which does not list other platforms' optional packages.)
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    echo "== npm install (ui/, from package-lock.json)"
    npm install --prefix ui --no-audit --no-fund
  fi
}

install_tauri_driver() {
  if ! command -v tauri-driver >/dev/null; then
    echo "== cargo install tauri-driver"
    cargo install tauri-driver --locked --version 2.1.0
  fi
}

setup_app_deps() {
  check_toolchains
  apt_install "${BUILD_PACKAGES[@]}"
  npm_install
}

install_python_test_deps() {
  # The .ics tests parse with Python's icalendar, the release rehearsal reads YAML and checks JSON
  # schemas: pip's pinned versions (tests/requirements.txt) where pip may install, else Debian's
  # packages (the tests and the rehearsal try both interpreters).
  local py
  for py in python3 /usr/bin/python3; do
    if command -v "$py" >/dev/null && "$py" -c "import icalendar, yaml, jsonschema" 2>/dev/null; then return; fi
  done
  echo "== Python: icalendar, PyYAML, jsonschema"
  python3 -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt 2>/dev/null \
    || apt_install python3-icalendar python3-yaml python3-jsonschema
}

# The Windows and macOS checks need these; a machine that cannot have them fails loudly instead of
# skipping the checks.
setup_cross_deps() {
  apt_install "${CROSS_PACKAGES[@]}"
  if ! command -v rustup >/dev/null; then
    echo "FAILED: the Windows and macOS checks need rustup to add the targets ${CROSS_TARGETS[*]}; install Rust with rustup." >&2
    exit 1
  fi
  local installed t
  installed="$(rustup target list --installed)"
  for t in "${CROSS_TARGETS[@]}"; do
    grep -qx "$t" <<<"$installed" && continue
    echo "== rustup target add $t"
    rustup target add "$t" || { echo "FAILED: the Rust target $t cannot be installed here, so its check cannot run." >&2; exit 1; }
  done
}

# rustfmt and clippy for the style and lint checks of the test command.
setup_lint_tools() {
  local have
  have="$(rustup component list --installed 2>/dev/null || true)"
  for c in rustfmt clippy; do
    grep -q "^$c" <<<"$have" && continue
    echo "== rustup component add $c"
    rustup component add "$c" || { echo "FAILED: the Rust component $c cannot be installed here, so the lint checks cannot run." >&2; exit 1; }
  done
}

setup_test_deps() {
  setup_app_deps
  setup_lint_tools
  apt_install "${TEST_PACKAGES[@]}"
  install_tauri_driver
  install_python_test_deps
  setup_cross_deps
}

# The release binary, with the UI embedded: the UI is built first unless the caller just built it
# (RECERT_UI_BUILT=1: building it again gives ui/dist new file times and costs a relink).
build_release() {
  echo "== build: UI, then the release binary with the UI embedded"
  [ "${RECERT_UI_BUILT:-}" = 1 ] || npm --prefix ui run build
  # tray-process: recert-tray, the Linux tray without WebKit (src-tauri/resident).
  cargo build --release --locked --features custom-protocol,tray-process
}
