"""Settings for publishing (GitHub Pages): pelicanconf.py plus an absolute SITEURL.

SITEURL comes from the environment, subpath included: https://<user>.github.io/<repo>
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
