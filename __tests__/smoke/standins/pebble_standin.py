#!/usr/bin/python3
# STAND-IN for Canonical's Pebble, which is not packaged anywhere this test machine can reach.
# It does only what a rock's entrypoint does for the smoke test:
#   pebble enter [--verbose] [--args SERVICE ARG... [;]]
# reads the layers in /var/lib/pebble/default/layers/, starts the services whose startup is
# "enabled" in `after` order a few ms apart (as real Pebble), replaces the "[ ... ]" default arguments of a
# service's command with --args (or drops the brackets), restarts a service that exits with
# Pebble's default backoff (0.5 s doubling up to 30 s, reset after 30 s of running), and copies
# service output to stdout when PEBBLE_VERBOSE=1 or --verbose (otherwise output is dropped; `logs`
# is not implemented). Its own lines use real Pebble's wording and timestamp format
# (internals/overlord/servstate/handlers.go, internals/logger/logger.go), since the smoke test
# reads them to tell a service that cannot start.
import datetime
import glob
import os
import pwd
import shlex
import signal
import subprocess
import sys
import threading
import time

import yaml

LAYERS = "/var/lib/pebble/default/layers"
print_lock = threading.Lock()
stopping = threading.Event()
children = {}


def log(text, stream=None):
    """Real Pebble's line format: its own notices as `[pebble]` on stderr, service output on stdout."""
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
    out = stream or sys.stderr
    with print_lock:
        out.write(f"{stamp} {text if stream else '[pebble] ' + text}\n")
        out.flush()


def load_services():
    services = {}
    for path in sorted(glob.glob(os.path.join(LAYERS, "*.yaml"))):
        with open(path) as f:
            layer = yaml.safe_load(f) or {}
        for name, svc in (layer.get("services") or {}).items():
            if svc.get("override") == "replace" or name not in services:
                services[name] = dict(svc)
            else:
                services[name].update(svc)
    return services


def start_order(services):
    order, seen = [], set()

    def visit(name):
        if name in seen:
            return
        seen.add(name)
        for dep in services[name].get("after") or []:
            if dep in services:
                visit(dep)
        order.append(name)

    for name in sorted(services):
        visit(name)
    return order


def command_argv(command, extra):
    words = shlex.split(command)
    if "[" in words:
        start = words.index("[")
        end = words.index("]", start)
        defaults = words[start + 1 : end]
        words = words[:start] + (extra if extra is not None else defaults) + words[end + 1 :]
    elif extra:
        words = words + extra
    return words


def go_duration(seconds):
    """Go's time.Duration.String() for the backoff values Pebble uses: 500ms, 1s, 1.5s, 30s."""
    if seconds < 1:
        return f"{round(seconds * 1000)}ms"
    return f"{seconds:g}s"


def demote(user):
    if not user or os.getuid() != 0:
        return None
    entry = pwd.getpwnam(user)

    def switch():
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)

    return switch


def supervise(name, svc, extra, verbose):
    backoff, backoff_num = 0.5, 0
    argv = command_argv(svc["command"], extra)
    env = dict(os.environ)
    env.update({k: str(v) for k, v in (svc.get("environment") or {}).items()})
    while not stopping.is_set():
        started = time.monotonic()
        proc = subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            preexec_fn=demote(svc.get("user")),
        )
        children[name] = proc
        log(f'Service "{name}" starting: {" ".join(argv)}')
        for line in proc.stdout:
            if verbose:
                log(f"[{name}] " + line.decode("utf-8", "replace").rstrip("\n"), sys.stdout)
        code = proc.wait()
        if stopping.is_set():
            return
        # Go reports a process killed by a signal with exit code -1.
        code = -1 if code < 0 else code
        if time.monotonic() - started >= 30:
            backoff, backoff_num = 0.5, 0
        backoff_num += 1
        on_type = "on-success" if code == 0 else "on-failure"
        log(f'Service "{name}" stopped unexpectedly with code {code}')
        log(
            f'Service "{name}" {on_type} action is "restart", '
            f"waiting ~{go_duration(backoff)} before restart (backoff {backoff_num})"
        )
        stopping.wait(backoff)
        backoff = min(backoff * 2, 30)


def main(argv):
    if argv == ["plan"]:
        # The combined plan of the layers (the smoke test reads its services' names from it).
        sys.stdout.write(yaml.safe_dump({"services": load_services()}))
        return 0
    if not argv or argv[0] not in ("enter", "run"):
        sys.stderr.write("pebble stand-in: only 'enter', 'run' and 'plan' are implemented\n")
        return 2
    verbose = os.environ.get("PEBBLE_VERBOSE") == "1"
    args = {}
    rest = argv[1:]
    while rest:
        word = rest.pop(0)
        if word == "--verbose":
            verbose = True
        elif word == "--args":
            service = rest.pop(0)
            values = []
            while rest and rest[0] != ";":
                values.append(rest.pop(0))
            if rest:
                rest.pop(0)
            args[service] = values
        else:
            sys.stderr.write(f"pebble stand-in: unknown argument {word!r}\n")
            return 2

    def stop(_signo, _frame):
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    services = load_services()
    threads = []
    for name in start_order(services):
        svc = services[name]
        if svc.get("startup") != "enabled":
            continue
        t = threading.Thread(target=supervise, args=(name, svc, args.get(name), verbose), daemon=True)
        t.start()
        threads.append(t)
        # Real Pebble starts the services a few milliseconds apart.
        if stopping.wait(0.005):
            break
    stopping.wait()
    for proc in children.values():
        if proc.poll() is None:
            proc.terminate()
    for proc in children.values():
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
