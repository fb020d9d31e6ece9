"""Content negotiation: the Accept header (RFC 9110 §12.5.1) and file suffixes, which always win."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pyoxigraph import RdfFormat


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    suffix: str
    aliases: tuple[str, ...] = field(default=())
    rdf: RdfFormat | None = None

    @property
    def comments(self) -> bool:
        """Whether a line starting with '#' is a comment in this format."""
        return self.rdf in (RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.N_QUADS, RdfFormat.TRIG, RdfFormat.N3)

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


HTML = Format("html", "text/html", ".html", ("application/xhtml+xml",))
TURTLE = Format("turtle", "text/turtle", ".ttl", ("application/x-turtle", "application/turtle"), RdfFormat.TURTLE)
JSONLD = Format("jsonld", "application/ld+json", ".jsonld", ("application/json",), RdfFormat.JSON_LD)
NTRIPLES = Format("ntriples", "application/n-triples", ".nt", (), RdfFormat.N_TRIPLES)
RDFXML = Format("rdfxml", "application/rdf+xml", ".rdf", ("application/xml", "text/xml"), RdfFormat.RDF_XML)
NQUADS = Format("nquads", "application/n-quads", ".nq", (), RdfFormat.N_QUADS)
TRIG = Format("trig", "application/trig", ".trig", (), RdfFormat.TRIG)
# Turtle is N3: what is asked as N3 is written as Turtle under N3's media type.
N3 = Format("n3", "text/n3", ".n3", ("text/rdf+n3", "application/n3"), RdfFormat.N3)

RDF_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)
PAGE_FORMATS = (HTML, *RDF_FORMATS)
DATASET_FORMATS = (NQUADS, TRIG)


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
