"""Reads one clause into a Statement, in this order: its subject (``who``), the parties printed beside its
people, the result (a win, ``winners``; a loss, ``losses``; a seat's gain or hold, ``outcomes``), places
(``ranks``), figures and the majority (``counts``). A new kind of thing a clause says starts here.

Verbs and the words around figures come from word classes in lexicon/words.toml; a figure belongs to
the person named last before it in the clause (or to a person whose possessive it follows), else to
the clause's subject, and to no one when a party stands between ('with Reform coming third').
"""

from __future__ import annotations

from elexgraph import reference
from elexgraph.annotate.document import Mention
from elexgraph.extract.list_places import division_label
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.counts import read_figures, read_majority
from elexgraph.extract.prose_results.losses import read_loss
from elexgraph.extract.prose_results.outcomes import (read_defending, read_failed_ouster, read_held_before,
                                                      read_ousted_party, read_outcome_for, read_replaced, read_switched)
from elexgraph.extract.prose_results.ranks import read_eliminated, read_followers, read_ranks
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.extract.prose_results.who import Who
from elexgraph.extract.prose_results.winners import (party_for, passive_win, read_kept_majority, read_owned_majority,
                                                     read_passive, read_win, says_a_win)


class ClauseReader(Who):
    """Reads clauses into statements, remembering each person's party as the article gives it."""

    def note_aside(self, aside: Clause) -> None:
        """An aside's party is the party of the person it describes: ', who stood for Ukip,', ', of Labour,',
        ', a Conservative who …', ', who stood as an independent,'."""
        person = aside.about.person if aside.about else None
        for i in range(len(aside.items)):
            m = aside.mention(i)
            lead = [aside.lower(j) for j in range(max(0, i - 2), i)]
            if lead[-1:] and lead[-1] in ("former", "ex", "ex-"):
                continue  # 'a former Labour councillor who stood for the Greens': not the party now
            if m and m.kind == "party" and (aside.find("leave_verbs", 0, i) or aside.find("defect_verbs", 0, i)):
                return  # ', who quit the Conservatives last year,': the party left, not the one now
            if m and m.kind == "party" and (i == 0 or set(lead) & {"of", "for", "as", "a", "an", "from", "the"}):
                if person:
                    self.aside_parties[person] = m.party
                return
            if aside.lower(i) in ("independent", "independents") and lead[-2:] in (["as", "an"], ["an"]):
                if person:
                    self.aside_parties[person] = "Independent"
                return
            if m and m.kind == "person":
                return

    def read(self, clause: Clause, carried: tuple[str | None, str | None]) -> tuple[tuple[str | None, str | None], Statement | None]:
        """What the clause is about (to carry to the next clause), and what it says of a result."""
        verb = self.first_verb(clause)
        person, party = self.subject(clause, verb)
        if person is None and party is None and clause.about is None:
            person, party = carried
        st = Statement(subject=person, subject_party=party)
        if person and party:
            st.person(person).party = party  # 'the Labour candidate': the party describes the person
        self._read_beside(clause, st)
        if party and not person:
            self.last_party = party
        if person and st.person(person).party is None:
            st.person(person).party = _stood_as(clause)
        self.read_result(clause, verb, st)
        read_outcome_for(clause, st)
        read_ousted_party(clause, st)
        read_replaced(clause, st)
        read_defending(clause, st)
        if person and person in st.people and st.people[person].party is None and verb < len(clause.items):
            st.people[person].party = party_for(clause, verb)
        read_kept_majority(self, clause, st)
        read_ranks(clause, st)
        eliminated = read_eliminated(clause, st)
        read_figures(self, clause, st, eliminated)
        read_followers(self, clause, st)
        read_majority(clause, st)
        return (person, party), (st if st.says_a_result() else None)

    def _read_beside(self, clause: Clause, st: Statement) -> None:
        """The party and the place printed beside each person the clause names."""
        for i in clause.where("person"):
            name = clause.mention(i).person
            home = self._bracketed_place(clause, i)
            if home:
                st.homes[name] = home
            ward = _bracketed_ward(clause, i)
            if ward:
                st.wards[name] = ward
            beside = self.party_beside(clause, i) or self.aside_parties.get(name)
            if beside:
                st.person(name).party = beside
                self.parties[name] = beside

    @staticmethod
    def _bracketed_place(clause: Clause, i: int) -> Mention | None:
        if clause.lower(i + 1) == "(" and clause.kind(i + 2) == "place" and clause.lower(i + 3) == ")":
            return clause.mention(i + 2)
        return None

    def read_result(self, clause: Clause, verb: int, st: Statement) -> None:
        if clause.find("formerly_held"):
            read_held_before(clause, st)
        if clause.find("seat_switched"):
            read_switched(clause, st)
        if clause.find("mistaken") and st.subject:
            st.person(st.subject).lost = True  # 'wrongly declared the winner': a candidate who lost
            return
        passive = passive_win(clause)
        if passive is not None and read_passive(self, clause, passive, st):
            return
        if read_failed_ouster(self, clause, st) or read_loss(self, clause, st):
            return
        v = next((v for v in sorted(clause.find("win") + clause.find("member_verbs")) if says_a_win(self, clause, v)), None)
        if v is not None:
            read_win(self, clause, v, st)
        if st.winner is None and not st.won:
            read_owned_majority(self, clause, st)


def _stood_as(clause: Clause) -> str | None:
    """'Jane Roe stood as an independent', 'he ran for Reform UK': the party of the clause's subject."""
    for v in clause.find("stood_verbs"):
        for j in range(v + 1, min(len(clause.items), v + 8)):
            if clause.lower(j) in ("independent", "independents") and clause.lower(j - 1) in ("an", "a"):
                return "Independent"
            if clause.kind(j) == "party" and clause.lower(j - 1) in ("for", "as", "a", "the"):
                return clause.mention(j).party
            if clause.kind(j) in ("person", "figure") or clause.lower(j) in (",", "against"):
                break
    return None


def _bracketed_ward(clause: Clause, i: int) -> str | None:
    """'Jane Roe (Brook Hill)', 'Tom Smith (Abbey ward)': capitalised words in brackets after a name, no party's and no
    count, that may be a council ward's name (whether the contest is a council's, the reader decides)."""
    if clause.lower(i + 1) != "(":
        return None
    end = next((k for k in range(i + 2, min(len(clause.items), i + 7)) if clause.lower(k) == ")"), None)
    inside = clause.items[i + 2:end] if end else []
    if not inside or any(clause.kind(k) in ("party", "figure") for k in range(i + 2, end)) or not all(
            item.text[:1].isupper() or item.lower in ("and", "&") for item in inside):
        return None
    label = division_label(" ".join(item.text for item in inside))
    return None if label is None or reference.party_named(label) else label
