"""Who a clause is about and which party a name is printed with, and what the article has said of people so far
(each one's party, the parties its asides give, the party last spoken of): the ground every reader of a clause
stands on. The ClauseReader (``clause_reader``) is a Who; each part of its reading (``winners``, ``losses``,
``outcomes``, ``ranks``, ``counts``) takes it as `reader` where it needs what the article said before."""

from __future__ import annotations

from collections.abc import Mapping

from elexgraph import reference
from elexgraph.annotate.discourse import Discourse
from elexgraph.annotate.document import Mention
from elexgraph.annotate.lexicon import says_word_of, words
from elexgraph.annotate.patterns import Item
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.contests import Contest
from elexgraph.extract.prose_results.parties import party_after, party_before
from elexgraph.extract.prose_results.rules import patterns
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.facts import Election

BE = frozenset({"was", "were", "is", "are", "been", "being", "be"})


class Who:
    """What the article has said of people so far, and who a clause is about."""

    def __init__(self, discourse: Discourse, contests: Mapping[tuple[Election, str], Contest] | None = None) -> None:
        self.discourse = discourse
        self.parties: dict[str, str] = {}  # each person's party as the article last gave it
        self.named_at: list[tuple[int, str, str]] = []  # (offset, person, party): who the article calls what, where
        self.aside_parties: dict[str, str] = {}  # parties the asides of the sentence being read give
        self.last_party: str | None = None
        self.first_preferences: bool | None = None  # whether the article gives first preferences anywhere
        self.followed: tuple[int, int, int] | None = None  # after 'X came third, followed by': (sentence, next place, votes above)
        self.contests = contests  # what the article has said of each contest so far (the reader's)

    def subject(self, clause: Clause, verb: int) -> tuple[str | None, str | None]:
        """(person, party) the clause is about: the first actor before its verb."""
        if clause.about is not None:
            return clause.about.person, self._about_party(clause)
        for i in range(verb):
            m = clause.mention(i)
            if m is None or clause.lower(i - 1) in words("object_before"):
                continue  # 'followed by Jane Roe': not the one the clause is about
            actor = self._actor(clause, i, m)
            if actor is not None:
                return actor
        lead = [clause.lower(i) for i in range(min(verb, 3))]
        if lead[:2] == ["the", "party"] and self.last_party:
            return None, self.last_party
        office = _office_named(clause, verb)
        return (self.office_holder(office) if office else None), None

    def _about_party(self, clause: Clause) -> str | None:
        """The party printed beside the person an aside is about ("Labour's Jane Roe, who won Anytown in 2017,"):
        theirs at what the aside tells, unless the aside names a party of its own ('who won it for the Tories in
        2019') or the party is a former one ('former Labour MP Jane Roe, who …')."""
        about = clause.about
        if about is None or any(clause.kind(i) == "party" for i in range(len(clause.items))):
            return None
        party = next((party for offset, _, party in self.named_at if offset == about.start), None)
        before = clause.sentence.text[max(0, about.start - clause.sentence.start - 30):about.start - clause.sentence.start]
        return None if party is None or says_word_of(before.lower(), "former_words") else party

    def won_here(self, person: str) -> bool:
        """Whether the article has said the person won a contest of its own election (not one held before it)."""
        main = self.discourse.doc.election.main
        return main is not None and any(contest.winner == person and (contest.election.kind, contest.election.year)
                                        == (main.kind, main.year) for contest in (self.contests or {}).values())

    def office_holder(self, office: str) -> str | None:
        """Who the article's own mayoral or PCC contest elected, so far as it has said: 'the new mayor'."""
        main = self.discourse.doc.election.main
        if main is None or not main.place or main.kind != ("mayoral" if office == "mayor" else "pcc"):
            return None
        known = (self.contests or {}).get((main, main.place))
        return known.winner if known else None

    def _actor(self, clause: Clause, i: int, m: Mention) -> tuple[str | None, str | None] | None:
        """(person, party) the mention at i stands for as an actor; None if it stands for none."""
        if m.kind == "person":
            return m.person, None
        if m.kind == "pronoun" and m.text.lower() in ("he", "she"):
            return self.discourse.resolve_pronoun(clause.sentence, m.start, m.gender), None
        if m.kind != "party":
            return None
        person_at = next((j for j in range(i + 1, min(len(clause.items), i + 4)) if clause.kind(j) == "person"), None)
        if person_at is not None and all(clause.lower(j) in words("offices", "possessive_marks", "office_modifiers")
                                         for j in range(i + 1, person_at)):
            return None  # "Labour's Jane Roe", "Tory candidate Jane Roe": the person is the actor
        office = next((clause.lower(j) for j in (i + 1, i + 2) if clause.lower(j) in words("offices")), None)
        if office and not office.endswith("s"):
            return self.of_party(m.party, m.start), m.party  # "the Labour candidate"
        return None, m.party

    def of_party(self, party: str | None, at: int) -> str | None:
        """The person the article last named with that party before `at` (else first after): 'the Labour candidate'."""
        before = [person for offset, person, known in self.named_at if known == party and offset < at]
        after = [person for offset, person, known in self.named_at if known == party and offset >= at]
        return before[-1] if before else after[0] if after else None

    def party_beside(self, clause: Clause, i: int) -> str | None:
        """The party printed next to the person at item i: 'Labour's X', 'Tory candidate X', 'X (Lab)',
        'X, of Labour', 'X for the Greens', 'X from the Y Party', 'X, the Lib Dem candidate'."""
        items = clause.sentence.items
        at = clause.sentence.item_at(clause.mention(i))
        if at is None:
            return None
        if at > 0 and items[at - 1].text == "independent":
            before = party_before(items, at) or "Independent"
        else:
            before = party_before(items, at)
        return before or self._party_after(items, at)

    def _party_after(self, items: list[Item], at: int) -> str | None:
        """The party printed after a name; in a council election's story not an unknown label in brackets ('Jane Roe
        (Brook Hill)' names her ward)."""
        party = party_after(items, at)
        main = self.discourse.doc.election.main
        bracketed = at + 1 < len(items) and items[at + 1].lower == "("
        if party and bracketed and main is not None and main.area_kind == "division" and reference.party_named(party) is None:
            return None
        return party

    def first_verb(self, clause: Clause) -> int:
        classes = ("win", "lose", "beaten", "speech", "main_verbs")
        found = [i for cls in classes for i in clause.find(cls)]
        return min(found) if found else len(clause.items)

    def actor_before(self, clause: Clause, v: int) -> tuple[str | None, str | None]:
        """The person or party named last before item v, when only descriptive words stand between."""
        for j in range(v - 1, -1, -1):
            m = clause.mention(j)
            if m is None:
                if clause.lower(j) in words("before_verb") or clause.lower(j) in BE or clause.lower(j) in (
                        "has", "have", "had", ",", "comfortably", "easily", "narrowly", "just", "also", "all"):
                    continue
                return None, _party_they(clause, j)
            if m.kind == "person":
                return m.person, None
            if m.kind == "pronoun" and m.text.lower() in ("he", "she"):
                return self.discourse.resolve_pronoun(clause.sentence, m.start, m.gender), None
            of = j - 1 - (clause.lower(j - 1) == "the")
            if m.kind == "party" and clause.lower(of) == "of" and clause.kind(of - 1) == "person" \
                    and clause.lower(of - 2) not in ("and", ","):  # not the last of several: 'A and B of Reform UK'
                return clause.mention(of - 1).person, m.party  # 'Jane Roe of Reform UK won': she did, for them
            if m.kind == "party":  # not one the verb's subject faced: 'survived a challenge from Labour to hold …'
                return (None, None) if clause.lower(j - 1) in ("from", "against") else (None, m.party)
            return None, None
        return None, None

    def actors_before(self, clause: Clause, v: int) -> list[str]:
        return [clause.mention(j).person for j in range(v) if clause.kind(j) == "person"]


