"""Figures of a count, as a clause says them: each person's votes ('polled 20,117 votes', 'Jane Roe (Green,
12,345)', 'A and B polled 12,345 and 8,000 respectively'), shares ('31.4% of the vote'), a party's own, first
preferences apart from later rounds, and the majority ('won by 412 votes', 'a majority of 8,820', 'raised her
majority from 4,000 to 6,500')."""

from __future__ import annotations

from elexgraph import reference
from elexgraph.annotate.document import Mention
from elexgraph.annotate.lexicon import says_word_of, words
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.figures import year_at
from elexgraph.extract.prose_results.rules import patterns
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.extract.prose_results.who import Who, owner_at

MIN_BRACKETED_COUNT = 100  # a smaller number in brackets after a name is more often an age than a count


def read_figures(reader: Who, clause: Clause, st: Statement, first_round: bool = False) -> None:
    """Counts and shares; a later round's counts are left (not those of candidates eliminated before it)."""
    _read_votes_to(clause, st)
    if clause.find("respectively") and _figures_in_turn(clause, st):
        return
    if "respectively" in clause.sentence.text and len(clause.sentence.people) > 1 and not any(
            clause.kind(i) == "person" for i in range(len(clause.items))):
        return  # 'A and B came fourth and fifth respectively, with 5,000 and 4,000 votes': whose is not guessed
    for i in clause.where("figure"):
        m = clause.mention(i)
        if m.figure is None:
            continue
        if m.figure.kind == "share" and not _past(clause, i):
            _read_share(clause, i, st)
        elif m.figure.kind in ("votes", "number") and _is_votes(clause, i) and not _a_year(clause, m) \
                and (first_round or not _later_round(reader, clause)):
            _read_votes(clause, i, st)


def _read_votes(clause: Clause, i: int, st: Statement) -> None:
    """Someone's count, or a party's whose candidate the clause does not name ('Labour polled 1,204 votes')."""
    m = clause.mention(i)
    owner = vote_owner(clause, i, st)
    if owner and m.figure.value >= 10:
        st.person(owner).votes = st.person(owner).votes or m.figure.count
        st.person(owner).won_votes = clause.lower(i - 1) in ("won", "winning")
    elif owner is None and st.subject is None and not st.people and m.figure.value >= 10:
        party = _party_polled(clause, i)
        if party:
            st.party_votes.setdefault(party, m.figure.count)


def _read_votes_to(clause: Clause, st: Statement) -> None:
    """'beat Jane Roe by 900 votes to 700': the winner's count, then the one beaten's."""
    beaten = [p for p, facts in st.people.items() if facts.lost and p != st.winner]
    if not st.winner or len(beaten) != 1:
        return
    for i in range(len(clause.items)):
        second = _votes_to(clause, i)
        if second is not None and clause.lower(_before_qualifiers(clause, i)) == "by":
            st.person(st.winner).votes = clause.mention(i).figure.count
            st.person(beaten[0]).votes = clause.mention(second).figure.count
            return


def _read_share(clause: Clause, i: int, st: Statement) -> None:
    if any(clause.lower(j) in ("swing", "turnout", "drop", "down", "up", "rise", "fall") for j in range(max(0, i - 3), i)):
        return
    if not clause.sentence.words_lower().isdisjoint(words("threshold")) and any(
            clause.items[i] in match.items(clause.items, "share") for match in patterns("threshold").finditer(clause.items)):
        return  # 'no candidate reaching 50 per cent': a threshold
    owner = owner_at(clause, i, st)
    if owner:
        st.person(owner).share = st.person(owner).share or clause.mention(i).figure.value
    elif st.subject is None and not st.people:
        party = _party_polled(clause, i)
        if party:
            st.party_shares.setdefault(party, clause.mention(i).figure.value)


def _later_round(reader: Who, clause: Clause) -> bool:
    """'After second preferences, she had 180,000 votes': a later round's count, where the article gives first
    preferences elsewhere (an article that gives one count only gives the count there is)."""
    if reader.first_preferences is None:  # asked of the whole article once
        reader.first_preferences = _first_preferences(reader.discourse.doc.text.lower())
    if not reader.first_preferences:
        return False
    text = clause.sentence.text.lower()
    return not _first_preferences(text) and says_word_of(text, "later_round")


