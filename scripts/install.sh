#!/usr/bin/env bash
# Idempotent install: .venv with the pinned Python packages, then the npm packages
# (web widget, postal codes). A second run only compares stamps and returns.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
stamp_of() { cat "$@" | sha256sum | cut -c1-16; }

py_stamp=$(stamp_of requirements.txt scripts/install.sh)
if [ ! -f "$VENV/.stamp" ] || [ "$(cat "$VENV/.stamp")" != "$py_stamp" ]; then
  PY=$(bash scripts/find_python.sh)
  echo "[install] Python: $PY"
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade "pip<25" "setuptools<70" wheel
  "$VENV/bin/python" -m pip install --quiet -r requirements.txt
  "$VENV/bin/python" -m pip check
  echo "$py_stamp" > "$VENV/.stamp"
  echo "[install] Python packages ready"
fi

if command -v npm >/dev/null 2>&1; then
  npm_stamp=$(stamp_of package.json package-lock.json 2>/dev/null || stamp_of package.json)
  if [ ! -f node_modules/.stamp ] || [ "$(cat node_modules/.stamp)" != "$npm_stamp" ]; then
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
    echo "$npm_stamp" > node_modules/.stamp
    echo "[install] npm packages ready"
  fi
else
  echo "[install] npm not found: the web widget and the full list of communes will be missing (install Node.js >= 18)" >&2
fi
