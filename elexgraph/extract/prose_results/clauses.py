"""A sentence cut into clauses, read one at a time: 'Labour's Jane Roe won Anytown with 20,117 votes,
while the Conservatives held Otherton' is two clauses, each with its own subject, verb and figures.

A clause is a run of the sentence's items (mentions and tokens; speech is one QUOTE item, never read).
It breaks at a semicolon, a dash, and at 'while', 'but', 'with', 'as', 'and', 'after', 'whereas' when a
comma or a new subject stands there. A relative aside (', who won in 2019,') is a clause of its own about
the person before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from elexgraph.annotate.document import Mention, Sentence
from elexgraph.annotate.lexicon import word_classes, words
from elexgraph.annotate.once import once
from elexgraph.annotate.patterns import Item


@dataclass
class Clause:
    sentence: Sentence
    items: list[Item]  # the clause's own items, in order
    about: Mention | None = None  # for an aside: the person it describes
    asides: list[Clause] = field(default_factory=list)
    elliptic: bool = False  # 'as were A in X and B in Y': the clause before, said again of others
    encoded_for_rules: tuple[str, list[int]] | None = None  # its encoding for the pattern rules, made when first asked
    eliminated: bool = False  # said of a clause telling of candidates eliminated: its aside ('A, who polled N, was
    # eliminated'), or a clause that says it again of others ('…, as was B')

    @once
    def _lowers(self) -> list[str]:
        return [item.lower for item in self.items]

    @once
    def _mentions(self) -> list[Mention | None]:
        """Each item's mention; a name after 'in' or '&' is a place's ('won in Brook Hill', 'Ash & Oak Vale'), as is
        one a named winner or a party took ('Jane Roe held Kirk Vale', 'Labour gained Kirk Vale') or one a candidate
        stood for ('the Labour candidate for Brook Hill'), or one that opens a line about another person with a
        colon ('Brook Hill: Jane Roe won'): never a candidate."""
        refs = [item.ref if isinstance(item.ref, Mention) else None for item in self.items]
        return [None if m is not None and m.kind == "person" and self._names_a_division(refs, i) else m
                for i, m in enumerate(refs)]

    def _names_a_division(self, refs: list[Mention | None], i: int) -> bool:
        before = self.lower(i - 1)
        if before in ("in", "&") or before in words("seat_holder_verbs") or (
                before == "for" and self.lower(i - 2) in words("standing_offices", "elected_offices")):
            return True
        if self._ward_title(i):
            return True
        if i == 0 and self.lower(1) == ":" and any(m is not None and m.kind == "person" for m in refs[2:]):
            return True  # 'Brook Hill: Reform UK's Jane Roe won …', a round-up's line opening on its division
        verb = self.taking_verb(i)
        if not verb and before in (",", "and", "&") and self.lower(i + 1) in _LIST_ENDS:
            verb = self._list_taken(refs, i)  # 'Labour held Abbey, Castle and Brook Hill.': the list's last name
        return bool(verb) and self.lower(i + 1) not in ("'s", "’s") and any(
            m is not None and m.kind in ("person", "party") for m in refs[:i - verb])

    def _ward_title(self, i: int) -> bool:
        """'the new Brook Hill councillor', "Brook Hill's new councillor": a ward's name as its councillor's title."""
        if self.lower(i + 1) in ("'s", "’s"):
            return self.lower(i + 2) in words("ward_title_new") and self.lower(i + 3) in words("ward_titles")
        return self.lower(i + 1) in words("ward_titles") and self.lower(i - 1) in words("ward_title_new")

    def _list_taken(self, refs: list[Mention | None], i: int) -> int:
        """How many items before i a list of divisions' names goes back to the verb that took them ('held Abbey,
        Castle and …'): 0 where no such list and verb stand before i."""
        k = i - 1
        while k > 0 and (self.lower(k) in (",", "and", "&") or (refs[k] is None and self.items[k].text[:1].isupper())
                         or (refs[k] is not None and refs[k].kind in ("place", "person"))):
            k -= 1
        return i - k if k < i - 2 and self.taking_verb(k + 1) else 0

    def taking_verb(self, i: int) -> int:
        """How many words before item i say a seat was taken: 'held' (1), 'held onto' or 'held both' (2), 'held on
        to' (3), else 0."""
        if self.lower(i - 1) == "both":  # 'held both Abbey and Castle'
            verb = self.taking_verb(i - 1)
            return verb + 1 if verb else 0
        if self.lower(i - 1) in words("division_taken"):
            return 1
        held_on = words("division_held_on")
        return next((n for n in (2, 3) if " ".join(self.lower(k) for k in range(i - n, i)) in held_on), 0)

    # lower, mention and kind are asked millions of times a thousand articles: an index past either end gives
    # nothing, found by the failed lookup rather than by a bounds test at every call
    def lower(self, i: int) -> str:
        try:
            return self._lowers[i] if i >= 0 else ""
        except IndexError:
            return ""

    def mention(self, i: int) -> Mention | None:
        try:
            return self._mentions[i] if i >= 0 else None
        except IndexError:
            return None

    @once
    def _kinds(self) -> list[str]:
        return [m.kind if m else "" for m in self._mentions]

    def kind(self, i: int) -> str:
        try:
            return self._kinds[i] if i >= 0 else ""
        except IndexError:
            return ""

    @once
    def _at_kind(self) -> dict[str, list[int]]:
        at: dict[str, list[int]] = {}
        for i, kind in enumerate(self._kinds):
            if kind:
                at.setdefault(kind, []).append(i)
        return at

    def where(self, kind: str) -> list[int]:
        """Indices of the items that are mentions of a kind ('person', 'figure' …), in order: from one index a
        clause, as the readers ask for each kind several times (a scan of every item each time cost more)."""
        return self._at_kind.get(kind, [])[:]

    @once
    def lowered(self) -> str:
        """The clause's words, lower-cased, spaced: a word or phrase not in it is in no item."""
        return " ".join(self._lowers)

    def _index_for(self, cls: str) -> dict[str, list[int]]:
        """Word class → where its words and two-word phrases start, in order, among the items that are no mention:
        made once a clause, since every reader asks of several classes (a class's words looked up in turn cost
        more than the clause's own words), and of the classes readers ask clauses for only (a common word is of
        several classes no reader asks a clause for); made again, rarely, when a reader asks for a new one."""
        index = self.__dict__.get("_index")
        if index is None or cls not in index[0]:
            asked = _asked(cls)
            index = self.__dict__["_index"] = (asked.classes, self._classes_at(asked))
        return index[1]

    def _classes_at(self, asked: _Asked) -> dict[str, list[int]]:
        lowers, at = self._lowers, {}
        by_word, opening = asked.by_word, asked.openers
        last = len(lowers) - 1
        for i, mention in enumerate(self._mentions):
            if mention is not None:
                continue
            word = lowers[i]
            classes = by_word.get(word)  # most words are of no class asked
            if i < last and word in opening:
                pair = by_word.get(f"{word} {lowers[i + 1]}")
                if pair:
                    classes = classes + pair if classes else pair
            if not classes:
                continue
            for cls in classes:
                found = at.get(cls)
                if found is None:
                    at[cls] = [i]
                elif found[-1] != i:  # a word and the phrase it starts, of one class: one index
                    found.append(i)
        return at

    def find(self, cls: str, start: int = 0, end: int | None = None) -> list[int]:
        """Indices of items that are words (or phrases) of a word class."""
        found = self._index_for(cls).get(cls)
        if found is None:
            return []
        if start <= 0 and end is None:
            return found[:]  # the whole clause, as most readers ask: a copy, the index stays the clause's
        end = len(self._lowers) if end is None else end
        return [i for i in found if max(0, start) <= i < end]

    def text(self) -> str:
        return " ".join(item.text for item in self.items)

    def cue_text(self) -> str:
        """The clause's words, less those that describe a person ('London Mayor Jane Roe', 'the leader of
        the county council, Jane Roe,'): what says which kind of election the clause is about."""
        described: set[int] = set()
        for i in self.where("person"):
            k = i - 1
            if self.lower(k) == ",":  # an apposition before the name, back to the comma before it
                k -= 1
                while k >= 0 and self.lower(k) != "," and not self.kind(k):
                    described.add(k)
                    k -= 1
            while k >= 0 and self.items[k].tags == ("W",) and k == i - 1:
                described.add(k)
                k -= 1
        return " ".join(item.text for i, item in enumerate(self.items) if i not in described)


