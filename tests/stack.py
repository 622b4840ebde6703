"""Start Ariane's three servers once (action server, Rasa, web page) for tests and benchmarks.

Ports differ from `make run` so a running demo does not disturb the tests. Every
server listens on 127.0.0.1 and is stopped when the context ends.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
# ARIANE_PORT_OFFSET lets two test runs share a machine (e.g. a developer and CI).
_OFFSET = int(os.environ.get("ARIANE_PORT_OFFSET", "0"))
PORTS = {"actions": 5155 + _OFFSET, "rasa": 5105 + _OFFSET, "web": 8180 + _OFFSET}


def model_ready() -> bool:
    return any((ROOT / "models").glob("*.tar.gz"))


def _wait(url: str, proc: subprocess.Popen, name: str, timeout: float, log: Path) -> None:
    t0 = time.time()
    while time.time() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} stopped while starting:\n" + log.read_text(errors="replace")[-3000:])
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(1)
    raise RuntimeError(f"{name} not ready after {timeout:.0f}s ({url})")


@contextlib.contextmanager
def running_stack(ports: dict | None = None):
    ports = {**PORTS, **(ports or {})}
    reports = ROOT / "reports"
    reports.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SANIC_HOST": "127.0.0.1", "TF_CPP_MIN_LOG_LEVEL": "2"}
    endpoints = reports / "endpoints.test.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{ports["actions"]}/webhook"\n')
    web = f"http://127.0.0.1:{ports['web']}"
    commands = {
        "actions": [str(VENV / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(ports["actions"])],
        "rasa": [str(VENV / "rasa"), "run", "--model", "models", "--endpoints", str(endpoints),
                 "--credentials", "rasa_project/credentials.yml", "--interface", "127.0.0.1",
                 "--port", str(ports["rasa"]), "--cors", web],
        "web": [str(VENV / "python"), "scripts/serve_web.py", "--port", str(ports["web"]),
                "--rasa", f"http://127.0.0.1:{ports['rasa']}"],
    }
    procs = {}
    try:
        for name, cmd in commands.items():
            log = reports / f"{name}.test.log"
            procs[name] = (subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT), log)
        t0 = time.time()
        _wait(f"http://127.0.0.1:{ports['actions']}/health", procs["actions"][0], "actions", 120, procs["actions"][1])
        _wait(f"{web}/", procs["web"][0], "web", 30, procs["web"][1])
        _wait(f"http://127.0.0.1:{ports['rasa']}/webhooks/rest/", procs["rasa"][0], "rasa", 300, procs["rasa"][1])
        print(f"[stack] ready in {time.time() - t0:.0f} s", file=sys.stderr)
        yield {"rasa": f"http://127.0.0.1:{ports['rasa']}", "web": web,
               "actions": f"http://127.0.0.1:{ports['actions']}"}
    finally:
        for proc, _ in procs.values():
            proc.terminate()
        for proc, _ in procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
