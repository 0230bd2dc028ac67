"""Settings for publishing (GitHub Pages): pelicanconf.py plus an absolute SITEURL.

SITEURL comes from the environment, subpath included: https://<user>.github.io/<repo>
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
# Links between pages stay relative ("../../actor/isis/", not the full address): each article is
# linked from ~20 pages, and at 100,000 articles the full address would cost ~70 MB. What must be
# absolute is: canonical and Open Graph URLs, JSON-LD, the sitemap and feeds (FEED_DOMAIN).
RELATIVE_URLS = True
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
# Empty: raw originals are copied into the site (raw/). Set: linked there (README, "Large archives").
NEWS_ARCHIVE_RAW_URL = os.environ.get("NEWS_ARCHIVE_RAW_URL", "")
