#!/usr/bin/python3
"""The accessibility tree of a running application as assistive technology reads it (AT-SPI, the
bus Orca uses), printed as JSON: each node's role, name, description, states, its own text (for
text leaves) and children. Debian's python3-pyatspi, so /usr/bin/python3.

  /usr/bin/python3 tests/support/atspi_tree.py APP_NAME [PID]

Waits up to 20 s for the application (by name, or by process id when given) to appear on the bus.
"""

import json
import sys
import time

import pyatspi

# Far more than any screen of Recert's; a guard against a cycle in a broken tree.
MAX_NODES = 20000


def states_of(acc):
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def text_of(acc):
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def walk(acc, budget):
    budget[0] -= 1
    if budget[0] < 0:
        raise RuntimeError("more nodes than any screen has")
    node = {"role": acc.getRoleName(), "name": acc.name or "", "states": states_of(acc)}
    if acc.description:
        node["description"] = acc.description
    attributes = dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
    for key in ("tag", "level", "setsize", "posinset", "xml-roles", "placeholder-text"):
        if key in attributes:
            node[key] = attributes[key]
    # A node's own text, with its children's places (U+FFFC) taken out: the words a screen
    # reader reads between them.
    text = (text_of(acc) or "").replace("\ufffc", " ")
    if text.strip():
        node["text"] = " ".join(text.split())
    children = [walk(child, budget) for child in acc if child is not None]
    if children:
        node["children"] = children
    return node


def find(name, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        if pid is not None and app.get_process_id() == pid:
            return app
        if pid is None and app.name == name:
            return app
    return None


def main():
    name = sys.argv[1]
    pid = int(sys.argv[2]) if len(sys.argv) > 2 else None
    deadline = time.monotonic() + 20
    while True:
        app = find(name, pid)
        if app is not None:
            break
        if time.monotonic() > deadline:
            sys.exit(f"{name} is not on the accessibility bus")
        time.sleep(0.5)
    print(json.dumps(walk(app, [MAX_NODES]), ensure_ascii=False))


if __name__ == "__main__":
    main()
