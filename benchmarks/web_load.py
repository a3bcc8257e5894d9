"""Load test of ``POST /api/check``: a 2,000-word article from N concurrent clients.

    uv run python benchmarks/web_load.py [--clients 20] [--requests 200] [--url URL]

Bounded and loopback only: without ``--url`` it starts ``sleuth serve`` on a free port of
127.0.0.1 (over the Sleuth home's catalog) and stops it afterwards; a ``--url`` must point
at 127.0.0.1 or localhost. Prints median and p99 latency, throughput and errors; exits 1
when any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def two_thousand_words(examples: Path) -> str:
    words = (examples / "000_be970ccc4db248b0.txt").read_text(encoding="utf-8").split(" ")
    return " ".join(words[:2000])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: str | None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "sleuth", "serve", "--port", str(port)]
    if home:
        command += ["--home", home]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("sleuth serve exited; is the catalog built (`sleuth build`)?")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("sleuth serve did not start within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200, help="total, at most 2,000")
    parser.add_argument("--url", help="a running server on loopback (default: start one)")
    parser.add_argument("--home", default=os.environ.get("SLEUTH_HOME"))
    parser.add_argument("--examples", type=Path, default=Path("../shared/examples"))
    args = parser.parse_args()
    total = min(max(args.requests, args.clients), 2_000)

    process = None
    if args.url:
        if urlsplit(args.url).hostname not in LOOPBACK:
            sys.exit("refusing: the load test only runs against a loopback address")
        url = args.url.rstrip("/")
    else:
        process, url = start_server(args.home)
    host, port = urlsplit(url).hostname or "127.0.0.1", urlsplit(url).port or 80
    body = json.dumps({"text": two_thousand_words(args.examples)}).encode("utf-8")
    local = threading.local()

    def one_request(_: int) -> tuple[float, int, int]:
        if not hasattr(local, "con"):
            local.con = http.client.HTTPConnection(host, port, timeout=120)
        start = time.perf_counter()
        try:
            local.con.request("POST", "/api/check", body,
                              {"content-type": "application/json"})
            response = local.con.getresponse()
            data = response.read()
            claims = len(json.loads(data)["claims"]) if response.status == 200 else 0
            return time.perf_counter() - start, response.status, claims
        except (OSError, http.client.HTTPException, ValueError):
            local.con.close()
            del local.con
            return time.perf_counter() - start, 0, 0

    try:
        one_request(0)  # warm-up: the first check compiles the checker
        started = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            results = list(pool.map(one_request, range(total)))
        wall = time.perf_counter() - started
    finally:
        if process:
            process.terminate()
            process.wait(timeout=10)

    latencies = sorted(r[0] for r in results)
    failed = [r for r in results if r[1] != 200]
    p99 = latencies[min(len(latencies) - 1, round(0.99 * len(latencies)) - 1)]
    print(f"POST /api/check, {len(body):,}-byte body (2,000 words), {args.clients} concurrent "
          f"clients, {total} requests against {url}")
    print(f"  claims per response: {results[0][2]}")
    print(f"  latency median {statistics.median(latencies) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    print(f"  throughput {total / wall:.1f} requests/s over {wall:.1f} s")
    print(f"  errors: {len(failed)}" + (f" (statuses {sorted({r[1] for r in failed})})"
                                        if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
