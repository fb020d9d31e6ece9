"""The align stage: one IRI for one person, the people the news names joined to the official candidates they are.

A person in an article and an official candidate are the same person when they stand in the same
contest (election and seat) under names that agree, however the news prints them: with a title
("Sir", "Dr"), a short first name ("Jo" for "Joanne", "Bob" for "Robert"), an initial, or with a
further name. The person the news names takes the official candidate's IRI, in every article graph
that names them (the news gives one name one IRI across articles, and so it stays). ``align_articles``
runs after each ``official load`` and after each ``build`` (each calls it; neither imports the other), so the
graph ends up the same whichever came first. ``elexgraph check`` compares names with the same rules.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from pyoxigraph import NamedNode, Quad

from elexgraph.queries import run_query
from elexgraph.reference import fold, seat_key, slug
from elexgraph.store.base import GraphStore

ContestKey = tuple[str, frozenset[str]]  # the election's IRI, the seat's name as a word set

_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "prof",
           "professor", "rev", "cllr", "councillor", "coun", "the", "hon", "rt"}
SURNAME_LIKENESS = 0.5  # below this, two surnames are two names, not one misprinted
_POSTNOMINALS = {"mp", "obe", "cbe", "mbe", "kc", "qc", "frs", "jp", "msp"}
# Short forms of given names that are not the start of the full form ("Jo" is the start of "Joanne").
_SHORT_FORMS = {
    "bob": ("robert",), "bobby": ("robert",), "bill": ("william",), "billy": ("william",), "tom": ("thomas",),
    "tommy": ("thomas",), "mike": ("michael",), "mick": ("michael",), "nick": ("nicholas", "nicola"),
    "andy": ("andrew",), "tony": ("anthony", "antony"), "jim": ("james",), "jimmy": ("james",),
    "steve": ("stephen", "steven"), "liz": ("elizabeth",), "beth": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn"), "cathy": ("catherine",), "kathy": ("katherine", "kathryn"),
    "dave": ("david",), "jack": ("john",), "jon": ("john",), "maggie": ("margaret",), "meg": ("margaret",),
    "peggy": ("margaret",), "ted": ("edward",), "ned": ("edward",), "harry": ("henry",), "hal": ("henry",),
    "dick": ("richard",), "rick": ("richard",), "jenny": ("jennifer",), "sandy": ("alexander", "alexandra"),
    "sue": ("susan", "suzanne"), "charlie": ("charles",), "chuck": ("charles",), "bert": ("albert", "herbert"),
    "gerry": ("gerald", "gerard"), "sally": ("sarah",), "polly": ("mary",), "molly": ("mary",),
    "tricia": ("patricia",), "trish": ("patricia",),
}


def _words(name: str) -> list[str]:
    """A name's words without titles and letters after it: 'Sir Ann Example MP' → ['ann', 'example']."""
    words = [w for w in re.split(r"[\s.]+", fold(name).replace("’", "'")) if w]
    while words and words[0] in _TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in _POSTNOMINALS:
        words.pop()
    return words


def _surname(words: list[str]) -> str:
    """The last part of the surname: 'Ann Example-Smith' and 'Ann Example Smith' both end in 'smith'."""
    return re.split(r"[-']", words[-1])[-1] if words else ""


def _given_names_agree(a: str, b: str) -> bool:
    """'Jo' and 'Joanne', 'J' and 'Joanne', 'Bob' and 'Robert'."""
    short, full = sorted((a, b), key=len)
    return full.startswith(short) or full in _SHORT_FORMS.get(short, ())


def same_person(printed: str, official: str) -> bool:
    """Whether a name as the news prints it can be the official candidate's name."""
    a, b = _words(printed), _words(official)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) > 1 and longer[:len(shorter)] == shorter:  # one name printed with a further name
        return True
    if _surname(a) != _surname(b):
        return False
    if len(a) == 1 or len(b) == 1:  # a surname alone: the contest decides
        return True
    return _given_names_agree(a[0], b[0])


