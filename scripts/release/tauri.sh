#!/usr/bin/env bash
# The Tauri CLI as the Linux packages are made (the release workflow's tauriScript on Linux,
# scripts/package.sh, the release rehearsal): after a `build` or `bundle`, each .deb it wrote is
# compressed again with xz and, when the bundler signed it for the updater, signed again.
#
# Why: the bundler writes a .deb's files as data.tar.gz and has no other choice. The three programs
# share most of their code (core, store, TLS); gzip's 32 KiB window cannot see that, xz's 64 MiB
# one can: the .deb goes from 10.5 MB to about 5 (docs/BENCHMARKS.md, "Sizes"). dpkg has read
# xz since 1.15.6 (Ubuntu 14.04), and the updater installs a .deb with dpkg.
#   bash scripts/release/tauri.sh build|bundle [tauri options...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
stamp="$(mktemp)"
trap 'rm -f "$stamp"' EXIT
node "$root/ui/node_modules/@tauri-apps/cli/tauri.js" "$@"
case "${1:-}" in build | bundle) ;; *) exit 0 ;; esac

target_dir="${CARGO_TARGET_DIR:-$root/target}"
find "$target_dir" -path '*/bundle/deb/*.deb' -newer "$stamp" -print0 |
  while IFS= read -r -d '' deb; do
    work="$(mktemp -d)"
    dpkg-deb --raw-extract "$deb" "$work/root"
    # Owner and group root whoever runs this (the bundler writes them so); modes as extracted.
    dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --build "$work/root" "$work/new.deb" >/dev/null
    mv "$work/new.deb" "$deb"
    rm -rf "$work"
    # The bundler's signature is of the gzip .deb: the updater checks the file it downloads.
    if [ -e "$deb.sig" ] && [ "$deb.sig" -nt "$stamp" ]; then
      node "$root/ui/node_modules/@tauri-apps/cli/tauri.js" signer sign "$deb" >/dev/null
    fi
    echo "$deb: recompressed with xz, $(stat -c %s "$deb") bytes"
  done
