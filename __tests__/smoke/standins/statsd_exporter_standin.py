#!/usr/bin/python3
# STAND-IN for Prometheus' statsd_exporter, which is not packaged anywhere this test machine can
# reach. It accepts the rock's command line, takes statsd lines on UDP (--statsd.listen-udp; the
# TCP listener is not implemented), applies the mapping file's glob rules (name + labels with $n)
# and serves Prometheus text on :9102/metrics. Counters add up, gauges keep the last value,
# timers (|ms) become a summary (quantiles, _sum, _count); unmapped names get dots turned to "_".
import http.server
import re
import socket
import sys
import threading

import yaml

lock = threading.Lock()
counters = {}
gauges = {}
timers = {}


def option(name, default):
    for arg in sys.argv[1:]:
        if arg.startswith(f"--{name}="):
            return arg.split("=", 1)[1]
    return default


def load_rules(path):
    if not path:
        return []
    with open(path) as f:
        config = yaml.safe_load(f) or {}
    rules = []
    for m in config.get("mappings") or []:
        pattern = "^" + re.escape(m["match"]).replace(r"\*", "([^.]+)") + "$"
        rules.append((re.compile(pattern), m["name"], m.get("labels") or {}))
    return rules


def series(rules, metric):
    for pattern, name, labels in rules:
        found = pattern.match(metric)
        if found:
            expanded = {}
            for key, value in labels.items():
                expanded[key] = re.sub(r"\$(\d+)", lambda g: found.group(int(g.group(1))), str(value))
            return name, tuple(sorted(expanded.items()))
    return re.sub(r"[^a-zA-Z0-9_]", "_", metric), ()


def handle(rules, line):
    parts = line.split("|")
    if len(parts) < 2 or ":" not in parts[0]:
        return
    metric, value = parts[0].rsplit(":", 1)
    kind = parts[1]
    try:
        number = float(value)
    except ValueError:
        return
    key = series(rules, metric)
    with lock:
        if kind == "c":
            counters[key] = counters.get(key, 0.0) + number
        elif kind == "g":
            gauges[key] = number
        elif kind in ("ms", "h"):
            timers.setdefault(key, []).append(number / 1000.0)


def labels_text(labels, extra=()):
    items = list(labels) + list(extra)
    if not items:
        return ""
    return "{" + ",".join(f'{k}="{v}"' for k, v in items) + "}"


def number(value):
    return str(int(value)) if float(value).is_integer() else repr(value)


def render():
    out = []
    with lock:
        for (name, labels), value in sorted(counters.items()):
            out.append(f"{name}{labels_text(labels)} {number(value)}")
        for (name, labels), value in sorted(gauges.items()):
            out.append(f"{name}{labels_text(labels)} {number(value)}")
        for (name, labels), values in sorted(timers.items()):
            ordered = sorted(values)
            for q in (0.5, 0.9, 0.99):
                picked = ordered[min(len(ordered) - 1, int(q * len(ordered)))]
                out.append(f"{name}{labels_text(labels, [('quantile', str(q))])} {picked!r}")
            out.append(f"{name}_sum{labels_text(labels)} {sum(values)!r}")
            out.append(f"{name}_count{labels_text(labels)} {len(values)}")
    return "\n".join(out) + "\n"


class Metrics(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.split("?")[0] != "/metrics":
            self.send_error(404)
            return
        body = render().encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args):
        pass


def listen_udp(rules, address):
    host, port = address.rsplit(":", 1)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((socket.gethostbyname(host or "0.0.0.0"), int(port)))
    while True:
        data, _ = sock.recvfrom(65535)
        for line in data.decode("utf-8", "replace").splitlines():
            handle(rules, line.strip())


def main():
    rules = load_rules(option("statsd.mapping-config", ""))
    udp = option("statsd.listen-udp", ":9125")
    web = option("web.listen-address", ":9102")
    threading.Thread(target=listen_udp, args=(rules, udp), daemon=True).start()
    host, port = web.rsplit(":", 1)
    server = http.server.ThreadingHTTPServer((host or "0.0.0.0", int(port)), Metrics)
    print(f"statsd_exporter stand-in: statsd on udp {udp}, metrics on {web}/metrics", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
