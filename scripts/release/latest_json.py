"""The update manifest (latest.json) tauri-action publishes with `includeUpdaterJson`, for the
bundles given: each platform key with its package's download address and its .sig's contents,
in the shape the updater plugin reads (tests/integration/updates.rs reads the same shape).

  python3 scripts/release/latest_json.py VERSION OWNER/REPO PACKAGE...
"""

import datetime
import json
import pathlib
import sys

# Which updater platform key each package answers for (tauri-action's names).
KEYS = {".deb": "linux-x86_64-deb", ".rpm": "linux-x86_64-rpm", ".AppImage": "linux-x86_64"}


def main(version, repo, packages):
    platforms = {}
    for package in map(pathlib.Path, packages):
        key = KEYS[package.suffix]
        signature = pathlib.Path(f"{package}.sig").read_text()
        url = f"https://github.com/{repo}/releases/download/v{version}/{package.name}"
        platforms[key] = {"signature": signature, "url": url}
    print(json.dumps({
        "version": version,
        "notes": f"Recert v{version}",
        "pub_date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "platforms": platforms,
    }, indent=2))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