@dataclass(frozen=True, eq=False)
class _Asked:
    """The word classes readers have asked clauses for, each of their words and phrases → those of them it is of, and
    the first words of their phrases of two words (only after one of these is a pair looked up)."""

    classes: frozenset[str]
    by_word: dict[str, tuple[str, ...]]
    openers: frozenset[str]


_ASKED = [_Asked(frozenset(), {}, frozenset())]  # the latest; replaced whole, never changed


def _asked(cls: str) -> _Asked:
    """The classes asked so far, with `cls` (an unknown class is an error, as everywhere else)."""
    latest = _ASKED[0]
    if cls in latest.classes:
        return latest
    words(cls)
    classes = latest.classes | {cls}
    found: dict[str, list[str]] = {}
    for name, phrases in word_classes().items():
        if name in classes:
            for phrase in sorted(set(phrases)):
                found.setdefault(phrase, []).append(name)
    by_word = {phrase: tuple(names) for phrase, names in found.items()}
    openers = frozenset(phrase.split(" ")[0] for phrase in by_word if phrase.count(" ") == 1)
    _ASKED[0] = _Asked(classes, by_word, openers)
    return _ASKED[0]


_LIST_ENDS = frozenset({"", ".", ",", ";", "from", "for", "to", "by", "with", "in", "on", "and", "after"})  # a list's last name


