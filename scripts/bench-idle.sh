#!/usr/bin/env bash
# Idle cost: Recert (three certifications, reminders scheduled, tray) against a bare Tauri window
# built with the same Tauri and release profile. Figures go to docs/BENCHMARKS.md.
# Usage: bash scripts/bench-idle.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_test_deps
seconds="${1:-60}"
build_release
cargo build --release --locked --features custom-protocol --example bare_window

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
./target/release/recert import tests/e2e/fixtures/idle-three.json --data-dir "$data" --today 2026-11-22 >/dev/null

export NO_AT_BRIDGE=1
run() { xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- python3 scripts/bench_idle.py "$seconds" 10 -- "$@"; }
run ./target/release/examples/bare_window
run ./target/release/recert --data-dir "$data" --today 2026-11-22
