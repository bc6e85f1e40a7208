#!/usr/bin/env bash
# Checks a .deb as scripts/release/tauri.sh leaves it, for scripts/package.sh and the release
# rehearsal: its files in xz, under 6 MB (docs/BENCHMARKS.md, "Sizes"), owned by root, the app
# executable (the repack rebuilds it from its extracted files). Prints its size.
#   bash scripts/release/check-deb.sh DEB
set -euo pipefail
deb="$1"
fail() { echo "$deb: $*" >&2; exit 1; }
size="$(stat -c %s "$deb")"
echo "$deb: $size bytes (under 6 MB: 6000000)"
[ "$size" -lt 6000000 ] || fail "$size bytes, not under 6 MB"
members="$(ar t "$deb" | xargs)"
[ "$members" = "debian-binary control.tar.xz data.tar.xz" ] || fail "not xz inside: $members"
contents="$(dpkg-deb --contents "$deb")"
[ "$(awk '{print $2}' <<<"$contents" | sort -u)" = root/root ] || fail "files not owned by root"
grep -Eq '^-rwxr-xr-x .* \./usr/bin/recert$' <<<"$contents" || fail "/usr/bin/recert is not executable"
