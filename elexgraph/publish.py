"""The linked-data site as static files any web server (or GitHub Pages) can host.

The same pages as ``elexgraph serve``: a page, a .ttl and a .jsonld per resource under doc/,
index pages, the ontology, the VoID file, the JSON-LD context, dumps and a sitemap. A static
host cannot answer 303, so each thing's IRI {base}id/… is a folder whose index.html sends
browsers on to the document (and names the .ttl and .jsonld as alternates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from elexgraph.errors import OutputError
from elexgraph.official.web import official_view
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore
from elexgraph.vocab import ELEX_NS
from elexgraph.web import pages
from elexgraph.web.describe import describe
from elexgraph.web.negotiation import DATASET_FORMATS, JSONLD, TURTLE
from elexgraph.web.rdf import CONTEXT_PATH, context_document, serialize_quads, serialize_triples
from elexgraph.web.site import Site, safe_segments
from elexgraph.web.void import VOID_PATH, void_triples

STATIC_FORMATS = (TURTLE, JSONLD)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass
class PublishReport:
    resources: int = 0
    files: list[str] = field(default_factory=list)


class _Writer:
    """Writes files under the output folder, never outside it."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir.resolve()
        self.report = PublishReport()

    def write(self, relative: str, content: bytes | str) -> None:
        target = (self.outdir / relative).resolve()
        if self.outdir not in target.parents:
            raise OutputError(f"{relative}: would be written outside {self.outdir}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode() if isinstance(content, str) else content)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        self.report.files.append(relative)


def documented_resources(store: GraphStore, site: Site) -> list[str]:
    """The doc paths ('person/x') of every resource under {base}id/, hash IRIs folded into their document."""
    rows = run_query(store, "web-documents", {"prefix": site.stored_base + "id/"}).rows
    paths = {site.doc_path(site.public(resource).value) for (resource,) in rows}
    return sorted(p for p in paths if p)


def _redirect(site: Site, iri: str, target: str, alternates: dict[str, str]) -> str:
    return pages.render("redirect.html", site, iri=iri, target=target, alternates=alternates)


def publish(store: GraphStore, outdir: Path, site: Site) -> PublishReport:
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: not a folder")
    writer = _Writer(outdir)
    writer.write("index.html", pages.render("home.html", site, counts=None))
    writer.write(".nojekyll", "")  # GitHub Pages: serve every file as it is
    for index in pages.INDEXES:
        writer.write(index.path + ".html", pages.render("index.html", site, index=index,
                                                        entries=pages.index_entries(store, site, index)))
    for path in documented_resources(store, site):
        iri, doc = site.iri("id/" + path), site.path("doc/" + path)
        triples = describe(store, site, iri)
        alternates = {fmt.media_type: doc + fmt.suffix for fmt in STATIC_FORMATS}
        writer.write(f"doc/{path}.html", pages.resource_html(site, iri, triples, doc, STATIC_FORMATS,
                                                             official=official_view(store, site, iri)))
        for fmt in STATIC_FORMATS:
            writer.write(f"doc/{path}{fmt.suffix}", serialize_triples(triples, fmt))
        writer.write(f"id/{path}/index.html", _redirect(site, iri, site.page("doc/" + path), alternates))
        writer.report.resources += 1
    for graph in store.named_graphs():
        public = site.public(graph).value
        name = public[len(site.public_base + "graph/"):] if public.startswith(site.public_base + "graph/") else ""
        if safe_segments(name):
            triples = [site.public(q.triple) for q in store.quads(graph)]
            writer.write(f"graph/{name}.ttl", serialize_triples(triples, TURTLE))
            writer.write(f"graph/{name}/index.html", _redirect(site, public, site.path(f"graph/{name}.ttl"), {}))
    writer.write("ontology.html", pages.render("ontology.html", site, terms=pages.ontology_terms(), namespace=ELEX_NS))
    writer.write("ontology.ttl", serialize_triples(pages.ontology_triples(), TURTLE))
    writer.write(f"{VOID_PATH}.ttl", serialize_triples(void_triples(store, site, endpoint=False), TURTLE))
    writer.write(f"{VOID_PATH}/index.html", _redirect(site, site.iri(VOID_PATH), site.path(f"{VOID_PATH}.ttl"), {}))
    writer.write(CONTEXT_PATH, context_document())
    for fmt in DATASET_FORMATS:
        writer.write("dump" + fmt.suffix, serialize_quads((site.public_quad(q) for q in store.quads()), fmt))
    pages_written = [f for f in writer.report.files if f.endswith(".html") and not f.endswith("/index.html")]
    writer.write("sitemap.xml", sitemap(site, pages_written))
    return writer.report


def sitemap(site: Site, html_files: list[str]) -> bytes:
    root = ElementTree.Element("urlset", xmlns=SITEMAP_NS)
    for relative in sorted(html_files):
        ElementTree.SubElement(ElementTree.SubElement(root, "url"), "loc").text = site.iri(relative)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
