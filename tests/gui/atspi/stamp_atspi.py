#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 The Stamp developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Stamp as a screen reader meets it, over AT-SPI.

Starts its own world: Xvfb on a free display, a private D-Bus session bus,
the accessibility bus (at-spi-bus-launcher, which starts at-spi2-registryd),
a throwaway gnome-keyring on that bus (as tests/support/KeyringSession does
for the Qt tests, so no real keychain is ever reached) and temporary HOME
and XDG folders. Then it runs the built `stamp` with Qt's AT-SPI bridge on,
reads its accessible tree the way Orca does (pyatspi), and sends one
message to the built-in sandbox by keyboard alone (xdotool, which types
through XTEST as a keyboard would): Tab to the sandbox on the welcome page,
Ctrl+N for a new message, the fields, Ctrl+Enter. It passes when the Sent
list has the message and the "Sent" announcement was heard as an AT-SPI
event. Every wait has a deadline; every process it started is ended; on a
failure it prints the tree it saw.

Usage: stamp_atspi.py PATH/TO/stamp
"""

import faulthandler
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback

DEADLINE = 20  # seconds, for any one thing to appear

procs = []
tmp = tempfile.mkdtemp(prefix="stamp-atspi-")
env = dict(os.environ)


def start(args, **kwargs):
    proc = subprocess.Popen(args, env=env, start_new_session=True, **kwargs)
    procs.append(proc)
    return proc


def kill_all():
    """Ends every process started here; a call blocked on one of them
    returns with an error."""
    for proc in reversed(procs):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def stop_all():
    for proc in reversed(procs):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for proc in reversed(procs):
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
    shutil.rmtree(tmp, ignore_errors=True)


def x_display():
    """Xvfb on a display nobody uses, once an X client can talk to it.

    Not -displayfd: it takes the lowest free number, and on this shared
    machine :0 was once reported ready while Stamp then failed with "could
    not connect to display :0" (other jobs start and stop X servers). So a
    random number well above the usual ones, used only after a real client
    (xdotool) got through."""
    rng = random.Random()
    for _ in range(8):
        number = rng.randrange(100, 4000)
        if os.path.exists("/tmp/.X%d-lock" % number) or os.path.exists("/tmp/.X11-unix/X%d" % number):
            continue
        display = ":%d" % number
        xvfb = start(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + DEADLINE
        while time.time() < deadline and xvfb.poll() is None:
            probe = subprocess.run(["xdotool", "getmouselocation"], env=dict(env, DISPLAY=display),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
            if probe.returncode == 0:
                return display
            time.sleep(0.2)
        xvfb.terminate()
    raise RuntimeError("Xvfb did not start on a free display")


def setup():
    for name in ("home", "config", "data", "cache", "runtime"):
        os.makedirs(os.path.join(tmp, name), mode=0o700)
    env.update(HOME=tmp + "/home", XDG_CONFIG_HOME=tmp + "/config", XDG_DATA_HOME=tmp + "/data",
               XDG_CACHE_HOME=tmp + "/cache", XDG_RUNTIME_DIR=tmp + "/runtime")
    for name in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                 "WAYLAND_DISPLAY", "XAUTHORITY"):
        env.pop(name, None)
    env["DISPLAY"] = x_display()
    bus = start(["dbus-daemon", "--session", "--nofork", "--nosyslog", "--print-address=1"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
    if not env["DBUS_SESSION_BUS_ADDRESS"]:
        raise RuntimeError("dbus-daemon printed no address")
    # The accessibility bus and its registry, as a desktop session has them.
    start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # A keychain that answers, unlocked with a throwaway password.
    # (It keeps them under XDG_DATA_HOME.)
    os.makedirs(env["XDG_DATA_HOME"] + "/keyrings", exist_ok=True)
    keyring = start(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    keyring.stdin.write(b"stamp-atspi-keyring-unlock")
    keyring.stdin.close()
    wait_for(lambda: os.path.exists(env["XDG_DATA_HOME"] + "/keyrings/login.keyring"),
             "the keyring's login collection")
    # pyatspi reaches the buses through this process's environment.
    os.environ.update(env)


def wait_for(condition, what, timeout=DEADLINE):
    deadline = time.time() + timeout
    while True:
        pump()
        value = condition()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError("gave up waiting for " + what)
        time.sleep(0.1)


def pump():
    """Lets pyatspi deliver the events that arrived (no main loop runs)."""
    if "GLib" in globals():
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass


def keys(*combos):
    for combo in combos:
        subprocess.run(["xdotool", "key", "--clearmodifiers", combo], env=env, check=True, timeout=10)
        time.sleep(0.15)


def focus_window(title):
    """What a window manager does for a new window: keyboard focus to it.
    Xvfb runs none, so xdotool sets the X input focus (XSetInputFocus)."""
    subprocess.run(["xdotool", "search", "--sync", "--name", "^%s$" % title, "windowfocus", "--sync"],
                   env=env, check=True, timeout=DEADLINE, stdout=subprocess.DEVNULL)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], env=env, check=True, timeout=30)


# --- the accessible tree ---------------------------------------------------

def safe(call, default=None):
    try:
        return call()
    except Exception:
        return default


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(safe(lambda: node.childCount, 0)):
        yield from walk(safe(lambda: node.getChildAtIndex(i)), depth + 1)


def find(root, role=None, name=None, contains=None, showing=None):
    for node in walk(root):
        if role is not None and safe(node.getRoleName) != role:
            continue
        node_name = safe(lambda: node.name, "")
        if name is not None and node_name != name:
            continue
        if contains is not None and contains not in node_name:
            continue
        if showing is not None and has(node, pyatspi.STATE_SHOWING) != showing:
            continue
        return node
    return None


def has(node, state):
    return bool(safe(lambda: node.getState().contains(state), False))


def dump(node, depth=0, out=None):
    out = out if out is not None else []
    if node is None or depth > 40:
        return out
    states = safe(lambda: [pyatspi.stateToString(s) for s in node.getState().getStates()], [])
    short = [s for s in states if s in ("active", "focused", "focusable", "enabled", "showing", "selected")]
    out.append("%s%s %r [%s]" % ("  " * depth, safe(node.getRoleName, "?"), safe(lambda: node.name, ""),
                                 ",".join(short)))
    for i in range(safe(lambda: node.childCount, 0)):
        dump(safe(lambda: node.getChildAtIndex(i)), depth + 1, out)
    return out


def the_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(safe(lambda: desktop.childCount, 0)):
        app = safe(lambda: desktop.getChildAtIndex(i))
        if app is not None and safe(lambda: app.name, "").lower() == "stamp":
            return app
    return None


def window(title):
    """The shown top-level window called `title`."""
    app = the_app()
    for i in range(safe(lambda: app.childCount, 0) if app else 0):
        top = safe(lambda: app.getChildAtIndex(i))
        if safe(lambda: top.name) == title and has(top, pyatspi.STATE_SHOWING):
            return top
    return None


def focused(app):
    """The focused object of the active window, where a reader's focus is."""
    for i in range(safe(lambda: app.childCount, 0)):
        top = safe(lambda: app.getChildAtIndex(i))
        if not has(top, pyatspi.STATE_ACTIVE):
            continue
        for node in walk(top):
            if has(node, pyatspi.STATE_FOCUSED) and has(node, pyatspi.STATE_SHOWING):
                return node
    return None