def _a_year(clause: Clause, m: Mention) -> bool:
    """'following the 2017 vote': a year, though 'vote' follows it."""
    at = clause.sentence.start
    return year_at(clause.sentence.text, m.start - at, m.end - at)


def _is_votes(clause: Clause, i: int) -> bool:
    """The figure at i is someone's votes: 'polled 20,117', 'on 3,193', 'a total of 57,248 votes'; not a
    margin ('won by more than 2,000 votes', '4,000 more than') nor a majority."""
    if clause.lower(_before_qualifiers(clause, i)) == "by" or _majority_to(clause, i) or _votes_to_at(clause, i):
        return False  # 'won by more than 2,000 votes': a margin ('by 900 votes to 700': both counts, read apart)
    if clause.lower(i - 1) == "of" and clause.lower(i - 2) == "total":
        return True  # 'a total of 57,248 votes'
    if clause.mention(i).figure.kind == "votes":
        return _counted_votes(clause, i)
    return _number_is_votes(clause, i)


def _counted_votes(clause: Clause, i: int) -> bool:
    """A figure printed with 'votes': someone's, unless a majority or a margin."""
    before = clause.lower(i - 1)
    majority_of = before in ("of", "to") and "majority" in (clause.lower(i - 2), clause.lower(i - 3))
    return before not in ("by", "of") and not majority_of and clause.lower(i + 2) not in words("margin_after")


def _number_is_votes(clause: Clause, i: int) -> bool:
    """A bare number is votes by the words before it ('polled', "Roe's", 'to', 'on'), or right after a name
    where a verb of polling is left out ('A polled 20,000, B 10,000 and C (Green) 2,000')."""
    if clause.lower(i + 1) in words("margin_after") or clause.lower(i + 1) in ("majority", "-"):
        return False
    if _gapped_count(clause, i) or _bracketed_count(clause, i) or _line_count(clause, i):
        return True
    before = clause.lower(i - 1)
    two = f"{clause.lower(i - 2)} {before}"
    if two in words("poll"):
        return True  # 'picked up 17,562', 'pulled in 9,672': a verb of two words, whose last is no rise ('up 3,000')
    if before in words("not_votes_before") or two in words("not_votes_before"):
        return before in ("to", "on") and clause.kind(i - 2) != "party"
    return before in words("poll") or before in ("'s", "’s") or two in words("poll") or (
        clause.lower(i - 2) in words("poll") and before in ("a", "just", "only", "some"))


def vote_owner(clause: Clause, i: int, st: Statement) -> str | None:
    """Figures after a beaten person's name are the winner's ('won the seat from X with 25,291 votes')."""
    if clause.lower(i - 2) == "by" and clause.lower(i - 1) in words("poll") and st.subject:
        return st.subject  # 'saw off the challenge of X by securing 21,031 votes': the subject's
    owner = owner_at(clause, i, st)
    subject_counted = st.subject in st.people and st.people[st.subject].votes is not None
    if owner and owner != st.subject and st.people.get(owner) and st.people[owner].lost and not st.eliminated \
            and not subject_counted:  # 'won with 804 votes, ahead of X with 512': the second figure is X's
        j = max(k for k in range(i) if clause.kind(k) == "person")
        if clause.lower(j + 1) in ("with", "by"):
            return st.subject
    return owner


def _past(clause: Clause, i: int) -> bool:
    before = any(clause.lower(j) in words("past_majority") and not (
        clause.lower(j) == "last" and clause.kind(j - 1) == "ordinal") and not (  # 'finishing second last': no past
        clause.lower(j) == "was" and clause.lower(j + 1) in words("win"))  # 'was re-elected with a majority of'
        for j in range(max(0, i - 7), i))
    after = any(clause.lower(j) in words("past_majority_after") for j in range(i + 1, min(len(clause.items), i + 5)))
    return before or after


