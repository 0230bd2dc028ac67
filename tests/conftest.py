import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
sys.path.insert(0, str(ROOT))  # bench/
sys.path.insert(0, str(ROOT / "plugins"))  # news_archive, first