def _is_subject(item: Item) -> bool:
    return any(t in ("PERSON", "PARTY", "PRON") for t in item.tags) or item.lower in ("the", "he", "she", "they")


def clauses(sentence: Sentence) -> list[Clause]:
    items, dashed = _without_dashed_asides(sentence.items)
    cuts, elliptic = _cuts(items)
    points = sorted(set(cuts))
    out = []
    for a, b in zip(points, points[1:]):
        if elliptic is not None and b == elliptic + 2:
            continue  # ', as were' itself
        if any(not _is_joint(it) for it in items[a:b]):
            out.append(_with_asides(sentence, items[a:b]))
            out[-1].elliptic = elliptic is not None and a == elliptic + 2
    if dashed and out:
        out[0].asides.append(Clause(sentence, dashed))  # about the clause's own subject
    return out


def _is_joint(item: Item) -> bool:
    """Punctuation or a word that joins clauses: nothing a clause says."""
    return item.tags == ("P",) or item.tags == ("W",) and item.lower in words("clause_breaks")


def _cuts(items: list[Item]) -> tuple[list[int], int | None]:
    """Where the clauses of a sentence start and end, and where an elliptic 'as were …' clause starts."""
    cuts = [0]
    elliptic: int | None = None  # where an 'as were …' clause starts: no cut at its 'and'
    breaks = words("clause_breaks")
    for i, item in enumerate(items):
        if item.tags == ("P",) and item.text in (";", "–", "—") or (item.text == "-" and _spaced(items, i)):
            cuts.extend([i, i + 1])
            elliptic = None
        elif elliptic is None and (item.lower in (",", "as") or item.lower in breaks):  # no break at any other
            found = _cut_at(items, i, cuts[-1])
            cuts.extend(found)
            if found and _starts_ellipsis(items, i):
                elliptic = i
    cuts.append(len(items))
    return cuts, elliptic


def _cut_at(items: list[Item], i: int, start: int) -> list[int]:
    """The cut a clause break at i makes (its ends), if it is one: ', as were', a spliced comma, 'while', 'but' …"""
    if _starts_ellipsis(items, i) and _has_verb(items[start:i]):
        return [i - 1 if items[i - 1].text == "," else i, i + 2]
    if items[i].text == "," and _spliced(items, i) and _has_verb(items[start:i]):
        return [i, i + 1]  # 'A held X, in Y, B was returned': a comma joins two sentences
    if not (items[i].tags == ("W",) and items[i].lower in words("clause_breaks") and i > 0):
        return []
    return [i, i + 1] if _turns_outcome(items, i, start) else _cut_at_break(items, i, start)


def _cut_at_break(items: list[Item], i: int, start: int) -> list[int]:
    """The cut a word of clause break makes: after a comma, before a new subject, at 'but'."""
    after_comma = items[i - 1].text == ","
    new_subject = i + 1 < len(items) and _is_subject(items[i + 1]) and not _continues_a_list(items, i) \
        and not _with_a_name(items, i) and not _gapped_conjunct(items, i) and not _ends_a_list(items, i) \
        and not _seen_elected(items, i, start)
    if (after_comma or new_subject or items[i].lower == "but") and not _keeps_role(items, i) and _has_verb(items[start:i]):
        return [i - 1 if after_comma else i, i + 1]
    return []


_OUTCOMES = ("gain", "hold", "lose")


def _outcome_of(item: Item) -> str | None:
    return next((kind for kind in _OUTCOMES if item.tags == ("W",) and item.lower in words(kind)), None)


