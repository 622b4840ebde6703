"""Print the figures of a `rasa test` run and fail if the held-out intent macro-F1 is below target."""
import json
import sys
from pathlib import Path

TARGET = 0.95
out = Path(sys.argv[1])
intents = json.loads((out / "intent_report.json").read_text())
macro = intents["macro avg"]["f1-score"]
stories = out / "failed_test_stories.yml"
failed = stories.exists() and "story:" in stories.read_text()
print(f"held-out NLU: intent macro-F1 {macro:.3f} (target {TARGET}), accuracy {intents['accuracy']:.3f}")
weak = sorted((v["f1-score"], k) for k, v in intents.items() if isinstance(v, dict) and "f1-score" in v
              and k not in ("macro avg", "weighted avg", "micro avg") and v["f1-score"] < 0.9)
for f1, name in weak:
    print(f"  weak intent {name}: F1 {f1:.2f}")
print("test stories: " + ("FAILURES, see failed_test_stories.yml" if failed else "all passed"))
sys.exit(1 if macro < TARGET or failed else 0)
