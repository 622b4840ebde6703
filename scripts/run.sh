#!/usr/bin/env bash
# make run: install what is missing, build the knowledge base, train if needed,
# start the action server, Rasa and the web page; Ctrl-C stops them all.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source scripts/stack.sh
mkdir -p reports
bash scripts/install.sh
build_kb
train_model
start_stack || { stop_stack; exit 1; }
cat <<MSG

Ariane is running:
  patient page     http://127.0.0.1:$WEB_PORT/
  staff console    http://127.0.0.1:$WEB_PORT/console.html
  REST channel     POST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook   {"sender": "...", "message": "..."}
  action server    http://127.0.0.1:$ACTIONS_PORT/health
Logs in reports/. Ctrl-C stops everything.
MSG
wait
