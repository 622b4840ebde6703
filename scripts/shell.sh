#!/usr/bin/env bash
# make shell: a console conversation with Ariane (the action server runs in the background).
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p reports
"$PY" -m rasa_sdk --actions actions --port "$ACTIONS_PORT" >reports/actions.log 2>&1 &
ACTIONS_PID=$!
trap 'kill $ACTIONS_PID 2>/dev/null || true' EXIT INT TERM
wait_for "http://127.0.0.1:$ACTIONS_PORT/health" actions 120 "$ACTIONS_PID"
"$RASA" shell --model models --endpoints rasa_project/endpoints.yml
