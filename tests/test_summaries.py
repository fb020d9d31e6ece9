"""The summaries that lead a party's and an election's page (elexgraph/web/overview.py) draw only the lines they
show: the same lines as drawing every one and keeping the first, whatever order the rows come in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.vocab import ELEX
from elexgraph.web import overview
from elexgraph.web.site import Site
from tests.test_graph_rows import first_built


def test_a_summary_draws_the_first_lines_of_all_of_them(shared: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, path = first_built(shared, tmp_path)
    checked = 0
    with open_store(path, read_only=True) as store:
        site = Site.for_store(store)
        for cls, name, param in ((ELEX.Election, "web-election", "election"), (ELEX.PoliticalParty, "web-party", "party")):
            for row in run_query(store, "web-index", {"type": cls}).rows:
                assert isinstance(row[0], NamedNode)
                result = run_query(store, name, {param: row[0]})
                draw = overview.election_summary_of if param == "election" else overview.party_summary_of
                monkeypatch.setattr(overview, "MAX_LINES", 10 ** 6)
                every = draw(result, site)
                monkeypatch.setattr(overview, "MAX_LINES", 2)
                first = draw(result, site)
                result.rows.reverse()  # the store may give the rows in another order
                assert draw(result, site) == first
                assert first.tallies == every.tallies
                if isinstance(first, overview.ElectionSummary):
                    assert isinstance(every, overview.ElectionSummary)
                    assert first.results == every.results[:2]
                    assert first.official_results == {line.key: every.official_results[line.key]
                                                      for line in first.results if line.key in every.official_results}
                else:
                    assert isinstance(every, overview.PartySummary)
                    assert (first.results, first.joined, first.left) == (every.results[:2], every.joined[:2],
                                                                         every.left[:2])
                checked += len(every.results) > 2
    assert checked > 3  # some had more lines than they show