def hypothetical(clause: Clause, at: int) -> bool:
    """A verb said as a wish, a forecast or a mistake ('hoped to win'), or denied ('did not win', 'was never
    elected', 'were unable to hold', 'nearly lost'; not 'not only won … but')."""
    return any(clause.lower(j) in words("hypothetical") or (
        clause.lower(j) in words("negations") and clause.lower(j + 1) != "only") for j in range(max(0, at - 4), at))


def owner_at(clause: Clause, at: int, st: Statement) -> str | None:
    """The person a figure or a place at item `at` belongs to."""
    if clause.lower(at - 1) in ("'s", "’s") and clause.kind(at - 2) == "party":
        return None  # "Labour's 26,844": a party's figure
    going = _going_to(clause, at)
    if going is not None:
        return going
    for j in range(at - 1, -1, -1):
        m = clause.mention(j)
        if m and m.kind == "person":
            return m.person
        if m and m.kind == "party" and not attached_party(clause, j):
            return st.subject if _describes_subject(clause, j, st) else None
    if clause.about is not None:
        return clause.about.person
    return st.subject


def _describes_subject(clause: Clause, j: int, st: Statement) -> bool:
    """The party at j names the clause's subject: 'The Labour candidate secured 98,400 votes' (a party, then one
    word of office, said of the person the article named with that party)."""
    office = clause.lower(j + 1)
    return bool(st.subject) and st.subject_party == clause.mention(j).party and office in words("offices") \
        and not office.endswith("s")


def attached_party(clause: Clause, j: int) -> bool:
    """A party that belongs to someone named before it: 'X (Lab)', 'X, of Labour,', 'X, Conservative, 640 votes',
    'came second for the Greens'."""
    before = [clause.lower(k) for k in range(max(0, j - 2), j)]
    return bool(set(before) & {"(", "of", "for", "from"}) or (clause.lower(j - 1) == "," and clause.kind(j - 2) == "person")


def _party_they(clause: Clause, j: int) -> str | None:
    """'Reform UK campaigned hard in Anytown, where they won the seat from Labour': 'they' at j stands for the one party its
    sentence names before it (none where it names several, or none)."""
    if clause.lower(j) != "they":
        return None
    before = {m.party for m in clause.sentence.parties if m.start < clause.items[j].start}
    return before.pop() if len(before) == 1 else None


def _office_named(clause: Clause, verb: int) -> str | None:
    """'The region's new mayor won 181,000 votes', 'The newly-elected commissioner polled …': the office a clause
    opens on as its subject (then its holder is the one the article's own contest elected)."""
    if verb < 2 or clause.lower(0) != "the" or clause.lower(verb - 1) not in words("elected_alone"):
        return None
    if all(clause.lower(i) in words("office_words") or clause.kind(i) == "place" for i in range(1, verb - 1)):
        return clause.lower(verb - 1)
    return None


def _going_to(clause: Clause, at: int) -> str | None:
    """'with 21,000 of the votes going to Jane Roe', 'Some 60,210 votes went to Green candidate Ann Lee', 'with 9,000
    votes (42%) going to Jane Roe': the person the figure at `at` went to, named after it."""
    if not any(clause.lower(j) in ("going", "went", "gone") for j in range(at + 1, min(len(clause.items), at + 9))):
        return None  # every shape has one of these words: most figures are not tried
    for match in patterns("went_to").finditer(clause.items):
        if match.start <= at < match.captures["who"][0]:  # the count, or its share beside it ('(42%)')
            return getattr(match.items(clause.items, "who")[0].ref, "person", None)
    return None
