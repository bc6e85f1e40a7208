#!/usr/bin/env bash
# Installs what is missing, builds Recert and starts it on the default data directory
# (pass --data-dir DIR or set RECERT_DATA_DIR for another; RECERT_TODAY fixes the date).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_app_deps
build_release
exec ./target/release/recert "$@"
