"""Settings for local builds. publishconf.py imports these and sets SITEURL for publishing.

`pelican FOLDER -s pelicanconf.py -o OUT` builds an archive from any folder of raw .txt files.
"""

import os

SITENAME = "Arsip Berita Perang Suriah"
SITESUBTITLE = "Liputan media Indonesia tentang perang di Suriah"
SITEURL = ""
RELATIVE_URLS = True  # links work at the root and under a subpath; preview with `make serve`, not file://

PATH = "content"
ARTICLE_PATHS = [""]  # any folder of raw .txt files, at any depth
PAGE_PATHS = ["pages"]
ARTICLE_EXCLUDES = ["pages"]
STATIC_PATHS = ["images", "extra"]
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["news_archive"]

TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
# Pelican's translation grouping compares every article with every other (hours at 100,000
# articles); scraped articles are not translations of each other.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
DEFAULT_PAGINATION = 20
# Listings show titles, not bodies: long pages cost little and save pages. The home page is not
# paginated: it shows the newest NEWS_ARCHIVE_HOME_ARTICLES, the archives by month all of them.
PAGINATED_TEMPLATES = {"tag": 500, "category": 500, "author": 500, "undated": 500}
SUMMARY_MAX_LENGTH = 40
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

# The plugin's own settings (all optional; see plugins/news_archive/settings.py).
ACTORS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "actors.yml")
NEWS_ARCHIVE_LANG = "id"  # interface language: "id" or "en"
NEWS_ARCHIVE_BOILERPLATE_FILES = []  # your own boilerplate rule files, same format as data/boilerplate.yml
NEWS_ARCHIVE_CLEANING = {}  # e.g. {"subheading_cohesion": 0.6}
NEWS_ARCHIVE_UNKNOWN_PUBLISHER = "Penerbit tidak diketahui"
NEWS_ARCHIVE_HOME_ARTICLES = 30  # newest articles on the home page

# URLs: category = publisher, tag = actor, author = byline.
ARTICLE_URL = "article/{slug}/"
ARTICLE_SAVE_AS = "article/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "publisher/{slug}/"
CATEGORY_SAVE_AS = "publisher/{slug}/index.html"
CATEGORIES_SAVE_AS = "publisher/index.html"
TAG_URL = "actor/{slug}/"
TAG_SAVE_AS = "actor/{slug}/index.html"
TAGS_SAVE_AS = "actor/index.html"
TAG_FEED_ATOM = "feeds/actor/{slug}.atom.xml"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
AUTHORS_SAVE_AS = "author/index.html"
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "search", "404"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
ARCHIVES_SAVE_AS = "archive/index.html"
# Period archives are built by the plugin in one pass (Pelican's builder is quadratic in the
# number of articles): Pelican's YEAR/MONTH/DAY_ARCHIVE_SAVE_AS stay empty.
NEWS_ARCHIVE_PERIODS = {
    "year": ("archive/{date:%Y}/", "archive/{date:%Y}/index.html"),
    "month": ("archive/{date:%Y}/{date:%m}/", "archive/{date:%Y}/{date:%m}/index.html"),
}
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# Raw .txt (our reader) and Markdown pages only: saved .html pages kept by `news-archive import`
# next to their text are sources, not articles.
READERS = {"rst": None, "html": None, "htm": None}

FEED_DOMAIN = "http://127.0.0.1:8000"  # `make serve`; publishconf.py sets the real one
FEED_MAX_ITEMS = 20
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/publisher/{slug}.atom.xml"
FEED_ATOM = None
FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
