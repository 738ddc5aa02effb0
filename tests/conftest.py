from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "kim-russia-2023-09-21.uk.txt"
EXAMPLE_GOLD = SHARED / "gold" / "kim-russia-2023-09-21.json"

needs_shared = pytest.mark.skipif(not EXAMPLE.exists(), reason="../shared is not beside the project")