def _turns_outcome(items: list[Item], i: int, start: int) -> bool:
    """'held Abbey and gained Castle from the Conservatives', 'took Castle from the Conservatives and held Abbey':
    'and' and a verb of another outcome (a plain win has none of its own) start a clause of the same subject, so each
    seat keeps its own outcome."""
    after = _outcome_said(items, i + 1, len(items)) if items[i].lower == "and" and i + 1 < len(items) else None
    if after is None:
        return False  # most breaks are no 'and' before a verb of winning: the part before is not read
    before = {_outcome_said(items, k, i) for k in range(start, i)} - {None}
    return bool(before) and after not in before


def _outcome_said(items: list[Item], k: int, end: int) -> str | None:
    """The outcome the verb at k tells: its own ('held', 'gained'), a gain where 'from' follows it before `end`
    ('took Castle from the Conservatives'), else a plain win; None for no verb of winning."""
    if own := _outcome_of(items[k]):
        return own
    if not (items[k].tags == ("W",) and items[k].lower in words("win")):
        return None
    return "gain" if any(it.lower == "from" for it in items[k + 1:end]) else "win"


def _starts_ellipsis(items: list[Item], i: int) -> bool:
    """'…, as were Jane Roe in Anytown and Ann Poe in Otherton', "…, as was Reform UK's Tom Smith": 'as' and an
    auxiliary, then a name (after its party)."""
    if not (items[i].lower == "as" and 0 < i < len(items) - 2 and items[i + 1].lower in words("ellipsis_verbs")):
        return False
    k = i + 2
    if "PARTY" in items[k].tags and k + 1 < len(items):
        k += 2 if items[k + 1].lower in ("'s", "’s") else 1
    return k < len(items) and "PERSON" in items[k].tags


_DASHES = ("–", "—", "-")  # only these can be a dash (a hyphen when spaced): the rest of the items are not tried


def _dash(items: list[Item], i: int) -> bool:
    return items[i].text in ("–", "—") or items[i].text == "-" and _spaced(items, i)


