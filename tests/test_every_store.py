"""Every command that reads the graph, run from the command line on every kind of store: the embedded store,
an Oxigraph server and Virtuoso (started for real, see tests/servers.py). Each says on a server what it says
on the embedded store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph.build import build
from elexgraph.cli import cli
from elexgraph.store import open_store
from elexgraph.store.remote import ENDPOINT_ENV, RemoteStore
from tests.conftest import SEEDS
from tests.servers import VIRTUOSO_ENDPOINTS

pytestmark = pytest.mark.server

# Each command as a reader runs it; {out} is a fresh folder for what it writes. A new command is one more line.
COMMANDS = {
    "analyse": ["analyse"],
    "export": ["export", "--format", "gexf", "-o", "{out}/graph.gexf"],
    "viz": ["viz", "-o", "{out}/graph.html"],
    "plot": ["plot", "-o", "{out}/figures"],
    "query": ["query", "party-switchers", "--format", "csv"],
    "stats": ["stats"],
    "validate": ["validate"],
    "dump": ["dump", "--format", "nquads"],
    "publish": ["publish", "{out}/site"],
    "check": ["check"],  # last: it writes the check graph, which the commands above would then read
}
EXIT_STATUS = {"check": 1}  # check exits like a linter: 1 when it finds something, as it does on the seeds
STORES = ("embedded", "oxigraph", "virtuoso")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("embedded") / "store")
    with open_store(location, create=True) as graph_store:
        assert build([SEEDS], graph_store).built
    return location


@pytest.fixture(scope="module", params=STORES)
def store(request: pytest.FixtureRequest) -> tuple[str, str]:
    """The seeds built into each kind of store: its kind and the --store it is reached by."""
    if request.param == "embedded":
        return request.param, request.getfixturevalue("embedded")
    if request.param == "oxigraph":
        location = request.getfixturevalue("oxigraph_server")
        graph_store = RemoteStore(location)
    else:
        location = request.getfixturevalue("virtuoso_server")
        graph_store = RemoteStore(location, **VIRTUOSO_ENDPOINTS)
    graph_store.remove_graphs(graph_store.named_graphs())
    assert build([SEEDS], graph_store).built
    return request.param, location


@pytest.fixture()
def endpoints(store: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Virtuoso names its endpoints unlike Oxigraph: every command reads them from the environment."""
    if store[0] == "virtuoso":
        for option, path in VIRTUOSO_ENDPOINTS.items():
            monkeypatch.setenv(ENDPOINT_ENV[option.removesuffix("_endpoint")], path)


def run(name: str, location: str, out: Path) -> list[str]:
    """What the command says, its lines sorted (rows that tie come in the store's order), its folder as {out}."""
    args = [arg.replace("{out}", str(out)) for arg in COMMANDS[name]]
    result = CliRunner().invoke(cli, [*args, "--store", location])
    assert result.exit_code == EXIT_STATUS.get(name, 0), f"{name}: {result.stderr or result.output}"
    if "{out}" in " ".join(COMMANDS[name]):
        assert any(path.is_file() for path in out.rglob("*")), f"{name} wrote nothing"
    return sorted(result.stdout.replace(str(out), "{out}").splitlines())


@pytest.fixture(scope="module")
def on_embedded(embedded: str, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[str]]:
    """What each command says on the embedded store, run once."""
    said: dict[str, list[str]] = {}

    def answer(name: str) -> list[str]:
        if name not in said:
            said[name] = run(name, embedded, tmp_path_factory.mktemp(name))
        return said[name]

    return answer


@pytest.mark.usefixtures("endpoints")
@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_on_every_store(store: tuple[str, str], name: str, on_embedded: Callable[[str], list[str]],
                                      tmp_path: Path) -> None:
    kind, location = store
    expected = on_embedded(name)
    assert expected, f"{name} said nothing"
    if kind != "embedded":
        assert run(name, location, tmp_path) == expected, f"{name} on {kind} says otherwise than on the embedded store"
