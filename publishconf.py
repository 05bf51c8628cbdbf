"""Settings for publishing: ``make publish`` builds with these.

Set SITEURL to the address the site will be served from, with its sub-path if
it has one (for a project page: "https://ORG.github.io/REPO"), or pass it as
ARCHIVE_SITEURL in the environment. Links are then absolute; the default build
(pelicanconf.py) uses relative links that work from any folder or file://.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("ARCHIVE_SITEURL", "")  # none: the build asks for it
RELATIVE_URLS = False