def read_majority(clause: Clause, st: Statement) -> None:
    for i in clause.where("figure"):
        m = clause.mention(i)
        if m.figure is None:
            continue
        old = _majority_changed(clause, i)  # 'raised her majority from 4,000 to 6,500', 'rose to … from …'
        if old is not None:
            st.previous_majority, st.majority = clause.mention(old).figure.count, m.figure.count
            st.previous_year = next((clause.mention(j).figure.count for j in range(old + 1, min(len(clause.items), old + 6))
                                     if clause.kind(j) == "figure" and clause.mention(j).figure.kind == "year"), None)
            return
        margin = _is_margin(clause, i)
        if m.figure.kind == "majority" or _won_by(clause, i) or margin or _majority_to(clause, i) \
                or _majority_plus(clause, i):
            _read_one_majority(clause, i, st, margin)


def _is_margin(clause: Clause, i: int) -> bool:
    """'4,000 more than', '1,058 votes ahead of' (not '2,000 more seats', nor '8,823 more second-choice votes': votes
    a later round added)."""
    after = f"{clause.lower(i + 2)} {clause.lower(i + 3)}"
    if any(after.startswith(phrase) for phrase in words("first_round", "later_round")):
        return False
    return (clause.lower(i + 1) in words("margin_after") and clause.lower(i + 2) not in words("count_after")) or (
        clause.lower(i + 1) == "votes" and clause.lower(i + 2) in words("margin_after"))


def _read_one_majority(clause: Clause, i: int, st: Statement, margin: bool) -> None:
    """A majority at i: this contest's, unless it is a past one ('overturned a majority of'), or the figure a
    majority rose from ('from 1,200 to 3,400')."""
    before = [clause.lower(j) for j in range(max(0, i - 6), i)]
    count = clause.mention(i).figure.count
    if _past(clause, i) and "to" not in before[-1:]:
        return
    if "from" in before[-3:] and any(clause.lower(j) == "to" for j in range(i + 1, i + 4)):
        st.previous_majority = count
        return
    st.majority = st.majority or count
    if margin:
        _margin(clause, i, st)


def _majority_changed(clause: Clause, i: int) -> int | None:
    """Where the earlier figure stands when the one at i is a majority changed from it: 'majority from N to M'
    (M at i), 'majority rose to M from N' (no word of a majority lost)."""
    to = i - 1
    while to > 0 and (clause.lower(to) in words("qualifiers") or clause.lower(to) in words("approx_before")
                      or clause.lower(to) == "a"):
        to -= 1  # 'to a whopping 8,800'
    majority = next((j for j in range(to - 1, max(-1, to - 7), -1) if clause.lower(j) == "majority"), None)
    if clause.lower(to) != "to" or majority is None or \
            any(clause.lower(j) in words("lost_majority") for j in range(max(0, majority - 3), i)):
        return None
    return _from_before(clause, to) or _from_after(clause, i, to)


def _margin(clause: Clause, i: int, st: Statement) -> None:
    """'X got 4,000 votes more than Y' (X won), 'X finished 4,000 votes behind Y' (Y won)."""
    after = next((j for j in range(i + 1, min(len(clause.items), i + 6)) if clause.kind(j) == "person"), None)
    other = clause.mention(after).person if after is not None else None
    behind = any(clause.lower(j) in ("behind", "short") for j in range(i + 1, i + 3))
    winner, loser = (other, st.subject) if behind else (st.subject, other)
    if winner:
        st.won, st.winner = True, st.winner or winner
        st.person(winner).rank = 1
    if loser and loser != winner:
        st.person(loser).lost = True


