#!/usr/bin/env bash
# Prints the path of a Python 3.10 (rasa 3.6 supports 3.8-3.10), or fails with advice.
set -u
if [ -n "${PYTHON310:-}" ]; then "$PYTHON310" -c "import sys; sys.exit(0 if sys.version_info[:2]==(3,10) else 1)" && { echo "$PYTHON310"; exit 0; }; fi
try() { [ -x "$1" ] && "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info[:2]==(3,10) else 1)' 2>/dev/null; }
if p=$(command -v python3.10 2>/dev/null) && try "$p"; then echo "$p"; exit 0; fi
roots=()
command -v pyenv >/dev/null 2>&1 && roots+=("$(pyenv root)")
roots+=("${PYENV_ROOT:-}" "$HOME/.pyenv" "/root/.pyenv")
for r in "${roots[@]}"; do
  [ -n "$r" ] || continue
  for p in "$r"/versions/3.10*/bin/python; do
    if try "$p"; then echo "$p"; exit 0; fi
  done
done
for p in /usr/bin/python3.10 /usr/local/bin/python3.10; do
  if try "$p"; then echo "$p"; exit 0; fi
done
cat >&2 <<'MSG'
Ariane needs Python 3.10 (Rasa 3.6 runs on Python 3.8 to 3.10 only) and none was found,
neither on PATH (python3.10) nor in pyenv (~/.pyenv/versions/3.10.*).
Install one, for instance:  pyenv install 3.10.13   or   apt-get install python3.10 python3.10-venv
then run the command again. You can also point to it: PYTHON310=/path/to/python3.10 make install
MSG
exit 1
