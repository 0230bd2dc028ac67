"""The import survey and the leftover measure (bench/) run on the trimmed real dumps the tests keep."""

from bench.import_survey import FIXTURES, survey
from bench.realdata_leftovers import measure


def test_the_survey_imports_every_fixture_dump_and_the_leftovers_are_measured(tmp_path):
    rows = survey(FIXTURES, tmp_path)
    assert len(rows) == 2 + 18 + 1  # header, one row per dump, totals
    totals = rows[-1].split("|")
    assert int(totals[3]) == int(totals[4]) > 40 and int(totals[7]) == 0  # every record imported, none unreadable
    result = measure(tmp_path)
    assert result["files"] == int(totals[4])
    own, left = sum(result["raw_own"].values()), sum(result["body_own"].values())
    assert own > 0 and left == 0
    assert sum(result["body_glued"].values()) < sum(result["raw_glued"].values())