def _won_by(clause: Clause, i: int) -> bool:
    """'won by 7,791 votes', 'lost to X by just 3,514 votes', 'held … by 460 votes'."""
    k = i - 1
    while k > 0 and (clause.lower(k) in words("qualifiers") or clause.lower(k) in words("approx_before")):
        k -= 1
    if clause.lower(k) != "by" or clause.lower(i + 1) not in ("votes", "vote", "", ",", ".", "-") or \
            _votes_to(clause, i) is not None:
        return False
    if clause.lower(k - 1) in ("elected", "re-elected", "returned"):
        return False  # 'returned by 22,487 votes' may be the votes cast for her as well as a margin
    return any(clause.lower(j) in words("win") or clause.lower(j) in words("lose") for j in range(i))


def _gapped_count(clause: Clause, i: int) -> bool:
    """'…, Conservative Jane Roe 10,000 and Green Sam Hill 2,000': a count right after a name (and its bracketed
    party) that follows ',' or 'and', in a clause that polled a count with its verb before."""
    k = i - 1
    if clause.lower(k) == ")" and clause.kind(k - 1) == "party" and clause.lower(k - 2) == "(":
        k -= 3
    if clause.kind(k) != "person":
        return False
    possessive = clause.lower(k - 1) in ("'s", "’s") and clause.kind(k - 2) == "party"  # "Reform UK's Ann Lee 90,000"
    lead = k - 3 if possessive else k - 1 - (clause.kind(k - 1) == "party")
    lead -= possessive and clause.lower(lead) == "the"  # "the Green Party's Ann Lee 98"
    polled = any(clause.lower(j) in words("poll") and clause.kind(j + 1) == "figure" or
                 clause.lower(j) in words("poll") and clause.kind(j + 2) == "figure" for j in range(lead))
    return clause.lower(lead) in (",", "and") and (polled or _counted_after_name(clause, lead))


def _figures_in_turn(clause: Clause, st: Statement) -> bool:
    """'A and B polled 12,345 and 8,000 respectively': the n-th figure is the n-th person's (none is guessed where the
    counts differ). Whether the clause pairs several people with figures so."""
    people = clause.where("person")
    figures = [i for i in range(people[-1] + 1 if people else 0, len(clause.items)) if clause.kind(i) == "figure"
               and clause.mention(i).figure.kind in ("votes", "number", "share")]
    if len(people) < 2 or not figures:
        return False
    if len(figures) == len(people) and len({clause.mention(i).figure.kind == "share" for i in figures}) == 1:
        for person, at in zip(people, figures):
            facts, figure = st.person(clause.mention(person).person), clause.mention(at).figure
            if figure.kind == "share":
                facts.share = facts.share or figure.value
            elif figure.value >= 10:
                facts.votes = facts.votes or figure.count
    return True


def _counted_after_name(clause: Clause, end: int) -> bool:
    """'The count gave Jane Roe 76,000 votes and Tom Smith 61,500': before `end`, a name with a count of votes
    right after it, the pattern the gapped count repeats."""
    return any(clause.kind(j) == "person" and clause.kind(j + 1) == "figure" and clause.mention(j + 1).figure.kind == "votes"
               for j in range(end))


def _bracketed_count(clause: Clause, i: int) -> bool:
    """'ahead of Jane Roe (15,433)', 'Jane Roe (Green, 12,345)', 'Jane Roe (Green, 12,345, 9.8%)': a count in brackets
    after a name, alone or after the party (not an age, '(54)')."""
    opens = i - 1 if clause.lower(i - 1) == "(" else i - 3 if (
        clause.lower(i - 1) == "," and _party_label(clause, i - 2) and clause.lower(i - 3) == "(") else None
    closes = clause.lower(i + 1) == ")" or (clause.lower(i + 1) == "," and clause.kind(i + 2) == "figure"
                                            and clause.lower(i + 3) == ")")
    return opens is not None and closes and clause.kind(opens - 1) == "person" \
        and clause.mention(i).figure.value >= MIN_BRACKETED_COUNT


def _line_count(clause: Clause, i: int) -> bool:
    """'Ann Lee (Green) 211.', 'Tom Smith, Conservative, 640': a sentence that is a results line, a name (with its
    party bracketed or between commas) and a count, and nothing else."""
    end = i + 1 + (clause.lower(i + 1) == "votes")
    if len(clause.items) != len(clause.sentence.items) or (  # the whole sentence: not a part of a list it holds
            end < len(clause.items) and not (clause.lower(end) == "." and end == len(clause.items) - 1)):
        return False
    party = (clause.lower(1), clause.lower(3)) in (("(", ")"), (",", ",")) and _party_label(clause, 2)
    return clause.kind(0) == "person" and (i == 1 or (i == 4 and party))