def _without_dashed_asides(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """'Jane Roe held off Ann Poe - both former MPs - for the seat': a pair of dashes encloses an aside,
    read apart, so the clause around it stays whole; a name alone between them stays ('lost to the man
    she beat - Jane Roe - by 500 votes'). Returns the items without the aside, and the aside."""
    dashes = [i for i, item in enumerate(items) if item.text in _DASHES and _dash(items, i)]
    if len(dashes) < 2:
        return items, []
    a, b = dashes[0], dashes[1]
    inside = items[a + 1:b]
    if len(inside) == 1 and "PERSON" in inside[0].tags:  # the dashes read as the commas of an apposition
        return items[:a] + [_as_comma(items[a])] + inside + [_as_comma(items[b])] + items[b + 1:], []
    return items[:a] + items[b + 1:], inside


def _as_comma(dash: Item) -> Item:
    return Item(("P",), ",", dash.start, dash.end, dash.ref)


_PRONOUNS = ("he", "she", "they")


def _zero_relative(items: list[Item], i: int) -> bool:
    """'keeping the ward she took in 2019', 'lost to the man she beat two years ago': a clause of its own
    starts at the pronoun after a noun."""
    if not (0 < i < len(items) - 1 and items[i].lower in _PRONOUNS):
        return False
    noun = items[i - 1]
    verb = items[i + 1].lower
    return (noun.tags == ("W",) and noun.lower in words("relative_nouns")
            and (verb in words("win") or verb in words("beat") or verb in words("lose")))


def _has_verb(items: list[Item]) -> bool:
    """A run of items with a verb in it, outside its asides: a clause, not a list of names ('A, who stood
    as an independent, and B came fourth and fifth respectively')."""
    verbs = words("main_verbs", "win", "lose", "speech")
    aside = False
    for k, it in enumerate(items):
        if it.text == ",":
            aside = k + 1 < len(items) and items[k + 1].lower in ("who", "whose", "which", "of")
        elif not aside and it.tags == ("W",) and it.lower in verbs:
            return True
    return False


def _spliced(items: list[Item], i: int) -> bool:
    """The comma at i starts a sentence of its own: '(in Anytown,) Jane Roe was returned …' (not after 'The winning
    candidate', whose name follows)."""
    if _described_winner(items[:i]):
        return False
    k = i + 1
    if k + 2 < len(items) and items[k].lower == "in" and "PLACE" in items[k + 1].tags and items[k + 2].text == ",":
        k += 3
    if not (k < len(items) and "PERSON" in items[k].tags):
        return False
    verbs = words("main_verbs", "win", "lose")
    return any(items[j].lower in verbs for j in range(k + 1, min(len(items), k + 3)))


def _described_winner(items: list[Item]) -> bool:
    """'The winning candidate', 'The victorious Labour candidate': a sentence's opening words that a name completes."""
    words_of = [it.lower for it in items]
    return len(words_of) in (3, 4) and words_of[0] == "the" and words_of[1] in ("winning", "victorious", "successful") \
        and words_of[-1] in words("offices") and (len(words_of) == 3 or "PARTY" in items[2].tags)


def _with_a_name(items: list[Item], i: int) -> bool:
    """'held the seat with Jane Roe,', 'held her seat along with A and B': 'with' and a name (or names) with no
    clause of their own."""
    return items[i].lower == "with" and items[i - 1].text != "," and (
        i + 2 >= len(items) or items[i + 2].tags == ("P",) or items[i - 1].lower in ("along", "together"))


def _gapped_conjunct(items: list[Item], i: int) -> bool:
    """'… polled 20,117 votes and Reform UK's Ann Lee 9,064' ('and the Green Party's Ann Lee 98'): after 'and', a name
    (its party before or bracketed after) and a count with the verb left out ends the clause's list of counts; it
    starts no clause."""
    k = i + 1
    if k + 1 < len(items) and items[k].lower == "the" and "PARTY" in items[k + 1].tags:
        k += 1
    if k < len(items) and "PARTY" in items[k].tags:
        k += 2 if k + 1 < len(items) and items[k + 1].lower in ("'s", "’s") else 1
    if not (k < len(items) and "PERSON" in items[k].tags):
        return False
    if k + 3 < len(items) and items[k + 1].text == "(" and "PARTY" in items[k + 2].tags and items[k + 3].text == ")":
        k += 3  # 'and Ann Lee (Reform UK) 9,064'
    return k + 1 < len(items) and "NUM" in items[k + 1].tags and (k + 2 == len(items) or items[k + 2].tags == ("P",))


def _ends_a_list(items: list[Item], i: int) -> bool:
    """'held Abbey, Castle and Brook Hill.', 'won the Abbey and Brook Hill divisions': after 'and', a name with no
    verb of its own (the sentence ends, or a word that is no verb follows) is the last of a list; it starts no clause."""
    k = i + 1
    return k < len(items) and "PERSON" in items[k].tags and items[i].lower == "and" and (
        k + 1 == len(items) or items[k + 1].lower in _LIST_ENDS - {"and", "in", "on", "with"}
        or items[k + 1].lower in words("division_plurals"))


def _seen_elected(items: list[Item], i: int, start: int) -> bool:
    """'Abbey saw Jane Roe and Tom Smith elected': the 'and' at i joins the people a ward saw elected; it starts no
    clause."""
    k = i + 1
    return items[i].lower == "and" and k + 1 < len(items) and "PERSON" in items[k].tags \
        and items[k + 1].lower in words("elected") and any(item.lower in ("saw", "sees", "see") for item in items[start:i])


def _continues_a_list(items: list[Item], i: int) -> bool:
    """'held by A, B and C': the 'and' at i ends a list of names, it starts no clause."""
    return 2 < i < len(items) - 1 and items[i - 2].text == "," and \
        all("PERSON" in items[k].tags for k in (i - 3, i - 1, i + 1))


def _spaced(items: list[Item], i: int) -> bool:
    return 0 < i < len(items) - 1 and items[i - 1].end < items[i].start and items[i].end < items[i + 1].start


def _keeps_role(items: list[Item], i: int) -> bool:
    """'elected as Mayor', 'held on as MP': 'as' after these introduces a role, not a clause."""
    return items[i].lower == "as" and items[i - 1].lower in words("as_role_before")


def _with_asides(sentence: Sentence, items: list[Item]) -> Clause:
    """The clause, with ', who …,' asides cut out into clauses of their own about the person before them."""
    main: list[Item] = []
    asides: list[Clause] = []
    i = 0
    while i < len(items):
        if items[i].lower in _PRONOUNS and _zero_relative(items, i):  # 'the man she beat two years ago': an aside of its own, up to a comma
            end = next((j for j in range(i + 1, len(items)) if items[j].text in (",", ";")), len(items))
            asides.append(Clause(sentence, items[i:end]))
            i = end
            continue
        if items[i].text == "," and _place_aside(main):
            end = _held_aside_end(items, i)
            if end is not None:
                i = end + 1  # 'Lowfield, Labour since 1997, went to Reform UK': the seat's past, read by the sentence
                continue
        # an aside opens at a comma only, after a person (not after a ward's name shaped like one's)
        owner = _person_item(main[-1]) if main and items[i].text == "," and not _a_division_s_name(main) else None
        end = _aside_end(items, i) if owner else None
        if end is not None:
            asides.append(Clause(sentence, items[i + 1:end], about=owner))
            i = end + 1 if end < len(items) else end
            continue
        main.append(items[i])
        i += 1
    return Clause(sentence, main, asides=asides)


def _a_division_s_name(main: list[Item]) -> bool:
    """The clause so far ends on a name after 'in' or a verb of holding a seat ('In Brook Hill, Jane Roe, the sitting
    councillor, won'): a ward's name shaped like a person's, which no aside describes."""
    return len(main) > 1 and main[-2].lower in ("in", *words("seat_holder_verbs"))


def _place_aside(main: list[Item]) -> bool:
    """The clause so far is a seat's name alone ('Lowfield', 'The Brook Hill division'), before a comma."""
    names = main[1:] if main and main[0].lower == "the" else main
    return 0 < len(names) <= 5 and all("PLACE" in it.tags or (it.tags == ("W",) and (
        it.text[:1].isupper() or it.lower in words("division_words") or it.lower in ("and", "&"))) for it in names)


def _held_aside_end(items: list[Item], i: int) -> int | None:
    """Where an aside on a seat's past that opens with the comma at i ends: a party, no person, then a comma and a
    verb of the seat's result (', Labour since 1997, went to', ', held by the Conservatives for 40 years, fell to');
    None if no such aside opens there."""
    end = next((j for j in range(i + 1, len(items)) if items[j].text == ","), None)
    if end is None or end + 1 >= len(items) or end - i > 10:
        return None
    inside = items[i + 1:end]
    if not any("PARTY" in it.tags for it in inside) or any("PERSON" in it.tags for it in inside):
        return None
    verb = items[end + 1].lower
    return end if verb in words("win", "lose") or verb in ("was", "were", "has", "had") else None


def _person_item(item: Item) -> Mention | None:
    return item.ref if isinstance(item.ref, Mention) and item.ref.kind == "person" else None


def _aside_end(items: list[Item], i: int) -> int | None:
    """Where an aside that opens with the comma at i ends (', who won in 2019,', ', a former MP,'); None if
    no aside opens there."""
    if items[i].text != "," or i + 1 >= len(items):
        return None
    end = next((j for j in range(i + 2, len(items)) if items[j].text == ","), len(items))
    opener = items[i + 1].lower in words("aside_openers")
    apposition = end < len(items) - 1 and items[end + 1].tags == ("W",) and items[end + 1].lower not in words(
        "clause_breaks") and not any(it.tags == ("W",) and it.lower in words("win") for it in items[i + 1:end])
    return end if opener or apposition else None


def seat_relative_start(clause: Clause) -> int:
    """Where a relative clause about a seat begins ('the seat that …', 'the ward which …', 'the seat she has held
    since 2017', 'a seat the party had held since 1997', 'won Abbey, held by the Conservatives since 1981'), else the
    end."""
    if "that" not in clause.lowered and "which" not in clause.lowered and "since" not in clause.lowered:
        return len(clause.items)  # most clauses have none of these words
    return next((i for i in range(1, len(clause.items)) if clause.lower(i - 1) in words("relative_nouns")
                 and (clause.lower(i) in ("that", "which") or _contact_relative(clause, i)) or _held_aside(clause, i)),
                len(clause.items))


def _held_aside(clause: Clause, i: int) -> bool:
    """', held by the Conservatives since 1981' after a seat's name: who held it before."""
    return clause.lower(i - 1) == "," and clause.lower(i) in ("held", "represented") and clause.lower(i + 1) == "by" \
        and clause.kind(i - 2) not in ("person", "party")


def _contact_relative(clause: Clause, i: int) -> bool:
    """A relative clause with no 'that' at i: its subject (a pronoun, a party, a person, 'the party') and a verb of
    holding ('she has held', 'Labour had represented')."""
    subject = i + (clause.lower(i) == "the")
    named = clause.kind(subject) in ("person", "party") or clause.lower(subject) in ("she", "he", "they", "party")
    verb = subject + 1 + (clause.lower(subject + 1) in ("has", "had", "have"))
    return named and clause.lower(verb) in ("held", "represented")
