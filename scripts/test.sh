#!/usr/bin/env bash
# Installs what is missing and runs every test. The README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_test_deps

echo "== Rust: unit and integration tests"
cargo test --workspace --locked
