"""Content negotiation: the Accept header (RFC 9110 §12.5.1) and file suffixes, which always win; the formats
themselves are elexgraph/rdfio.py's, and HTML."""

from __future__ import annotations

from collections.abc import Sequence

from elexgraph.rdfio import RDF_FORMATS, Format

HTML = Format("html", "text/html", ".html", ("application/xhtml+xml",))
PAGE_FORMATS = (HTML, *RDF_FORMATS)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their quality; a missing or empty header accepts anything."""
    ranges = []
    for item in (header or "*/*").split(","):
        media, *params = (part.strip() for part in item.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((media.lower(), quality))
    return ranges or [("*/*", 1.0)]


def _quality(media_types: tuple[str, ...], ranges: list[tuple[str, float]]) -> float:
    """The quality of the most specific range matching any of the format's media types."""
    best: tuple[int, float] = (-1, 0.0)
    for media_type in media_types:
        kind = media_type.split("/", 1)[0]
        for media_range, quality in ranges:
            specificity = {media_type: 2, f"{kind}/*": 1, "*/*": 0}.get(media_range, -1)
            if specificity > best[0]:
                best = (specificity, quality)
    return best[1]


def negotiate(accept: str | None, offered: Sequence[Format]) -> Format | None:
    """The offered format the client prefers (ties go to the server's order), or None: 406."""
    ranges = parse_accept(accept)
    scored = [(_quality(f.media_types, ranges), -i, f) for i, f in enumerate(offered)]
    quality, _, chosen = max(scored, key=lambda s: s[:2])
    return chosen if quality > 0 else None


def split_suffix(path: str, offered: Sequence[Format]) -> tuple[str, Format | None]:
    """'person/x.ttl' → ('person/x', TURTLE); a path without a known suffix is returned whole."""
    for fmt in offered:
        if path.endswith(fmt.suffix) and len(path) > len(fmt.suffix):
            return path[: -len(fmt.suffix)], fmt
    return path, None


def choose(path: str, accept: str | None, offered: Sequence[Format]) -> tuple[str, Format | None, bool]:
    """The path without suffix, the format to answer in (None: 406) and whether it was negotiated."""
    stem, by_suffix = split_suffix(path, offered)
    if by_suffix:
        return stem, by_suffix, False
    return stem, negotiate(accept, offered), True
