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
