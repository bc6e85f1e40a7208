#!/usr/bin/env bash
# vendor/sled must be crates.io's sled 0.34.7 with only the change vendor/sled/RECERT-PATCH.md
# describes: the upstream crate (checksum pinned) is fetched, and `diff -r` of the sources must be
# exactly vendor/sled/recert-patch.diff.
set -euo pipefail
cd "$(dirname "$0")/.."
sum=7f96b4737c2ce5987354855aed3797279def4ebf734436c6aa4552cf8e169935
work=target/sled-upstream
crate="$work/sled-0.34.7.crate"
mkdir -p "$work"
if ! echo "$sum  $crate" | sha256sum -c --quiet >/dev/null 2>&1; then
  curl -sSfL --retry 3 -o "$crate" https://static.crates.io/crates/sled/sled-0.34.7.crate
  echo "$sum  $crate" | sha256sum -c --quiet || { echo "sled-0.34.7.crate: checksum mismatch" >&2; exit 1; }
fi
rm -rf "$work/sled-0.34.7"
tar xzf "$crate" -C "$work"
actual="$(cd "$work" && diff -r sled-0.34.7/src ../../vendor/sled/src || true)"
if [ "$actual" != "$(cat vendor/sled/recert-patch.diff)" ]; then
  echo "vendor/sled/src differs from sled 0.34.7 by more (or less) than vendor/sled/recert-patch.diff:" >&2
  diff <(echo "$actual") vendor/sled/recert-patch.diff >&2 || true
  exit 1
fi
echo "vendor/sled: sled 0.34.7 plus exactly the patch in vendor/sled/recert-patch.diff"
