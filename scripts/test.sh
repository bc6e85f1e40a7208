#!/usr/bin/env bash
# Installs what is missing and runs every test: Rust (unit, integration, properties), the UI's
# unit tests, the real app under Xvfb driven through WebDriver, the Linux packages, and what this
# machine can prove about Windows and macOS. .ci/run calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_test_deps
export PATH="$HOME/.cargo/bin:$PATH"

echo "== UI build (the Rust crate embeds ui/dist)"
npm --prefix ui run build

echo "== Rust: unit, integration and property tests (on a private D-Bus session, for the notification tests)"
dbus-run-session --config-file=tests/support/test-session-bus.conf -- cargo test --workspace --locked --features tray-process -- --include-ignored
cargo build --locked --example fake_notification_server

echo "== TypeScript bindings generated from Rust are committed and current (changed or new)"
git diff --exit-code --stat -- ui/src/bindings || { echo "ui/src/bindings is stale: commit the regenerated files" >&2; exit 1; }
untracked="$(git status --porcelain --untracked-files=all -- ui/src/bindings)"
[ -z "$untracked" ] || { echo "ui/src/bindings has files git does not track: commit them" >&2; echo "$untracked" >&2; exit 1; }

echo "== Style and lints: rustfmt, clippy (-D warnings), the vendored sled against crates.io's"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked --features tray-process -- -D warnings
bash scripts/check-vendored-sled.sh

echo "== UI unit tests"
npm --prefix ui test

RECERT_UI_BUILT=1 build_release

echo "== The real app: WebDriver journeys under Xvfb (screenshots into docs/screenshots)"
export NO_AT_BRIDGE=1 RECERT_BIN="$PWD/target/release/recert" RECERT_FAKE_NOTIFIER="$PWD/target/debug/examples/fake_notification_server"
# -noreset: Xvfb otherwise resets when its last client leaves, and an app connecting during the
# reset fails "Failed to initialize GTK" (one journey's app starts as the last one's has quit).
# timeout: each journey file is bounded by --test-timeout; this bounds the whole and ends whatever
# its process group left running, so a stuck run fails here instead of holding CI.
timeout --kill-after=30s 30m \
  xvfb-run -a -s "-screen 0 1280x900x24 -noreset" dbus-run-session --config-file=tests/support/test-session-bus.conf -- node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/ \
  || { code=$?; [ "$code" != 124 ] || echo "the WebDriver journeys ran over 30 minutes" >&2; exit "$code"; }

echo "== Linux packages: build, inspect, install with apt, start"
RECERT_UI_BUILT=1 bash scripts/package.sh

echo "== The release workflow rehearsed: each step run here or stood in for (Windows and macOS: cross-builds, Wine, cargo check)"
bash scripts/release-rehearsal.sh
