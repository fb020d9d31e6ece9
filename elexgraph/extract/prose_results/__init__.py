"""Results told in narrative prose: who won which seat, by how much, and who came where.

    Labour's Jane Doe has won the Anytown seat from Conservative John Roe.
    She polled 20,117 votes; the Green Party's Ann Poe was runner-up on 9,850.
    Anytown was won by Jane Doe, who beat the sitting MP John Roe by 412 votes.

Each sentence (speech masked out) is cut into clauses, and each clause into its main part
and the relative or appositive asides that describe a person (``clauses``). A clause has a
subject (a person, a party, he/she, 'the Labour candidate'), a verb of winning, losing or
placing, objects, and figures; a figure goes to the person it follows (``statements``, with
the vocabulary in ``words``). A clause that names no seat is about its people's contest, else
the contest of the sentences just before (``reader``). Everything an article says about one
contest is pooled in a ``Contest`` and turned into facts at the end, so what one sentence
leaves unsaid another may fill in (``contests``).
"""

from __future__ import annotations

from collections.abc import Iterator

from elexgraph.extract import register
from elexgraph.extract.document import Document
from elexgraph.extract.prose_results.contests import NAME, facts_of, settle
from elexgraph.extract.prose_results.reader import Reader
from elexgraph.facts import Election, Fact


@register(NAME, "2")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and seat results told in sentences rather than lists."""
    homes: dict[tuple[str, Election], str] = {}
    for _ in range(2):  # the second reading knows every seat the first one tied a person to
        reader = Reader(doc, dict(homes))
        reader.read_lists()
        reader.read()
        homes.update(reader.found_homes)
    contests = list(reader.contests.values())
    settle(contests, reader.parties, doc)
    for contest in contests:
        if contest.sentences or contest.winner:
            yield from facts_of(contest, doc)
