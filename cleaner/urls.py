"""URL hygiene: drop tracking parameters so the same page has one URL."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "hsa_", "_hs", "oly_", "vero_")
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "s_kwcid",
        "ref_src", "ref_url", "cmpid", "ncid", "sr_share", "spm", "scid", "trk", "at_medium",
        "at_campaign", "rss", "cid",
    }
)


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def clean_url(url: str | None) -> str | None:
    """``url`` without tracking parameters (and without an empty query or fragment)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme and not parts.netloc:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    fragment = "" if parts.fragment.startswith(("utm_", ":~:")) else parts.fragment
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, doseq=True), fragment))
