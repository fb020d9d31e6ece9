"""Loading official results files into the store, each as its own named graph."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from elexgraph.align import align_articles
from elexgraph.catalog import StoreReport, stored_digests
from elexgraph.official.graph import OfficialMinter, official_quads
from elexgraph.official.read import OfficialFile, OfficialFileError, read_official_file
from elexgraph.store.base import GraphStore


@dataclass
class LoadReport(StoreReport[OfficialFile, OfficialFileError]):
    """The results files loaded."""

    loaded: list[OfficialFile] = field(default_factory=list)


def load(paths: list[Path], store: GraphStore, *, base: str | None = None, election: int | None = None) -> LoadReport:
    """Load each results file into its own named graph; a file that fails leaves the store as it was."""
    minter = OfficialMinter(base)
    report = LoadReport()
    files = _read_all(paths, election, report)
    stored = stored_digests(store)
    graphs = {}
    for found in files:
        graph = minter.official_graph(found.key)
        if stored.get(graph, ("",))[0] == found.digest:
            report.unchanged.append(found)
            continue
        graphs[graph] = official_quads(found, minter)
        report.loaded.append(found)
        report.quads += len(graphs[graph])
    if graphs:
        store.replace_graphs(graphs)
    report.aligned = align_articles(store)
    return report


def _read_all(paths: list[Path], election: int | None, report: LoadReport) -> list[OfficialFile]:
    """Every file read and checked; two files holding the same election in the same layout cannot both load."""
    files: dict[str, OfficialFile] = {}
    for path in paths:
        try:
            found = read_official_file(path, election)
        except OfficialFileError as error:
            report.failed.append(error)
            continue
        other = files.get(found.key)
        if other and other.digest != found.digest:
            report.failed.append(OfficialFileError(path, f"holds the {found.year} results by {found.layout}, as "
                                                         f"{other.path} does: load one of them"))
            continue
        files.setdefault(found.key, found)
    return list(files.values())
