#!/usr/bin/env bash
# make test: install what is missing, then run every check. Reports go to reports/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p reports
T0=$SECONDS
step() { echo; echo "== $* ($((SECONDS - T0)) s)"; }

step "install"
bash scripts/install.sh
bash scripts/install_browser.sh || echo "[test] no Chromium: the browser tests will fail" >&2

step "knowledge base"
build_kb

step "rasa data validate"
"$RASA" data validate --domain domain.yml --data $RASA_DATA --config config.yml >reports/validate.log 2>&1 \
  || { grep -E "ERROR|error" reports/validate.log | head -20; exit 1; }
echo "no errors (warnings in reports/validate.log)"
"$PY" scripts/check_nlu.py >reports/check_nlu.log || { tail -20 reports/check_nlu.log; exit 1; }
echo "NLU data: counts per intent met, held-out set disjoint from training (reports/check_nlu.log)"

step "train (only if data or config changed)"
train_model

step "rasa test: stories (--fail-on-prediction-errors) and held-out NLU set"
"$RASA" test --model models --stories tests/stories --nlu tests/nlu/test_nlu.yml \
    --endpoints rasa_project/endpoints.yml --out reports/rasa_test --fail-on-prediction-errors \
    >reports/rasa_test.log 2>&1 || { tail -30 reports/rasa_test.log; grep -A3 "story:" reports/rasa_test/failed_test_stories.yml 2>/dev/null | head -40; exit 1; }
"$PY" scripts/rasa_report.py reports/rasa_test

step "pytest (knowledge, actions, REST conversations, browser)"
set +e
ARIANE_REQUIRE_STACK=1 "$PY" -m pytest -q tests --junitxml=reports/pytest.xml
code=$?
set -e
[ $code -eq 5 ] && { echo "no tests collected" >&2; exit 1; }
[ $code -ne 0 ] && exit $code

step "knowledge engine accuracy on the labelled sets"
"$PY" -m tests.evaluation 0 | tee reports/knowledge_eval.txt
echo; echo "all checks passed in $((SECONDS - T0)) s"
