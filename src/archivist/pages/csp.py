"""The site's Content-Security-Policy and the host header file that carries it.

Every page carries the policy in a ``<meta http-equiv>`` tag, so it holds on any
host and from ``file://``; ``_headers`` (Netlify, Cloudflare Pages and hosts that
read the same format) repeats it as a real header with the directives only a
header can carry. Scripts, styles, fonts and images come from the site itself;
there is no inline script or style anywhere, so nothing needs ``'unsafe-inline'``.
"""

from __future__ import annotations

#: Directives that work in a ``<meta>`` tag, in the order they are written.
META_DIRECTIVES = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self'"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("manifest-src", "'self'"),
    ("base-uri", "'none'"),
    ("form-action", "'self'"),
)
#: Directives a browser ignores in ``<meta>``: sent as a header only.
HEADER_ONLY_DIRECTIVES = (("frame-ancestors", "'none'"),)

META_POLICY = "; ".join(f"{name} {value}" for name, value in META_DIRECTIVES)
HEADER_POLICY = "; ".join(
    f"{name} {value}" for name, value in META_DIRECTIVES + HEADER_ONLY_DIRECTIVES
)

#: Response headers for every file of the site.
HEADERS = (
    ("Content-Security-Policy", HEADER_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
HEADERS_FILE = "_headers"


def headers_file() -> str:
    """``_headers`` in the Netlify / Cloudflare Pages format: one rule for every path."""
    lines = ["/*", *(f"  {name}: {value}" for name, value in HEADERS)]
    return "\n".join(lines) + "\n"