def expect(node, role, what):
    if node is None:
        raise AssertionError("no %s" % what)
    got = safe(node.getRoleName)
    if got != role:
        raise AssertionError("%s has role %r, not %r" % (what, got, role))
    return node


def expect_button(root, name, enabled=True):
    button = expect(find(root, role="push button", name=name), "push button", "button %r" % name)
    for state, word in ((pyatspi.STATE_FOCUSABLE, "focusable"), (pyatspi.STATE_SHOWING, "showing")):
        if not has(button, state):
            raise AssertionError("button %r is not %s" % (name, word))
    if has(button, pyatspi.STATE_ENABLED) != enabled:
        raise AssertionError("button %r is %s" % (name, "disabled" if enabled else "enabled"))
    return button


def tab_to(app, name, limit=25, back=False):
    """Tab (or Shift+Tab) until the object called `name` has focus."""
    for _ in range(limit):
        now = wait_for(lambda: focused(app), "something to have focus", 5)
        if safe(lambda: now.name) == name:
            return now
        keys("shift+Tab" if back else "Tab")
        time.sleep(0.1)
    raise AssertionError("Tab never reached %r" % name)


# --- the test --------------------------------------------------------------

heard = []  # the name of every notification reported as showing


def on_showing(event):
    # The name is read when the event is handled, as Orca does: two
    # announcements close together may both read as the later one.
    if event.detail1 and safe(lambda: event.source.getRoleName()) == "notification":
        name = safe(lambda: event.source.name, "")
        if name:
            heard.append(name)


