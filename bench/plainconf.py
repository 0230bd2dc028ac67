"""The baseline: plain Pelican, its "simple" theme, default settings, on the Markdown twin."""

SITENAME = "Baseline"
SITEURL = ""
RELATIVE_URLS = True
THEME = "simple"
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
READERS = {"rst": None}
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
DELETE_OUTPUT_DIRECTORY = True
CACHE_CONTENT = False
# The one setting changed for fairness: Pelican's translation grouping is quadratic (hours at
# 100,000 articles) and the archive does not use it either.
ARTICLE_TRANSLATION_ID = None
