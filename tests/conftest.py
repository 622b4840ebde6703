import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def kb():
    import knowledge
    from knowledge.build import build, db_path
    if not db_path().exists():
        build(quiet=True)
    return knowledge.load()


@pytest.fixture(scope="session")
def stack():
    """The real servers, started once per test run (60-90 s: TensorFlow and spaCy load)."""
    import os
    from tests.stack import model_ready, running_stack
    if not model_ready():
        if os.environ.get("ARIANE_REQUIRE_STACK"):
            pytest.fail("no trained model in models/: the test command trains it before the tests")
        pytest.skip("no trained model in models/ (run `make train`)")
    with running_stack() as urls:
        yield urls