def run(stamp):
    global pyatspi, GLib
    import pyatspi
    from gi.repository import GLib

    # A call to the application gives up after 2 s rather than D-Bus's 25 s.
    pyatspi.setTimeout(2000, 15000)

    pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
    app_process = subprocess.Popen([stamp], stdout=subprocess.DEVNULL, start_new_session=True,
          env=dict(env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   QT_QPA_PLATFORM="xcb"))
    procs.append(app_process)

    def started():
        if app_process.poll() is not None:
            raise AssertionError("stamp exited with status %d" % app_process.returncode)
        return the_app()

    app = wait_for(started, "the application stamp on the accessibility bus")
    main = wait_for(lambda: find(app, role="frame", name="Stamp"), "the main window")
    focus_window("Stamp")

    # The welcome page: two buttons, named, enabled, reachable by Tab.
    add = expect_button(main, "Add your account")
    expect_button(main, "Try the sandbox")
    if safe(lambda: add.description, "") == "":
        raise AssertionError("'Add your account' has no description")

    # The account wizard, opened by keyboard from the welcome page.
    tab_to(app, "Add your account")
    keys("space")
    wizard = wait_for(lambda: find(the_app(), role="dialog", showing=True), "the account wizard")
    focus_window(safe(lambda: wizard.name))
    for field in ("Email address", "Your name", "Account name"):
        expect(wait_for(lambda: find(wizard, role="text", name=field), "the field " + field),
               "text", "field %r" % field)
    expect_button(wizard, "Cancel")
    expect(find(wizard, role="push button", contains="Next"), "push button", "the Next button")
    focus = wait_for(lambda: focused(app), "focus in the wizard")
    if safe(lambda: focus.name) != "Email address":
        raise AssertionError("the wizard starts in %r, not the address" % safe(lambda: focus.name))
    keys("Escape")
    wait_for(lambda: find(the_app(), role="dialog", showing=True) is None, "the wizard to close")
    focus_window("Stamp")

    # The sandbox, chosen with the keyboard: a composer opens. It is
    # closed again (Escape) to open a new message with Ctrl+N, as one does.
    tab_to(app, "Try the sandbox")
    keys("space")
    wait_for(lambda: window("New message"), "the composer the sandbox opens")
    focus_window("New message")
    wait_for(lambda: safe(lambda: focused(the_app()).name) == "To", "focus in To")
    keys("Escape")
    wait_for(lambda: window("New message") is None, "the empty composer to close")
    focus_window("Stamp")
    outbox = expect(wait_for(lambda: find(the_app(), name="Outbox", role="tree"), "the Outbox list"),
                    "tree", "the Outbox list")
    sent_list = expect(find(the_app(), name="Sent messages"), "tree", "the Sent list")
    del outbox
    keys("ctrl+n")
    compose = wait_for(lambda: window("New message"), "the composer Ctrl+N opens")
    focus_window("New message")
    for field, role in (("To", "text"), ("Cc", "text"), ("Bcc", "text"), ("Subject", "text"),
                        ("Message text", "text")):
        expect(find(compose, name=field, role=role), role, "composer field %r" % field)
    # Nothing to send yet: Send is there, and says it cannot be used.
    send = expect_button(compose, "Send", enabled=False)

    subject = "Keyboard only %d" % os.getpid()
    wait_for(lambda: safe(lambda: focused(the_app()).name) == "To", "focus in To")
    type_text("ann@example.com")
    tab_to(the_app(), "Subject")
    type_text(subject)
    tab_to(the_app(), "Message text")
    type_text("Sent without a mouse.")
    wait_for(lambda: has(send, pyatspi.STATE_ENABLED), "Send to be enabled")
    keys("ctrl+Return")

    # Announced while it goes (the undo period, sending) and once sent.
    wait_for(lambda: any(("Sent: " + subject) in text for text in heard),
             "the announcement that it was sent", 40)
    if not any("Sending" in text for text in heard):
        raise AssertionError("sending was not announced: %r" % heard)
    wait_for(lambda: find(sent_list, contains=subject), "the message in the Sent list")
    status = find(the_app(), role="notification")
    print("announced:", heard)
    print("status object:", safe(lambda: status.name))
    keys("ctrl+q")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    stamp = os.path.abspath(sys.argv[1])
    for tool in ("Xvfb", "dbus-daemon", "xdotool", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            print("missing: %s (packaging/linux/deps.sh test installs it)" % tool)
            return 1
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        print("missing: at-spi2-core (packaging/linux/deps.sh test installs it)")
        return 1
    # Whatever blocks (a D-Bus call to a stuck application), the test ends
    # before CTest's timeout, saying where it was: the stack, then every
    # process is killed, which makes the blocked call fail.
    faulthandler.dump_traceback_later(140, exit=False)
    watchdog = threading.Timer(145, kill_all)
    watchdog.daemon = True
    watchdog.start()
    try:
        setup()
        run(stamp)
        print("PASS: names, roles and states as a screen reader reads them; one message sent by keyboard")
        return 0
    except Exception:
        traceback.print_exc()
        app = safe(the_app) if "pyatspi" in globals() else None
        print("The accessible tree seen:" if app else "No application called stamp on the accessibility bus.")
        if app:
            print("\n".join(dump(app)))
        print("Notifications heard:", heard)
        return 1
    finally:
        watchdog.cancel()
        stop_all()


if __name__ == "__main__":
    sys.exit(main())
