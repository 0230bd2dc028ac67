"""Golden pages: one article page and one listing page of a two-article build, compared whole
with the copies in tests/fixtures/golden/, so that an unplanned change to a template, a
filter or the reader shows in review. After a planned change, write them anew with
``UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py`` and review the diff."""

import os
import shutil

import pytest

from .build import pelican
from .conftest import CORPUS, FIXTURES

pytestmark = pytest.mark.build
GOLDEN = FIXTURES / "golden"
SOURCES = ("seeds/001.txt", "dev/005.txt")
PAGES = {
    "article.html": "article/{slug}/index.html",  # the page of the first source
    "publisher.html": "publisher/{publisher}/index.html",  # its publisher's listing
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("golden")
    content = root / "content"
    for source in SOURCES:
        (content / source).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / source, content / source)
    result = pelican(content, root / "out", "-e", f'CACHE_PATH="{root / "cache"}"')
    assert result.returncode == 0, result.stderr
    return root / "out"


def located(output, name):
    """The one page that the pattern of ``name`` finds (slugs hold a hash: found, not guessed)."""
    pattern = PAGES[name].format(slug="*", publisher="*")
    found = sorted(output.glob(pattern))
    if name == "article.html":
        found = [p for p in found if "seeds/001.txt" in p.read_text(encoding="utf-8")]
    else:
        article = located(output, "article.html").read_text(encoding="utf-8")
        found = [p for p in found if f"publisher/{p.parent.name}/" in article]
    assert len(found) == 1, (name, found)
    return found[0]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_the_golden_copy(built, name):
    page = located(built, name).read_text(encoding="utf-8")
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(page, encoding="utf-8")
    assert golden.exists(), f"no golden copy: run with UPDATE_GOLDEN=1 and review {golden}"
    assert page == golden.read_text(encoding="utf-8"), f"{name} changed: review it, then UPDATE_GOLDEN=1"
