"""``make screenshots``: the first screen of every kind of page of a built site
(``output/``), in each interface language, on a desktop and on a phone, into
``docs/screenshots/`` with the gallery ``docs/screenshots.md`` that lists them.

The page kinds are Lighthouse's (``bench/lighthouse.py``), so what the README shows is
what is scored.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

from lighthouse import PAGES, served
from playwright.sync_api import ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SCREENS: dict[str, ViewportSize] = {
    "desktop": {"width": 1366, "height": 900},
    "phone": {"width": 390, "height": 844},
}
INTERFACES = {"English": "", "Arabic": "ar/"}


def file_name(interface: str, kind: str, screen: str) -> str:
    """``ar-search-with-results-phone.jpg``: where one screenshot is kept."""
    prefix = "" if interface == "English" else f"{INTERFACES[interface].strip('/')}-"
    return f"{prefix}{re.sub(r'[^a-z]+', '-', kind.lower())}-{screen}.jpg"


def gallery() -> str:
    """``docs/screenshots.md``: a table of every screenshot, a row per page kind."""
    head = [f"{interface}, {screen}" for interface in INTERFACES for screen in SCREENS]
    lines = [
        "# What the site looks like",
        "",
        "The first screen of each kind of page of the embedded archive, in its two interface",
        "languages, on a desktop (1366 px) and a phone (390 px); `make screenshots` takes",
        "them again from `output/`.",
        "",
        "| page | " + " | ".join(head) + " |",
        "| --- |" + " --- |" * len(head),
    ]
    for kind in PAGES:
        cells = [
            f"[{screen}](screenshots/{file_name(interface, kind, screen)})"
            for interface in INTERFACES
            for screen in SCREENS
        ]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "output")
    parser.add_argument("--into", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None or not (args.site / "index.html").is_file():
        print("make screenshots: needs chromium and a built site (make html)", file=sys.stderr)
        return 1
    folder = args.into / "screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with served(args.site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for screen, viewport in SCREENS.items():
            context = browser.new_context(viewport=viewport, device_scale_factor=1)
            page = context.new_page()
            for interface, home in INTERFACES.items():
                for kind, path in PAGES.items():
                    page.goto(base + home + path, wait_until="networkidle")
                    target = folder / file_name(interface, kind, screen)
                    page.screenshot(path=target, type="jpeg", quality=70)
                    print(target.relative_to(args.into), file=sys.stderr)
            context.close()
        browser.close()
    (args.into / "screenshots.md").write_text(gallery(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
