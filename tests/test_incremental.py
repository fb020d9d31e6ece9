"""Incremental builds: unchanged articles are skipped, edits replace their graph, removal drops only what it must.

After every step the store must equal a fresh build of the files as they now are.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph.build import build, remove
from elexgraph.cli import cli
from elexgraph.errors import StoreError
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore

ALPHA = """Amber Valley declares

Ann Example won Amber Valley for Labour at the general election on 4 July 2024.

The result in Amber Valley:

Ann Example (Lab) 17,267 (48.4%)

Bob Sample (Con) 12,708 (35.6%)
"""
BETA = """Erewash declares

Labour's Ann Example said: "We will keep working for the whole region."

The result in Erewash at the general election on 4 July 2024:

Carol Testing (Lab) 19,001 (44.1%)

Dan Placeholder (Con) 15,022 (34.9%)
"""


def sorted_nquads(store: GraphStore) -> list[bytes]:
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    return sorted(out.getvalue().splitlines())


def fresh_build(folder: Path, tmp: Path) -> list[bytes]:
    with open_store(tmp / "fresh", create=True) as store:
        build([folder], store)
        return sorted_nquads(store)


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (folder / "beta.txt").write_text(BETA, encoding="utf-8")
    return folder


def column(store: GraphStore, query: str, name: str) -> list[str]:
    result = run_query(store, query)
    return [row[result.variables.index(name)].value for row in result.rows]


def people(store: GraphStore) -> set[str]:
    return set(column(store, "candidacies", "person")) | set(column(store, "quotes", "speaker"))


def test_unchanged_articles_are_skipped_and_edits_replace_their_graph(articles: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        assert build([articles], store).built == ["alpha", "beta"]
        again = build([articles], store)
        assert again.built == [] and again.unchanged == ["alpha", "beta"]

        (articles / "alpha.txt").write_text(ALPHA.replace("17,267", "18,001"), encoding="utf-8")
        edited = build([articles], store)
        assert edited.built == ["alpha"] and edited.unchanged == ["beta"]
        votes = dict(zip(column(store, "candidacies", "person"), column(store, "candidacies", "votes")))
        assert votes["Ann Example"] == "18001"
        assert sorted_nquads(store) == fresh_build(articles, tmp_path)

        assert build([articles], store, force=True).built == ["alpha", "beta"]


def test_new_extractors_rebuild_unchanged_articles(articles: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        build([articles], store)
        monkeypatch.setattr("elexgraph.build.signature", lambda: "elexgraph 9.9; result-lists 99")
        assert build([articles], store).built == ["alpha", "beta"]


def test_removal_keeps_a_person_another_article_states(articles: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        build([articles], store)
        assert {"Ann Example", "Bob Sample"} <= people(store)
        assert remove([str(articles / "alpha.txt")], store) == ["alpha"]
        # Ann Example is quoted in beta, so she stays (one IRI across articles); Bob Sample was only in alpha.
        assert "Ann Example" in people(store) and "Bob Sample" not in people(store)
        assert column(store, "candidacies", "source") == ["Erewash declares", "Erewash declares"]  # beta's headline
        (articles / "alpha.txt").unlink()
        assert sorted_nquads(store) == fresh_build(articles, tmp_path)


def test_remove_by_id_and_unknown_articles(articles: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        build([articles], store)
        with pytest.raises(StoreError, match="no article gamma"):
            remove(["gamma"], store)
        assert len(store.named_graphs()) == 2  # nothing removed when one name is wrong
        remove(["beta"], store)
        assert [g.value.rsplit("/", 1)[1] for g in store.named_graphs()] == ["alpha"]


def test_remove_command(articles: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(articles), "--store", store]).exit_code == 0
    result = runner.invoke(cli, ["remove", "alpha", "--store", store])
    assert result.exit_code == 0 and "removed 1 article(s): alpha" in result.stdout
    result = runner.invoke(cli, ["remove", "alpha", "--store", store])
    assert result.exit_code == 1 and result.stderr.strip() == f"error: {store}: no article alpha in the store"
    result = runner.invoke(cli, ["build", str(articles), "--store", store])
    assert "built 1 article(s)" in result.stdout and "1 unchanged" in result.stdout
