# Shared by the scripts: paths, ports and "is this step up to date?" stamps.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
RASA="$ROOT/.venv/bin/rasa"
ACTIONS_PORT=${ACTIONS_PORT:-5055}
RASA_PORT=${RASA_PORT:-5005}
WEB_PORT=${WEB_PORT:-8080}
RASA_DATA="nlu_data rasa_project/stories rasa_project/rules"
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
export SANIC_HOST=127.0.0.1          # the action server listens on loopback only
export TF_CPP_MIN_LOG_LEVEL=2

hash_of() { find "$@" -type f ! -name '*.pyc' -print0 2>/dev/null | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16; }

build_kb() {
  local stamp; stamp=$(hash_of knowledge/sources knowledge/build.py knowledge/sources.py knowledge/text.py knowledge/lexicon.py node_modules/codes-postaux/package.json)
  if [ -f knowledge/build/ariane.db ] && [ "$(cat knowledge/build/.stamp 2>/dev/null)" = "$stamp" ]; then
    echo "[kb] up to date"; return 0
  fi
  "$PY" -m knowledge build && echo "$stamp" > knowledge/build/.stamp
}

model_stamp() { hash_of config.yml domain.yml nlu_data rasa_project/stories rasa_project/rules rasa_project/components; }

train_model() {
  local stamp; stamp=$(model_stamp)
  if ls models/*.tar.gz >/dev/null 2>&1 && [ "$(cat models/.stamp 2>/dev/null)" = "$stamp" ]; then
    echo "[train] model up to date ($(ls -t models/*.tar.gz | head -1))"; return 0
  fi
  echo "[train] training the model (about 2 minutes)..."
  local t0=$SECONDS
  "$RASA" train --config config.yml --domain domain.yml --data $RASA_DATA --out models \
      --fixed-model-name ariane --quiet >reports/train.log 2>&1 || { tail -40 reports/train.log; return 1; }
  echo "$stamp" > models/.stamp
  echo "[train] done in $((SECONDS - t0)) s"
}

wait_for() {  # wait_for URL NAME TIMEOUT PID
  local url=$1 name=$2 timeout=$3 pid=$4 t0=$SECONDS
  until curl -fsS "$url" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "[$name] stopped while starting: see reports/$name.log" >&2; tail -30 "reports/$name.log" >&2; return 1; fi
    if [ $((SECONDS - t0)) -ge "$timeout" ]; then echo "[$name] not ready after ${timeout}s" >&2; return 1; fi
    sleep 1
  done
  echo "[$name] ready in $((SECONDS - t0)) s"
}
