"""Reads .github/workflows/release.yml for scripts/release-rehearsal.sh, so the rehearsal follows
the workflow as it is and a change there that breaks a job breaks the test command.

  python3 scripts/release/workflow.py steps                 every job's steps: job<TAB>name-or-uses
  python3 scripts/release/workflow.py run JOB STEP          the shell script of a step
  python3 scripts/release/workflow.py builds                the build matrix: platform<TAB>targets (or -)<TAB>
                                                            the Tauri CLI it runs<TAB>args
  python3 scripts/release/workflow.py config ARGS... --merge FILE
        the Tauri configuration a build job passes (tauri.conf.json merged with each --config),
        checked against the Tauri CLI's schema; prints the bundle targets it asks for
"""

import json
import pathlib
import re
import shlex
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github/workflows/release.yml"


def workflow():
    return yaml.safe_load(WORKFLOW.read_text())


def step_name(step):
    return step.get("name") or step.get("uses") or step.get("run", "").strip().splitlines()[0]


def merge(base, patch):
    """JSON Merge Patch (RFC 7396), as the Tauri CLI applies `--config`."""
    if not isinstance(patch, dict):
        return patch
    out = dict(base) if isinstance(base, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge(out.get(key), value)
    return out


def matrix_value(text, entry):
    """A step input for one matrix entry: the text itself, or `${{ matrix.KEY || 'DEFAULT' }}`, the
    one expression the workflow uses there (anything else is refused, not guessed)."""
    found = re.fullmatch(r"\$\{\{ matrix\.([\w-]+) \|\| '([^']*)' \}\}", text.strip())
    if found:
        return entry.get(found[1]) or found[2]
    if "${{" in text:
        sys.exit(f"an expression the rehearsal does not read: {text}")
    return text


def main(argv):
    jobs = workflow()["jobs"]
    if argv[0] == "steps":
        for job, spec in jobs.items():
            for step in spec["steps"]:
                print(f"{job}\t{step_name(step)}")
    elif argv[0] == "run":
        job, name = argv[1], argv[2]
        step = next(s for s in jobs[job]["steps"] if step_name(s) == name)
        print(step["run"])
    elif argv[0] == "builds":
        action = next(s for s in jobs["build"]["steps"] if s.get("uses", "").startswith("tauri-apps/tauri-action@"))
        for entry in jobs["build"]["strategy"]["matrix"]["include"]:
            tauri = matrix_value(action["with"]["tauriScript"], entry)
            print(f"{entry['platform']}\t{entry['rust-targets'] or '-'}\t{tauri}\t{entry['args']}")
    elif argv[0] == "config":
        split = argv.index("--merge")
        args, extra = shlex.split(" ".join(argv[1:split])), argv[split + 1 :]
        config = json.loads((ROOT / "tauri.conf.json").read_text())
        for path in extra:
            config = merge(config, json.loads(pathlib.Path(path).read_text()))
        schema = json.loads((ROOT / "ui/node_modules/@tauri-apps/cli/config.schema.json").read_text())
        jsonschema.validate(config, schema)
        bundles = args[args.index("--bundles") + 1].split(",")
        known = {"deb", "rpm", "appimage", "msi", "nsis", "app", "dmg"}
        unknown = [b for b in bundles if b not in known]
        if unknown:
            sys.exit(f"unknown bundle types {unknown}")
        if config.get("bundle", {}).get("createUpdaterArtifacts") is not True:
            sys.exit("the release configuration does not create updater artifacts")
        if not config.get("plugins", {}).get("updater", {}).get("pubkey"):
            sys.exit("no updater public key in the configuration")
        print(" ".join(bundles))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
