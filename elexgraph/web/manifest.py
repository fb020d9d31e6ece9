"""What a published site was drawn from, kept in the site (publish-manifest.json) so the next publish redraws only
the resources of the graphs that changed.

Every page of a resource is drawn from what graphs say of it, each graph on its own (the page queries match
inside one GRAPH block), so a resource none of whose graphs changed has the same pages: they are linked from the
previous site. The manifest holds each graph's digest, the graphs that name each resource and those that
describe it, the files drawn for it, and a digest of the code that drew them (new code redraws everything).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyoxigraph import Triple

import elexgraph
from elexgraph.resources import resource_dir

MANIFEST = "publish-manifest.json"
_VERSION = 1


@dataclass
class Manifest:
    code: str
    base: str
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> digest of its triples
    named: dict[str, set[str]] = field(default_factory=dict)  # doc path -> graphs that name it
    described: dict[str, set[str]] = field(default_factory=dict)  # doc path -> graphs it is a subject of
    files: dict[str, list[str]] = field(default_factory=dict)  # doc path -> the files drawn for it
    folder: Path | None = None  # the site it was read from

    def kept(self, path: str) -> bool:
        """Whether the previous site still holds every file drawn for the resource."""
        files = self.files.get(path)
        return bool(files) and self.folder is not None and all((self.folder / f).is_file() for f in files)

    def to_json(self) -> str:
        graphs = sorted(self.graphs)
        number = {g: n for n, g in enumerate(graphs)}
        return json.dumps({
            "version": _VERSION, "code": self.code, "base": self.base,
            "graphs": [[g, self.graphs[g]] for g in graphs],
            "resources": {path: [sorted(number[g] for g in self.named.get(path, ()) if g in number),
                                 sorted(number[g] for g in self.described.get(path, ()) if g in number),
                                 self.files.get(path, [])] for path in sorted(self.files)},
        }, separators=(",", ":"))

    @classmethod
    def read(cls, site_folder: Path, code: str, base: str) -> Manifest | None:
        """The previous site's manifest when it was drawn by this code under this base, else None (redraw all)."""
        try:
            data = json.loads((site_folder / MANIFEST).read_text(encoding="utf-8"))
            if data.get("version") != _VERSION or data.get("code") != code or data.get("base") != base:
                return None
            graphs = [g for g, _ in data["graphs"]]
            found = cls(code, base, {g: d for g, d in data["graphs"]}, folder=site_folder)
            for path, (named, described, files) in data["resources"].items():
                found.named[path] = {graphs[n] for n in named}
                found.described[path] = {graphs[n] for n in described}
                found.files[path] = list(files)
            return found
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None


def graph_digest(triples: list[Triple]) -> str:
    """The same for the same triples in any order."""
    digest = hashlib.blake2b(digest_size=16)
    for line in sorted(str(t) for t in triples):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The code and templates that draw pages: when they change, so may every page."""
    digest = hashlib.blake2b(digest_size=16)
    for root in (Path(elexgraph.__file__).parent, resource_dir("queries"), resource_dir("ontology")):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".rq", ".toml", ".ttl", ".css", ".js", ".json"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