def _party_label(clause: Clause, i: int) -> bool:
    """The item at i names a party: a party's mention, or a known party's short form ('Con', 'LD')."""
    return clause.kind(i) == "party" or clause.mention(i) is None and reference.party_named(clause.items[i].text) is not None


def _votes_to(clause: Clause, i: int) -> int | None:
    """Where the second count stands when the figure at i opens 'N votes to M' (else None)."""
    if clause.kind(i) != "figure":
        return None
    j = i + 1 + (clause.lower(i + 1) in ("votes", "vote"))
    return j + 1 if clause.lower(j) == "to" and clause.kind(j + 1) == "figure" else None


def _votes_to_at(clause: Clause, i: int) -> bool:
    """The figure at i is the M of 'by N votes to M'."""
    return any(_votes_to(clause, k) == i and clause.lower(_before_qualifiers(clause, k)) == "by"
               for k in (i - 2, i - 3) if k >= 0)


def _majority_plus(clause: Clause, i: int) -> bool:
    """'a healthy 9,000 plus majority', 'a 20,000+ majority': a round figure the majority passed (the gold's
    approximate figure, printed as it is)."""
    return clause.lower(i + 1) in ("plus", "+") and clause.lower(i + 2) == "majority"


def _majority_to(clause: Clause, i: int) -> bool:
    """The figure at i is what a majority changed to: 'increased his majority in Anytown to 5,000'."""
    if clause.lower(_before_qualifiers(clause, i)) != "to":
        return False
    for j in range(i - 2, max(-1, i - 8), -1):
        if clause.kind(j) in ("person", "figure"):
            return False
        if clause.lower(j) == "majority":
            return True
    return False


def _party_polled(clause: Clause, i: int) -> str | None:
    """The party whose share of the vote the figure at i is, the candidate unnamed: 'The Greens took 31.4% of
    the vote', 'Labour received just 18.2%' (a party opening the clause, a verb of polling before the figure)."""
    j = 1 if clause.lower(0) == "the" else 0
    if clause.kind(j) != "party" or not any(clause.lower(k) in words("poll") for k in range(j + 1, i)):
        return None
    if any(clause.kind(k) in ("person", "party", "place") for k in range(j + 1, i)):
        return None
    return clause.mention(j).party


def _first_preferences(text: str) -> bool:
    return says_word_of(text, "first_round")


def _says_majority(clause: Clause, start: int, end: int) -> bool:
    return any(clause.lower(j) == "majority" for j in range(max(0, start), end))


def _from_before(clause: Clause, to: int) -> int | None:
    """'majority from 1,200 to …': the earlier figure before 'to'."""
    if clause.kind(to - 1) == "figure" and clause.lower(to - 2) == "from" and _says_majority(clause, to - 5, to - 2):
        return to - 1
    return None


def _from_after(clause: Clause, i: int, to: int) -> int | None:
    """'majority rose to 8,000 from 200': the earlier figure after 'from'."""
    after = next((j for j in range(i + 1, min(len(clause.items), i + 5)) if clause.kind(j) == "figure"), None)
    if after is not None and "from" in [clause.lower(j) for j in range(i + 1, after)] and _says_majority(clause, to - 4, to):
        return after
    return None


def _before_qualifiers(clause: Clause, i: int) -> int:
    """Where the words before the figure at i stand, past 'more than', 'just', 'a mere' and the like."""
    k = i - 1
    while k > 0:
        two = f"{clause.lower(k - 1)} {clause.lower(k)}"
        if two in words("approx_before"):
            k -= 2
        elif clause.lower(k) in words("approx_before") or clause.lower(k) in words("qualifiers"):
            k -= 1
        else:
            break
    return k
