# Start and stop the three servers (sourced by run.sh and by the tests' launcher).
start_stack() {
  mkdir -p reports
  "$PY" -m rasa_sdk --actions actions --port "$ACTIONS_PORT" >reports/actions.log 2>&1 &
  ACTIONS_PID=$!
  local api=()
  if [ -n "${ARIANE_API_TOKEN:-}" ]; then api=(--enable-api --auth-token "$ARIANE_API_TOKEN"); fi
  "$RASA" run --model models --endpoints rasa_project/endpoints.yml --credentials rasa_project/credentials.yml \
      --interface 127.0.0.1 --port "$RASA_PORT" --cors "http://127.0.0.1:$WEB_PORT" "http://localhost:$WEB_PORT" "${api[@]}" \
      >reports/rasa.log 2>&1 &
  RASA_PID=$!
  "$PY" scripts/serve_web.py --port "$WEB_PORT" --rasa "http://127.0.0.1:$RASA_PORT" >reports/web.log 2>&1 &
  WEB_PID=$!
  trap stop_stack EXIT INT TERM
  wait_for "http://127.0.0.1:$ACTIONS_PORT/health" actions 120 "$ACTIONS_PID" &&
  wait_for "http://127.0.0.1:$WEB_PORT/" web 30 "$WEB_PID" &&
  wait_for "http://127.0.0.1:$RASA_PORT/webhooks/rest/" rasa 300 "$RASA_PID"
}

stop_stack() {
  trap - EXIT INT TERM
  for pid in ${WEB_PID:-} ${RASA_PID:-} ${ACTIONS_PID:-}; do kill "$pid" 2>/dev/null || true; done
  for pid in ${WEB_PID:-} ${RASA_PID:-} ${ACTIONS_PID:-}; do wait "$pid" 2>/dev/null || true; done
  echo "[ariane] stopped"
}
