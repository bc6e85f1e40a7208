#!/usr/bin/env bash
# Shared set-up: installs only what is missing. Sourced by scripts/test.sh and scripts/run.sh.

need_cmd() { command -v "$1" >/dev/null 2>&1; }

setup_test_deps() {
  if ! need_cmd cargo; then
    echo "Recert needs a Rust toolchain (cargo): install it with rustup first." >&2
    exit 1
  fi
}
