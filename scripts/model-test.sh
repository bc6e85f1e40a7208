#!/usr/bin/env bash
# The store's model-based test (src-tauri/core/tests/core/store_model.rs) with a longer budget than
# the test command's 24 sequences: `bash scripts/model-test.sh [CASES]` (default 1000). A failure
# is shrunk and its seed saved in src-tauri/core/proptest-regressions/: commit that file, and the
# failing sequence runs first in every later run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
RECERT_MODEL_CASES="${1:-1000}" cargo test --locked -p recert-core --test core store_model -- --nocapture