def by_another_surname(printed: str, official: str) -> bool:
    """Whether the news names, as a contest's winner, the official winner under another surname they used
    ('Jane Roe' elected as 'Jane Okafor'): the same given name and a surname nothing like the recorded one. A
    misprint stays near the recorded spelling ('Roe' for 'Rowe') and is a finding."""
    a, b = _words(printed), _words(official)
    if len(a) < 2 or len(b) < 2 or not _given_names_agree(a[0], b[0]):
        return False
    return SequenceMatcher(None, _surname(a), _surname(b)).ratio() < SURNAME_LIKENESS


@dataclass(frozen=True)
class Candidate:
    iri: NamedNode
    name: str


def contest_key(election: NamedNode, seat_label: str) -> ContestKey:
    return election.value, seat_key(seat_label)


class OfficialPeople:
    """The official candidates of each contest, to give the news's people their IRIs."""

    def __init__(self, by_contest: dict[ContestKey, list[Candidate]]) -> None:
        self.by_contest = by_contest

    @classmethod
    def from_store(cls, store: GraphStore) -> OfficialPeople:
        by_contest: dict[ContestKey, list[Candidate]] = defaultdict(list)
        for election, seat, person, name in run_query(store, "official-people").rows:
            by_contest[contest_key(election, seat.value)].append(Candidate(person, name.value))
        return cls(dict(by_contest))

    def official_iri(self, contest: ContestKey, name: str) -> NamedNode | None:
        """The IRI of the one official candidate of the contest the printed name can be."""
        found = {c.iri for c in self.by_contest.get(contest, ()) if same_person(name, c.name)}
        if len(found) > 1:  # two candidates fit: only the exact name decides
            found = {c.iri for c in self.by_contest[contest] if _words(c.name) == _words(name)}
        return found.pop() if len(found) == 1 else None

    def renames(self, people: Iterable[tuple[ContestKey, NamedNode, str]]) -> dict[NamedNode, NamedNode]:
        """The IRI each person the news names was minted with → the official candidate's IRI, for the people
        who are official candidates; one the contests they are named in disagree about keeps their IRI."""
        targets: dict[NamedNode, set[NamedNode]] = defaultdict(set)
        for contest, person, name in people:
            official = self.official_iri(contest, name)
            if official is not None:
                targets[_minted(person, name)].add(official)
        return {p: t.pop() for p, t in targets.items() if len(t) == 1 and p not in t}


def _minted(person: NamedNode, name: str) -> NamedNode:
    """The IRI the news gave a person before any join, from the name it prints: '…/person/jo-white'."""
    return NamedNode(f"{person.value.rsplit('/', 1)[0]}/{slug(name)}")


def rename(quads: list[Quad], renames: dict[NamedNode, NamedNode]) -> list[Quad]:
    """The quads with each renamed IRI replaced, as subject or object."""
    return [Quad(renames.get(q.subject, q.subject), q.predicate, renames.get(q.object, q.object), q.graph_name)
            if q.subject in renames or q.object in renames else q for q in quads]


def align_articles(store: GraphStore) -> list[NamedNode]:
    """Give the people the stored articles name the IRIs of the official candidates they are, in every article
    graph that names them; the graphs changed. Run after each official load and each build."""
    official = OfficialPeople.from_store(store)
    if not official.by_contest:
        return []
    named = ((contest_key(election, seat.value), person, name.value)
             for election, seat, person, name in run_query(store, "news-people").rows)
    renames = official.renames(named)
    graphs = {graph for person in renames for (graph,) in run_query(store, "person-graphs", {"person": person}).rows}
    changed = {graph: rename(list(store.quads(graph)), renames) for graph in graphs if isinstance(graph, NamedNode)}
    if changed:
        store.replace_graphs(changed)
    return sorted(changed, key=lambda g: g.value)
