"""Related stories: same days, shared actors, copies left out (archive/related.py)."""

import datetime as dt

from news_archive.archive.related import Story, related

DAY = dt.date(2015, 11, 24)


def story(offset, *actors, group=None):
    return Story(DAY + dt.timedelta(days=offset) if offset is not None else None, frozenset(actors), group)


def test_stories_of_the_same_days_sharing_actors_most_shared_first():
    stories = [
        story(0, "russia", "turkey", "syria"),
        story(1, "russia", "turkey"),  # shares two, a day later
        story(0, "russia", "turkey", "syria", "nato"),  # shares three, same day
        story(9, "russia", "turkey", "syria"),  # too far in time
        story(0, "russia", "indonesia"),  # shares one only
        story(None, "russia", "turkey", "syria"),  # undated
        story(0, "russia", "turkey", "syria", group=7),
        story(0, "russia", "turkey", "syria", group=7),  # a copy of the one before
    ]
    found = related(stories)
    assert found[0] == [2, 6, 1]  # one copy of the story published twice
    assert found[6] == [0, 2, 1] and 7 not in found[6]  # its copy is not a related story
    assert found[5] == [] and found[3] == []
