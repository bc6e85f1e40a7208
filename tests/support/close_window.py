"""Asks the X window on the screen titled by the first argument to close, as a window manager's
close button does: a WM_DELETE_WINDOW client message (the app sees a close request, not a destroyed
window).
Exit status 1 when no such window exists. Used by tests/e2e/hidden.test.mjs under Xvfb."""
import sys

from Xlib import X, display, protocol


def windows(d, w):
    yield w
    for child in w.query_tree().children:
        yield from windows(d, child)


def main(title):
    d = display.Display()
    delete = d.intern_atom("WM_DELETE_WINDOW")
    protocols = d.intern_atom("WM_PROTOCOLS")
    for w in windows(d, d.screen().root):
        try:
            if w.get_wm_name() != title or delete not in (w.get_wm_protocols() or []):
                continue
            # On the screen: GTK's unmapped client leader and the tray's own window carry the
            # application's name too.
            if w.get_attributes().map_state != X.IsViewable:
                continue
        except Exception:
            continue
        event = protocol.event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
        w.send_event(event, event_mask=X.NoEventMask)
        d.flush()
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
