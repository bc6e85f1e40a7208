#!/usr/bin/env bash
# Builds the Linux bundles with `tauri build` (.deb and .rpm, as configured in tauri.conf.json),
# through scripts/release/tauri.sh as the release does (the .deb compressed again with xz), checks what is inside them, installs the .deb with apt on this Debian, starts the installed
# `recert` under Xvfb, checks that its window comes up (and takes a screenshot of it), then
# removes the package again. scripts/test.sh runs it last; alone: bash scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_test_deps
apt_install x11-utils desktop-file-utils imagemagick rpm
export PATH="$HOME/.cargo/bin:$PATH"

echo "== .deb and .rpm"
# scripts/test.sh has just built the UI and the release binary (build_release) and says
# RECERT_UI_BUILT=1: `tauri bundle` packages that binary as it is (2 s), where `tauri build` would
# compile it again (its configuration reaches build.rs, 2-3 minutes here). Alone, this builds it.
if [ "${RECERT_UI_BUILT:-}" = 1 ]; then
  bash scripts/release/tauri.sh bundle --ci --bundles deb,rpm --features custom-protocol,tray-process
else
  npm --prefix ui run build
  bash scripts/release/tauri.sh build --ci --bundles deb,rpm --features tray-process --config '{"build":{"beforeBuildCommand":""}}'
fi
deb="$(ls -t target/release/bundle/deb/*.deb | head -n1)"
rpm="$(ls -t target/release/bundle/rpm/*.rpm | head -n1)"
for f in target/release/recert target/release/recert-cli target/release/recert-tray "$deb" "$rpm"; do
  printf '%-50s %10d bytes\n' "$f" "$(stat -c %s "$f")"
done

echo "== what the packages hold"
fail() { echo "package check: $*" >&2; exit 1; }
bash scripts/release/check-deb.sh "$deb"
# (Not `tee /dev/stderr`: reopening a log file that stderr points to would truncate it.)
fields="$(dpkg-deb --field "$deb" Package Depends)"
echo "$fields"
grep -q "libayatana-appindicator3-1" <<<"$fields" || fail "the .deb does not depend on libayatana-appindicator3-1"
contents="$(dpkg-deb --contents "$deb")"
for path in usr/bin/recert usr/bin/recert-cli usr/bin/recert-tray usr/share/applications/Recert.desktop usr/share/icons/hicolor/128x128/apps/recert.png; do
  grep -Eq " (\./)?$path\$" <<<"$contents" || fail "$path missing from the .deb"
done
rpm_requires="$(rpm -qp --requires "$rpm" 2>/dev/null)"
grep -q "libayatana-appindicator-gtk3" <<<"$rpm_requires" || fail "the .rpm does not require libayatana-appindicator-gtk3"
# Listed once into a variable: `rpm … | grep -q` under pipefail fails when grep stops reading early.
rpm_files="$(rpm -qpl "$rpm" 2>/dev/null)"
for path in /usr/bin/recert /usr/bin/recert-cli /usr/bin/recert-tray; do
  grep -qx "$path" <<<"$rpm_files" || fail "$path missing from the .rpm"
done

echo "== apt install ./$deb"
# Removed again however the check ends, a failed install included.
trap 'as_root apt-get remove -y recert >/dev/null 2>&1 || true' EXIT
as_root apt-get install -y --allow-downgrades "./$deb" >/dev/null
desktop-file-validate /usr/share/applications/Recert.desktop
grep -q "^Categories=.*Office" /usr/share/applications/Recert.desktop || fail "no Office category in the desktop entry"

echo "== the installed recert opens its window"
data="$(mktemp -d)"
shot="${RECERT_PACKAGE_SHOT:-target/package-check.png}"
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x900x24 -noreset" dbus-run-session --config-file=tests/support/test-session-bus.conf -- bash -c '
  /usr/bin/recert --data-dir "$1" --today 2026-11-22 & pid=$!
  for _ in $(seq 1 150); do
    # On the screen (the GTK client leader and the tray window are named Recert too, never mapped).
    if xdotool search --onlyvisible --name "^Recert\$" >/dev/null; then
      sleep 2; import -window root "$2"; kill "$pid"; wait "$pid" || true; exit 0
    fi
    sleep 0.2
  done
  kill "$pid" || true; echo "no Recert window within 30 s" >&2; exit 1' _ "$data" "$shot"
rm -rf "$data"
echo "the installed app opened its window: screenshot $shot"
