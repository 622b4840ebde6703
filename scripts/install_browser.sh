#!/usr/bin/env bash
# Chromium for the browser tests (Debian package; Playwright drives it, never downloads its own).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[install] Chromium (Debian package, about 30 s)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
else
  echo "[install] Chromium missing: install the Debian package 'chromium' (as root)" >&2
  exit 1
fi
