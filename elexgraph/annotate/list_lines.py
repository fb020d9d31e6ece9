"""One line of a printed results list, read by its parts.

A line is cut into items — runs of words, figures (a vote count in any thousands style: '24,918',
'24 918' with a thin space, "15'917", '24918'; a share, '48.2%'; a change, '+9.7%'), brackets and
separators (comma, semicolon, colon, dashes, bars, tabs, a gap of spaces between a table's columns) — and the runs of words are read as what
they are: a person's name in any printed form ('Jane Roe', 'ROE, Jane Mary', 'ROE Jane',
'Roe, Jane' — all read as given names then surname), a party ('Labour', 'Lab', 'LD', or an unknown
label where a party stands), a mark that the candidate was elected, or filler ('polled', 'with').
Fields may come in any order. A line may hold several candidates ('Jane Roe, LD, 596 votes; Tom
Smith, Con, 402'), and then it may open with the seat they stood in ('Brook Hill: …'). A run of
words that is none of these, or a word of a total ('Turnout', 'Electorate', 'Majority', 'Spoilt
ballots'), makes the line no candidate's line. The vocabularies are lexicon/lists.toml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import takewhile

from elexgraph import reference
from elexgraph.annotate.lexicon import HERE, load_toml, not_names, surnames_too, titles, words
from elexgraph.annotate.names import PARTICLES, tidy as _tidy, word_kind
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.tokens import count_value, decimal_value, tokenize

MAX_SEGMENT_CHARS = 160  # a longer stretch between separators is prose, not a list
MAX_LINE_CHARS = 1200

_THOUSANDS = "[,'’\u2009\u202f\u00a0.]"
# The alternatives that open on a digit are tried only where a digit stands, and words first: the same items as
# trying every alternative in the order written (no two of those moved can match at one place), a third faster on
# every line of every article.
_ITEMS = re.compile(rf"""
    (?P<word>[^\W\d_][\w'’.‐-]*(?:/(?=[^\W\d_])[\w'’.‐-]*)*|&)
   |(?=\d)(?:
     (?P<position>(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)\b)
    |(?P<share>(?<![\w.,])\d{{1,3}}(?:\.\d+)?\s*(?:%|per\s?cent\b|pc\b))
    |(?P<decimal>(?<![\w.,])\d{{1,3}}\.\d{{1,2}}(?![\d%]))
    |(?P<votes>(?<![\w.,])(?:\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+|(?<![\d.][ ])\d{{1,3}}(?:[ ]\d{{3}}\b)+|\d+)(?![\d%]|\.\d)))
   |(?P<change>(?:(?<=[\s(\[,;|])|^)(?:[+±]\s?\d{{1,3}}(?:\.\d+)?\s*%?|[-−]\d{{1,3}}(?:\.\d+\s*%?|\s*%)))
   |(?P<nickname>(?<=[^\W\d_]\s)['‘"“][A-Z][\w.-]*['’"”](?=\s+[A-Z]))
   |(?P<mark>[*✓✔☑✅])
   |(?P<open>[(\[])
   |(?P<close>[)\]])
   |(?P<dash>(?<=\s)[-–—](?=\s)|[–—])
   |(?P<sep>[,;:|\t]|(?<=\S)[ \u00a0]{{2,}}(?=\S))
   |(?P<stop>(?<=[\d)%])\.(?=\s))
""", re.X)
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(r"[A-Z]\.?")
_PARTY_LABEL_WORDS = {"and", "of", "for", "the", "&", "in"}
_MARKED = re.compile(r"\s+((?:re-)?elected(?: unopposed)?)$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
MAX_LOWER_WORDS = 6  # a list line prints few lower-case words; a sentence many
# Asked of every line, and of each of its figures: compiled once rather than looked up in re's cache at each call.
_DIGIT = re.compile(r"\d")
_NOT_DIGITS = re.compile(r"\D")
_NOT_DECIMAL = re.compile(r"[^\d.]")
_LABEL_WORD = re.compile(r"[\w-]+")
_VOTES_WORD = re.compile(r"\s*(?:votes?|vts)$", re.I)
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u2009\u202f\u00a0](?=\d)")


# Never changed once made, but not frozen: a frozen dataclass's __init__ costs about three times as much, and every
# paragraph of every article is cut into items (as annotate/tokens.py's Token); hashed by value as a frozen one is.
@dataclass(slots=True, unsafe_hash=True, init=False)
class Item:
    kind: str  # words, votes, share, change, decimal, position, mark, open, close, dash, sep, stop (a full stop)
    text: str
    start: int  # offsets within the line
    end: int
    bracketed: bool = False

    def __init__(self, kind: str, text: str, start: int, end: int, bracketed: bool = False) -> None:
        self.kind, self.text, self.start, self.end, self.bracketed = kind, text, start, end, bracketed


@dataclass(frozen=True)
class LineParts:
    """What one candidate's stretch of a line says."""

    name: str | None  # the name as read: given names first, capitals tidied
    party: str | None  # the party as printed
    votes: int | None  # None on a list of names without counts
    share: float | None
    change: float | None
    elected: bool
    start: int  # offsets within the line
    end: int


@cache
def lexicon() -> dict[str, frozenset[str]]:
    data = load_toml(HERE / "lists.toml")
    return {name: frozenset(w.lower() for w in values) for name, values in data.items()}


def only_a_label(printed: str) -> bool:
    """What a line prints before its candidates names no place ('Results:', 'The final results were:',
    'Elected:'): the list is placed as an unheaded one."""
    return all(w in lexicon()["not_an_area"] for w in _LABEL_WORD.findall(printed.lower()))


def phrase_in(text: str, phrases: frozenset[str]) -> bool:
    """Whether the text holds one of the (lower-case) phrases as whole words."""
    lowered = f" {text.lower()} "
    return any(p in lowered for p in _padded(phrases))


@cache
def _padded(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases with a space either side, made once a set (several sets of dozens, asked of every line)."""
    return tuple(f" {p} " for p in phrases)


# -- items ----------------------------------------------------------------------------------------
def items_of(text: str) -> list[Item]:
    """The line as items; consecutive words joined by spaces make one run of words."""
    out: list[Item] = []
    depth = 0
    # Every paragraph of every article is cut so: the loop asks each match as little as it can (most are words).
    for m in _ITEMS.finditer(text):
        kind = m.lastgroup or "sep"
        if kind == "nickname":  # "Jane 'JJ' Roe": no word of her name, the run goes on past it
            continue
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        start, end = m.span()
        if kind == "word" or (kind == "votes" and depth > 0):  # '(Dem 2015)': a number in a label joins its words
            last = out[-1] if out else None
            if last is not None and last.kind == "words" and last.bracketed == (depth > 0) \
                    and _only_spaces(text[last.end:start]):
                out[-1] = Item("words", text[last.start:end], last.start, end, last.bracketed)
                continue
            kind = "words" if kind == "word" else kind
        out.append(Item(kind, m.group(0), start, end, depth > 0))
    return out


def _only_spaces(between: str) -> bool:
    """Nothing but spaces (and a nickname in quotation marks) between two words: one run of words."""
    return between.isspace() or bool(between) and _NICKNAME.sub(" ", between).isspace()  # mostly one space


_NICKNAME = re.compile(r"['‘\"“][A-Z][\w.-]*['’\"”]")


def segments(items: list[Item]) -> list[list[Item]]:
    """The candidates' stretches of a line: split at semicolons and full stops, and at a comma after a
    candidate's figures when a name follows ('… 596 votes, Tom Smith …'; not '… 1,158, Grn'), or where a
    name follows the figures with nothing between (a list whose line breaks were lost)."""
    items = _marks_apart(items)
    out: list[list[Item]] = [[]]
    by_comma: set[int] = set()  # the stretches a comma (or nothing) began after a candidate's figures
    figures = False  # the current stretch has its figures
    for i, item in enumerate(items):
        cut = _cut_at(item, items[i + 1] if i + 1 < len(items) else None, out[-1], figures)
        if cut:
            if cut != "end":
                by_comma.add(len(out))
            out.append([])
            figures = False
            if cut != "before":
                continue  # the separator itself belongs to neither stretch
        figures = figures or item.kind in ("votes", "share", "change", "decimal")
        out[-1].append(item)
    merged: list[list[Item]] = []
    for k, part in enumerate(out):
        if merged and k in by_comma and not any(it.kind == "votes" for it in part):
            merged[-1].extend([Item("sep", ",", part[0].start, part[0].start), *part])  # '…, 10, Jane Roe': hers
        elif part:
            merged.append(part)
    return merged


def _cut_at(item: Item, nxt: Item | None, stretch: list[Item], figures: bool) -> str | None:
    """Whether a candidate's stretch ends at this item: 'end' at a semicolon or full stop, 'comma' at a comma
    after a whole candidate with a name next, 'before' a capitalised word right after a whole candidate's
    figures ('… 1,204 Tom Smith (Con) 998': lines run together, no separator left)."""
    if item.bracketed:
        return None
    if item.kind == "sep" and item.text == ";" or item.kind == "stop":
        return "end"
    if not figures or not _closes_candidate(stretch):
        return None
    if item.kind == "sep" and item.text == "," and _name_next(nxt):
        return "comma"
    if item.kind == "dash" and _name_next(nxt) and any(it.kind == "votes" and not it.bracketed for it in stretch):
        return "comma"  # '… 1,204 – Tom Smith (Con) 998': dashes between a seat's candidates ('Abbey (2) – …': its seat)
    if item.kind == "words" and (item.text[:1].isupper() or _AND_A_NAME.match(item.text)) and not _is_mark(item.text):
        return "before"  # '… 987 and Ann Lee (Green) 301': the last of a line's candidates after 'and'
    return None


def _marks_apart(items: list[Item]) -> list[Item]:
    """A mark that opens a run of words ends the candidate before it: '… 1,204 ELECTED Tom Smith …'."""
    out: list[Item] = []
    for item in items:
        mark = _LEADING_MARK.match(item.text) if item.kind == "words" else None
        if mark and _is_mark(mark.group(1)):
            cut = item.start + mark.end()
            out += [Item("words", mark.group(1), item.start, item.start + len(mark.group(1)), item.bracketed),
                    Item("words", item.text[mark.end():], cut, item.end, item.bracketed)]
        else:
            out.append(item)
    return out


_LEADING_MARK = re.compile(r"((?:re-)?elected(?: unopposed)?)\s+(?=\S)", re.I)


def _name_next(item: Item | None) -> bool:
    return item is not None and item.kind == "words" and item.text[:1].isupper() and not (
        party_of(item.text) or _is_mark(item.text))


def _closes_candidate(stretch: list[Item]) -> bool:
    """A stretch ending in its figures (or an elected mark after them) is a whole candidate."""
    tail = [it for it in stretch if not (it.kind == "words" and (_is_mark(it.text) or it.text.lower() in lexicon()["votes"]))]
    return bool(tail) and tail[-1].kind in ("votes", "share", "change", "decimal", "close")


# -- words ----------------------------------------------------------------------------------------
def _is_mark(text: str) -> bool:
    return text.lower() in lexicon()["elected"]


def _name_word(word: str) -> bool:
    """A word shaped as a name, in any Latin letters, or printed in capitals ('Roe', 'Łukasz', 'ROE', 'McKAY')."""
    return word_kind(word) != ""


@lru_cache(maxsize=8192)
def _never_in_a_name(word: str) -> bool:
    tidy = _tidy(_POSSESSIVE.sub("", word))
    party = reference.party_named(tidy)
    return tidy in not_names() or (party is not None and tidy not in party.weak_forms)


@lru_cache(maxsize=8192)
def name_of(text: str) -> str | None:
    """The name a run of words gives, given names first, if it is a name: 'Jane Roe', 'Dr Jane Roe',
    'Jane ROE', 'ROE Jane Mary' (capitals first: the surname), 'J. Roe'."""
    parts = _NICKNAME.sub(" ", text).split()
    title = parts[0] if parts and parts[0].rstrip(".") in titles() and len(parts) > 1 else None
    body = parts[1:] if title else parts
    if not 1 <= len(body) <= 5 or (len(body) < 2 and not title) or reference.party_named(text):
        return None
    if not all(_fits_a_name(word, k, body) for k, word in enumerate(body)) and not _surname_in_capitals_first(body):
        return None
    return " ".join(([title] if title else []) + [_tidy(w) for w in _given_names_first(body)])


def _surname_in_capitals_first(body: list[str]) -> bool:
    """'YOUNG Rose', 'HALL Jane Mary': a ballot paper's surname in capitals before the given names may be an ordinary
    word that is also a surname (lexicon/surnames_too.txt), as it may be at the end of a name ('Rose Young')."""
    ordered = _given_names_first(body)
    if ordered == body:
        return False
    given, surname = ordered[:ordered.index(body[0])], ordered[ordered.index(body[0]):]
    return all(_fits_a_name(word, k, ordered) for k, word in enumerate(given)) and all(
        _name_word(w) and (not _never_in_a_name(w) or _tidy(w) in surnames_too()) for w in surname)


def _fits_a_name(word: str, k: int, body: list[str]) -> bool:
    """Whether the word can stand at k in a name: a particle or an initial inside it, else a name word
    that is never an ordinary word (but an ordinary word may be the surname: 'Di West')."""
    last = k == len(body) - 1
    if not last and (_INITIAL.fullmatch(word) or (word.lower() in PARTICLES and k > 0)):
        return True
    if not last and len(word) > 2 and word.endswith("."):
        return False  # 'Brook Hill. Jane Roe': a full stop inside ends a sentence, not a name's word
    return _name_word(word) and (not _never_in_a_name(word) or (last and _surname_too(word, body)))


def _given_names_first(body: list[str]) -> list[str]:
    """'ROE Jane Mary' -> 'Jane Mary ROE': a surname in capitals printed before the given names."""
    caps = [word_kind(w) == "capitals" and (len(w) > 2 or w.lower() in PARTICLES)  # 'RU': initials, 'DE ROE'
            for w in body]
    if not caps[0] or all(caps):
        return body
    split = caps.index(False)
    return body if any(caps[split:]) else body[split:] + body[:split]


def _surname_too(word: str, body: list[str]) -> bool:
    """A last word that is also an ordinary word may be a surname ('Di West') after a given name, not
    after a place ('Anytown North')."""
    return word in surnames_too() or (reference.party_named(word) is None and not _is_place(" ".join(body[:-1]))
                                      and not _is_place(" ".join(body)))


def _given_then_party(text: str) -> tuple[str, str | None]:
    """The given names after a surname's comma, and a party printed after them without a separator ('Jane
    Liberal Democrats'); the words as they are where they end in no party."""
    parts = text.split()
    for k in range(1, len(parts)):
        tail = " ".join(parts[k:])
        party = reference.party_named(tail)
        if party and _tidy(tail) not in party.weak_forms and not _INITIAL.fullmatch(tail):  # not 'Jane Green'
            return " ".join(parts[:k]), tail
    return text, None


@lru_cache(maxsize=8192)
def _surname_first(surname: str, given: str) -> str | None:
    """'ROE, Jane Mary' or 'Roe, Jane': the name with its given names first."""
    sur = surname.split()
    particles = list(takewhile(lambda w: w.lower() in PARTICLES, sur[:-1]))  # 'VAN DER ROE, Jane'
    sur = sur[len(particles):]
    if not 1 <= len(sur) <= 2 or not all(_surname_word(w) for w in sur):
        return None  # the comma's order says the surname: it may be an ordinary word ('KING, Ed')
    if len(sur) == 2 and not all(word_kind(w) == "capitals" for w in sur):
        return None  # two mixed-case words before a comma are a whole name, not a surname
    given_words = given.split()
    if not 1 <= len(given_words) <= 3 or reference.party_named(given):
        return None
    if not all((word_kind(w) == "name" and not _never_in_a_name(w)) or _INITIAL.fullmatch(w) for w in given_words):
        return None
    if _is_place(surname):
        return None
    return " ".join(given_words + [w.lower() for w in particles] + [_tidy(w) for w in sur])


def _surname_word(word: str) -> bool:
    """A word that may be a surname printed before the given names: a name word, not a party's name
    unless the party's name is also a surname ('GREEN, Ann')."""
    party = reference.party_named(word)
    return _name_word(word) and (party is None or _tidy(word) in party.weak_forms)


@lru_cache(maxsize=8192)
def _is_place(text: str) -> bool:
    return tuple(t.lower for t in tokenize(text)) in gazetteer().places


@lru_cache(maxsize=8192)
def party_of(text: str) -> str | None:
    """The party a run of words names, possessive dropped ("Green Party's")."""
    label = _POSSESSIVE.sub("", text) if re.search(r"['’]s?$", text) and len(text) > 3 else text
    return label if reference.party_named(label) else None  # 'Ashfield Ind' too: reference.cut_party_forms


@lru_cache(maxsize=8192)
def described_party(text: str) -> str | None:
    """The party a ballot paper's description names: 'The Conservative Party Candidate', 'Lab/Co-op',
    'Liberal Democrat Focus Team', 'Local Conservatives' (a major party's name, and words of its own)."""
    words_ = re.split(r"\s+|/", re.sub(r"^the\s+", "", text.strip(), flags=re.I))
    if not _party_label(" ".join(words_)):
        return None  # 'The Conservatives now have': a sentence, not a description
    while words_ and words_[-1].lower() in lexicon()["description_ends"]:
        words_.pop()
    whole = " ".join(words_)
    if reference.party_named(whole):
        return whole
    for size in range(len(words_) - 1, 0, -1):  # the longest major party's name inside it: 'Local Conservatives'
        for k in range(len(words_) - size + 1):
            part = " ".join(words_[k:k + size])
            party = reference.party_named(part)
            if party and not party.keep_printed and party.name != "Independent" and _tidy(part) not in party.weak_forms:
                return part
    return None


def _party_label(text: str) -> bool:
    """An unknown party's label where a party stands: capitalised words ('Blue Sky Party', 'Young')."""
    parts = text.split()
    return 1 <= len(parts) <= 8 and text[:1].isupper() and all(
        w[:1].isupper() or w.lower() in _PARTY_LABEL_WORDS for w in parts)


@cache
def _party_words() -> frozenset[str]:
    return frozenset(w for party in reference.parties() for form in party.forms for w in reference.fold(form).split())


@lru_cache(maxsize=8192)
def _party_word(word: str) -> bool:
    """A word that begins or ends some party's name ('Green', "Party's", 'CON')."""
    return reference.fold(_POSSESSIVE.sub("", word)) in _party_words()


@lru_cache(maxsize=8192)
def _split_party_name(text: str) -> tuple[str, str] | None:
    """A run of words holding a party and a name: 'CON Jane Roe', "Green Party's Jane Roe",
    'Liberal Democrats Jane Roe', 'Jane Roe UKIP'; a party's name that is an ordinary word too ('Green', 'Reform')
    after a name of two words or more ('Jane Roe Green'), where the line names no other party (``settle``)."""
    parts = text.split()
    if not (_party_word(parts[0]) or _party_word(parts[-1])):
        return None
    for k in range(len(parts) - 1, 0, -1):
        head, tail = " ".join(parts[:k]), " ".join(parts[k:])
        party = party_of(head)
        if party and not _INITIAL.fullmatch(head):
            name = name_of(tail)
            if name:
                return party, name
        party = reference.party_named(tail)
        if party and (tail not in party.weak_forms or len(head.split()) >= 2) and not _INITIAL.fullmatch(tail):
            name = name_of(head)
            if name:
                return tail, name
    return None


# -- one candidate --------------------------------------------------------------------------------
@dataclass
class _Reading:
    names: list[tuple[str, int, int]]  # the name read, with its item span
    parties: list[str]
    labels: list[tuple[str, bool]]  # runs of words that may be an unknown party: (text, bracketed)
    elected: bool = False
    bad: bool = False
    described: list[str] = field(default_factory=list)  # names split off a run that describes a party whole
    wholes: dict[str, tuple[str, str]] = field(default_factory=dict)  # a split run's name -> (whole name, party)

    def settle(self) -> None:
        """Two names where one came from a party's description ('Liberal Democrat Focus Team'): the
        description is the party alone. Two parties where one was split off a run that is a name whole
        ('Ann Mary GREEN (Con)'): the run is the name."""
        if len(self.names) > 1:
            self.names = [n for n in self.names if n[0] not in self.described]
        if len({reference.canonical_party(p) for p in self.parties}) > 1:
            for k, (name, start, end) in enumerate(self.names):
                if name in self.wholes:
                    whole, party = self.wholes[name]
                    self.names[k] = (whole, start, end)
                    self.parties.remove(party)


def _read_words(stretch: list[Item]) -> _Reading:
    reading = _Reading([], [], [])
    fillers = words("list_fillers")
    k = 0
    while k < len(stretch) and not reading.bad:  # a stretch with words that are none of a candidate's is read no further
        item = stretch[k]
        if item.kind == "mark":
            reading.elected = True
        elif item.kind == "words":
            k = _read_run(stretch, k, reading, fillers)
        k += 1
    return reading


def _read_run(stretch: list[Item], k: int, reading: _Reading, fillers: frozenset[str]) -> int:
    """Read the run of words at k; returns the index of the last item it used."""
    item = stretch[k]
    text = _strip_fillers(item.text, fillers)
    if _passed_over(stretch, k, text):
        return k
    if _is_mark(text):
        reading.elected = True
        return k
    marked = _MARKED.search(text)
    if marked and marked.start() > 0 and _is_mark(marked.group(1)):
        reading.elected, text = True, text[:marked.start()]  # 'Labour ELECTED': a mark ends the run
    nxt = stretch[k + 2] if k + 2 < len(stretch) and stretch[k + 1].text == "," else None
    if nxt is not None and nxt.kind == "words" and not item.bracketed and not nxt.bracketed:
        given, party = _given_then_party(_strip_fillers(nxt.text, fillers))  # 'ROE, Jane Liberal Democrats'
        joined = _surname_first(text, given)
        if joined and (not name_of(text) or text.isupper()):  # 'VAN DER ROE, Jane': a surname in capitals
            reading.names.append((joined, item.start, nxt.end))
            reading.parties += [party] if party else []
            return k + 2
    _read_words_of(stretch, k, text, reading)
    return k


def _passed_over(stretch: list[Item], k: int, text: str) -> bool:
    """Words of a line that say nothing of the candidate: of the count ('votes'), of a loser ('not elected'), a note
    ('sitting councillor'), or words on an elected mark ('… 1,204 – elected for the third time')."""
    if not text or text.lower() in _said_of_no_one():
        return True
    return k > 0 and stretch[k - 1].kind == "words" and _is_mark(stretch[k - 1].text) and text.islower()


@cache
def _said_of_no_one() -> frozenset[str]:
    """The words of a count, of a loser and of a note, joined once: asked of every run of words of every line."""
    return lexicon()["votes"] | lexicon()["not_elected"] | lexicon()["candidate_notes"]


def _read_words_of(stretch: list[Item], k: int, text: str, reading: _Reading) -> None:
    """What the words of the run at k are: a party, a party's slogan, a bracketed label, or a name and party."""
    party = party_of(text)
    if party:
        reading.parties.append(party)
    elif _slogan(stretch, k, text) and (reading.names or not name_of(text)):  # 'Lab - Jane Roe': her name
        reading.labels.append((text, True))  # 'Reform UK - Change starts here': the party's own words
    elif stretch[k].bracketed:
        _read_bracketed(text, reading)
    else:
        _read_free(text, stretch[k], reading)


def _slogan(stretch: list[Item], k: int, text: str) -> bool:
    """Capitalised words after a party's name and a dash, as ballot papers describe some candidates ('Reform UK -
    Change starts locally', 'Liberal Democrats – Focus on Brook Hill'): the party's words, not a column's."""
    return k >= 2 and stretch[k - 1].kind == "dash" and stretch[k - 2].kind == "words" and text[:1].isupper() \
        and party_of(stretch[k - 2].text) is not None


def _read_bracketed(text: str, reading: _Reading) -> None:
    """Words in brackets are the party: '(Blue Sky)', '(Non aligned)'."""
    described = described_party(text)
    if described:
        reading.parties.append(described)
    elif text[:1].isupper() and len(text.split()) <= 8 and not phrase_in(text, lexicon()["not_candidate"]):
        reading.labels.append((text, True))
    else:
        reading.bad = True


def _read_free(text: str, item: Item, reading: _Reading) -> None:
    """Words outside brackets: a party and a name together, a name, or a label where a party stands."""
    described = text.split()[-1].lower() in lexicon()["description_ends"] and described_party(text)
    split = None if described else _split_party_name(text)
    name = None if split or described else name_of(text)
    if described:
        reading.parties.append(described)  # 'Independent Candidate': a ballot paper's description, not a name
    elif split:
        reading.parties.append(split[0])
        reading.names.append((split[1], item.start, item.end))
        if described_party(text):
            reading.described.append(split[1])
        elif whole := name_of(text):
            reading.wholes[split[1]] = (whole, split[0])
    elif name:
        reading.names.append((name, item.start, item.end))
    elif described_party(text):
        reading.parties.append(described_party(text))  # type: ignore[arg-type]
    elif _party_label(text) and not phrase_in(text, lexicon()["not_candidate"]):
        reading.labels.append((text, False))
    else:
        reading.bad = True


def _strip_fillers(text: str, fillers: frozenset[str]) -> str:
    """The words without fillers before or after ('with', 'polled'), the words naming a count ('votes',
    'first preferences') and letters after a name ('MP', 'OBE')."""
    parts = text.split()
    while parts and parts[0].lower() in fillers:
        parts.pop(0)
    trailing, votes = _trailing_words(fillers), lexicon()["votes"]
    while parts:
        if len(parts) > 1 and " ".join(parts[-2:]).lower() in votes:
            parts = parts[:-2]
        elif parts[-1].lower() in trailing:
            parts.pop()
        else:
            break
    return " ".join(parts)


@cache
def _trailing_words(fillers: frozenset[str]) -> frozenset[str]:
    """Words passed over at the end of a run of words: the fillers, the letters after a name and the words of a count,
    joined once."""
    return fillers | lexicon()["name_suffixes"] | lexicon()["votes"]


def _count_of(item: Item) -> int:
    text = _VOTES_WORD.sub("", item.text)
    return count_value(_SPACED_THOUSANDS.sub(",", text))


def _counts(stretch: list[Item]) -> list[Item]:
    """The vote counts of a stretch, without a position number before the name ('3 Jane Roe … 1,204')."""
    counts = [it for it in stretch if it.kind == "votes"]
    if len(counts) > 1 and len(_NOT_DIGITS.sub("", counts[0].text)) <= 2 and counts[0] is stretch[0]:
        return counts[1:]
    return counts


def _figures(stretch: list[Item]) -> tuple[int, float | None, float | None] | None:
    """The vote count, share and change of a candidate's stretch; None if it has no single count (two
    counts are first preferences, then the final count, which is never smaller; three, the first and second
    preferences and their sum)."""
    counts = _counts(stretch)
    values = [_count_of(c) for c in counts]
    if len(values) == 3 and values[0] + values[1] == values[2]:
        values = [values[0], values[2]]  # first preferences, second preferences, their total
    if not values or len(values) > 2 or (len(values) == 2 and values[1] < values[0]):
        return None
    share_change = _share_and_change(stretch, counts[0].start)
    return (values[0], *share_change) if share_change else None


def _share_and_change(stretch: list[Item], after: int) -> tuple[float | None, float | None] | None:
    """The share and the change in share; a table's columns may print them without '%' after the count."""
    shares = [decimal_value(_NOT_DECIMAL.sub("", it.text)) for it in stretch if it.kind == "share"]
    changes = [it.text for it in stretch if it.kind == "change"]
    decimals = [decimal_value(it.text) for it in stretch if it.kind == "decimal" and it.start > after]
    if not shares and decimals:
        shares, decimals = decimals[:1], decimals[1:]
    if len(shares) > 1 or len(changes) > 1 or len(decimals) > 1 or (shares and shares[0] > 100):
        return None
    change = decimals[0] if decimals else None
    if changes:
        sign = -1 if changes[0].strip()[0] in "-−" else 1
        change = sign * decimal_value(_NOT_DECIMAL.sub("", changes[0]))
    return (shares[0] if shares else None), change


def read_candidate(stretch: list[Item]) -> LineParts | None:
    """One candidate's stretch of a line, or a party's ('Labour - 18,009'), if it is one."""
    if not stretch or stretch[-1].end - stretch[0].start > MAX_SEGMENT_CHARS:
        return None
    figures = _figures(stretch)
    if figures is None:
        return None
    reading = _read_words(stretch)
    reading.settle()
    if reading.bad or len(reading.names) > 1 or len({reference.canonical_party(p) for p in reading.parties}) > 1:
        return None
    who = _name_and_party(reading)
    if who is None or None in who and _SEATS_IN_BRACKETS.search(_text_of(stretch)):
        return None  # 'Brook Hill (2)', 'BROOK HILL (3)': a ward's heading with its number of seats, no candidate's count
    votes, share, change = figures
    return LineParts(*who, votes, share, change, reading.elected, stretch[0].start, stretch[-1].end)


# A heading's number of seats in brackets at its end: 'Brook Hill (2)', 'Abbey [3]'.
_SEATS_IN_BRACKETS = re.compile(r"[(\[]\s*[1-6]\s*[)\]]\s*$")


def _text_of(stretch: list[Item]) -> str:
    return " ".join(it.text for it in stretch)


def _name_and_party(reading: _Reading) -> tuple[str | None, str | None] | None:
    """The candidate and the party of a stretch's words; a label is the party where none is named, or
    the name beside a party ('The Iconic Bard (Loony)'); words that are neither spoil the line."""
    name = reading.names[0][0] if reading.names else None
    party = reading.parties[0] if reading.parties else None
    labels = reading.labels
    if not labels:
        return (name, party) if name or party else None
    text, bracketed = labels[0]
    if len(labels) > 1:
        return None
    if name and party:
        return name, party  # a party's slogan ('Reform UK - Changing Politics'), or the ward, beside them
    if name is None and party and not bracketed and _all_capitalised(text):
        return text, party
    if party or not (name or bracketed or _labels_a_party(text)):
        return None
    return name, (text if _labels_a_party(text) else None)  # an unknown label is a party if its words say so


def _all_capitalised(text: str) -> bool:
    """Capitalised words of one name ('The Iconic Bard'), not two sentences' ('Brook Hill. Jane Roe')."""
    return all(w[:1].isupper() for w in text.split()) and 2 <= len(text.split()) <= 6 \
        and not re.search(r"[^\W\d_]{3,}\.\s", text)


def _labels_a_party(text: str) -> bool:
    """An unknown label is a party when its words say so ('The Blue Sky Party', 'Anytown First', 'ABC')."""
    parts = text.split()
    return text.startswith("The ") or bool(re.fullmatch(r"[A-Z]{2,6}", text)) or any(
        w.lower() in words("party_name_words") for w in parts[1:])


# -- a line ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Declaration:
    """What a line under a list (or the end of a contest's line) declares: 'Lab majority 1,654',
    'Con gain from Lab', 'Labour hold'."""

    majority: int | None = None
    outcome: str | None = None  # gain, hold
    party: str | None = None  # the party that gained or held
    previous: str | None = None
    seats: int | None = None  # how many of a ward's seats the outcome stands for, where printed ('Lab gain x2')


_MAJORITY = re.compile(r"(?:(?P<party>[A-Za-z][\w '’-]*?)\s+)?(?:majority|maj\b\.?)\s*(?:of\s*)?[:\-–—]?\s*"
                       r"(?P<n>\d{1,3}(?:[,'’.]\d{3})+|\d+)(?:\s*votes)?", re.I)
_OUTCOME = re.compile(r"(?:result\s*[:\-–—]\s*)?(?P<party>[A-Za-z][\w '’-]*?)\s+(?P<outcome>hold|gain|win|retain)s?"
                      r"(?:\s+(?:the|this)\s+seat)?(?:\s+from\s+(?P<previous>[A-Za-z][\w '’-]*))?", re.I)


# The parts of a line of declarations: after a comma, semicolon, bar, full stop or spaced dash, in and out of
# brackets, and before a majority ('Lab hold (majority 306)', 'Con hold – majority 306', 'Lab hold with a majority of
# 306', 'Labour HOLD | Majority: 306').
_PARTS = re.compile(r"[,;]\s+|\s*\|\s*|(?<=[A-Za-z\d%])(?<!\bmaj)\.\s+|\s+[-–—]\s+|\s*[()]\s*"
                    r"|\s+with\s+(?:a\s+)?(?=(?:majority|maj)\b)"
                    r"|(?:(?<=hold)|(?<=holds)|(?<=gain)|(?<=gains)|(?<=retain))\s+(?=(?:majority|maj)\b)", re.I)


def _parts(text: str) -> list[str]:
    """The parts of a line of declarations, less a label before them ('RESULT - Con gain from Lab')."""
    return [part for part, _ in _counted_parts(text)]


# A part that only says how many seats the outcome before it stands for: 'Lab hold (2)', 'Reform UK gain from Con (2
# seats)', 'Con gain (x2)'.
_SEATS_PART = re.compile(r"(?i)[x×]?\s*(?P<n>[1-6])|(?P<w>[1-6]|one|two|three|four|five|six)\s+(?:seats?|councillors?)")
_NUMBER_WORDS = {"one": 1, "a": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_parts(text: str) -> list[tuple[str, int | None]]:
    """The parts of a line of declarations, each with the number of seats a part of its own prints after it."""
    out: list[tuple[str, int | None]] = []
    for part in _PARTS.split(text):
        seats = _SEATS_PART.fullmatch(part.strip(" ."))
        if seats and out:
            out[-1] = (out[-1][0], _number(seats.group("n") or seats.group("w")))
        elif part.strip(" .") and not only_a_label(part) and not seats:
            out.append((part, None))
    return out


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _declared(part: str, seats: int | None) -> Declaration | None:
    """A part's declaration, standing for the seats the part after it counts."""
    said = declaration(part)
    return replace(said, seats=seats) if said and said.outcome and seats else said


# What every declaration prints, a majority, an outcome or the party before (_MAJORITY, _OUTCOME, _PREVIOUSLY; re.I as
# they are): a text without it declares nothing, and is not cut into parts (most lines tried are a story's paragraphs).
_DECLARING = re.compile(r"maj|\b(?:hold|gain|win|retain)s?\b|\b(?:previously|formerly)\b", re.I)
_PREVIOUSLY = re.compile(r"(?:(?:the\s+)?seat\s+(?:was\s+)?)?(?:previously|formerly)\s+(?:held\s+by\s+)?(?:the\s+)?"
                         r"(?P<party>[A-Za-z][\w '’-]*?)", re.I)


def declarations(text: str) -> list[Declaration]:
    """What a heading's bracket or tail declares, part by part ('Con hold, majority 1,654'); none unless
    every part is a declaration."""
    if not _DECLARING.search(text):
        return []
    said = [_declared(part, seats) for part, seats in _counted_parts(text)]
    return [d for d in said if d] if said and all(said) else []


def footer_declarations(text: str) -> list[Declaration]:
    """What a line under a list declares, part by part, passing over its totals: 'Reform UK gain from Con.
    Majority 206. Turnout 31%.'; none unless every part is a declaration or a total."""
    if not _DECLARING.search(text):
        return []
    counted = _counted_parts(text.strip(" ."))
    parts = [part for part, _ in counted]
    said = [_declared(part, seats) for part, seats in counted]
    if not any(said) or not all(d or _total(part) for d, part in zip(said, parts)):
        return []
    return [d for d in said if d]


def seat_declared(text: str) -> tuple[tuple[str, int, int], list[Declaration]] | None:
    """A line that gives a seat and what it declares, and nothing else: 'Brook Hill: Reform UK gain from Con',
    'Castle Vale – Labour hold, majority 439'; the seat's words with their offsets in the line."""
    if len(text) > MAX_SEGMENT_CHARS or not _OUTCOME_WORD.search(text):
        return None
    cut = re.search(r"\s*(?::|\s[-–—]\s)\s*", text)
    if cut is None or cut.start() == 0 or _counted_before(text[:cut.start()]):
        return None
    said = [d for d in declarations(text[cut.end():].strip(" .")) if d.party]
    if said:
        return (text[:cut.start()], 0, cut.start()), declarations(text[cut.end():].strip(" ."))
    return _seat_after_outcome(text, cut.start(), cut.end())


def _seat_after_outcome(text: str, head_end: int, seat_start: int) -> tuple[tuple[str, int, int],
                                                                            list[Declaration]] | None:
    """'LAB GAIN: Brook Hill', 'Reform UK gain from Con – Abbey, majority 312': the outcome first, then the seat
    (capitalised words, no figure but a majority after it, no party's name)."""
    said = declarations(text[:head_end])
    if not any(d.party for d in said):
        return None
    seat, _, rest = text[seat_start:].strip(" .").partition(",")
    more = declarations(rest) if rest else []
    if rest and not more or not _named_like_a_seat(seat) or re.search(r"\d", seat) or party_of(seat) \
            or len(seat.split()) > 6:
        return None
    return (seat, seat_start, seat_start + len(seat)), said + more


def _counted_before(label: str) -> bool:
    """'Jane Roe (Lab) 1,204': a winner's line with a count, not a seat's name, before the outcome."""
    return bool(re.search(r"\)\s*[\d.,]+", label))  # '… 1,204 (45.2%) – Lab gain from Con' too


# A seat's line that declares its result and names its winner without a party (the result says whose seat it is):
# 'Brook Hill (Labour gain from Conservative): Jane Roe', 'Brook Hill – Reform UK gain – Jane Roe', 'Brook Hill: Reform
# UK gain from Con (Jane Roe)', 'Brook Hill: Reform UK gain (Jane Roe, majority 312)', 'Brook Hill: Labour hold, Jane
# Roe, majority 312' (a majority after the name is declared too).
_MAJORITY_AFTER = r"(?:,\s*(?P<more>(?:majority|maj\b)[^()]*))?"
_SEAT_AND_WINNER = (
    re.compile(r"(?P<seat>[^():;,–—-]+?)\s*\((?P<said>[^()]+)\)\s*[:–—-]\s*(?P<name>[^():;,–—-]+)"),
    re.compile(r"(?P<seat>[^():;,–—-]+?)\s*(?::|\s[-–—]\s)\s*(?P<said>[^():;–—-]+?)\s*(?:\s[-–—]\s|[:–—])\s*"
               r"(?P<name>[^():;,–—-]+)"),
    re.compile(r"(?P<seat>[^():;,–—-]+?)\s*(?::|\s[-–—]\s)\s*(?P<said>[^()]+?)\s*\((?P<name>[^(),]+)"
               + _MAJORITY_AFTER + r"\)"),
    re.compile(r"(?P<seat>[^():;,–—-]+?)\s*(?::|\s[-–—]\s)\s*"
               r"(?P<said>[^(),;]+?\b(?:hold|gain)s?\b[^(),;]*?),\s*(?P<name>[^(),;]+?)" + _MAJORITY_AFTER, re.I),
)


def seat_and_winner_declared(text: str) -> tuple[tuple[str, int, int], list[Declaration], str] | None:
    """A line that gives a seat, what it declares and its winner's name, and nothing else: the seat's words with
    their offsets in the line, the declarations and the name as read (given names first)."""
    line = text.strip().rstrip(".")
    if len(line) > MAX_SEGMENT_CHARS or not _OUTCOME_WORD.search(line):
        return None
    for shape in _SEAT_AND_WINNER:
        found = shape.fullmatch(line)
        more = found.groupdict().get("more") if found else None
        said = declarations(found.group("said").strip(" .") + (f", {more}" if more else "")) if found else []
        name = name_of(found.group("name").strip()) if found else None
        if found and name and any(d.party for d in said) and not party_of(found.group("seat").strip()):
            seat = found.group("seat").strip()
            start = text.index(seat)
            return (seat, start, start + len(seat)), said, name
    return None


# How many seats an outcome stands for, printed beside it in a ward of several: 'Lab hold x2', '2 x Con gain', 'Lab
# hold both seats', '2 Lab holds', 'Two Labour holds', 'Lab hold two seats', 'Con gain one seat from Lab', 'Lab hold
# one' ('Lab hold (2)': its bracket is a part of its own).
_HOW_MANY = r"(?P<n>[1-6]|one|two|three|four|five|six)"
_TIMES = (re.compile(rf"(?i)^{_HOW_MANY}\s*[x×]\s+"), re.compile(rf"(?i)^{_HOW_MANY}\s+(?=.*\b(?:holds|gains)\b)"),
          re.compile(r"(?i)\s*\(?[x×]\s*(?P<n>[1-6])\)?$"),
          re.compile(r"(?i)\s+(?:all\s+)?(?P<n>both|two|three|four)(?:\s+seats)?$"),
          re.compile(r"(?i)(?:(?<=hold)|(?<=gain)|(?<=holds)|(?<=gains)|(?<=retain))"
                     r"\s+(?P<n>[1-6]|one|two|three|four|five|six|a)(?:\s+seats?)?(?=\s+from\b|$)"))


def _times(text: str) -> tuple[str, int | None]:
    """The outcome's words less how many seats it is printed for, and that number."""
    for shape in _TIMES:
        found = shape.search(text)
        if found:
            return text[:found.start()] + text[found.end():], _number(found.group("n").split()[-1])
    return text, None


def declaration(text: str) -> Declaration | None:
    """The majority or outcome a piece of text declares, if that is all it says; with the number of seats it
    stands for, where it prints one."""
    text, seats = _times(text.strip(" .;")) if _OUTCOME_WORD.search(text) else (text.strip(" .;"), None)
    majority = _MAJORITY.fullmatch(text)
    if majority and not _OUTCOME_WORD.search(majority.group("party") or ""):  # 'Lab hold majority 306': two parts
        return Declaration(majority=count_value(majority.group("n")))
    before = _PREVIOUSLY.fullmatch(text)
    held = party_of(before.group("party")) if before else None
    if held:  # 'Abbey (previously Labour)', 'Seat previously held by the Conservatives': the party before only
        return Declaration(previous=reference.canonical_party(held))
    outcome = _OUTCOME.fullmatch(text)
    party = party_of(outcome.group("party")) if outcome else None  # 'Ashfield Ind hold' as well
    if not outcome or not party:
        return None
    kind = outcome.group("outcome").lower()
    previous = party_of(outcome.group("previous")) if outcome.group("previous") else None
    return Declaration(None, "hold" if kind in ("hold", "retain") else "gain" if kind == "gain" else None,
                       reference.canonical_party(party), reference.canonical_party(previous) if previous else None,
                       seats)


@dataclass(frozen=True)
class ReadLine:
    """A line read whole: its candidates (or party), the seat it names first if it lists a contest, and
    what it declares after them ('… 998. Lab hold.')."""

    candidates: list[LineParts]
    seat: tuple[str, int, int] | None  # the seat's words as printed, with their offsets in the line
    declared: list[Declaration]


def read_line(text: str) -> ReadLine | None:
    """A results line: one candidate or party, or a seat and several candidates; with their counts, or
    names and parties only ('Jane Roe (Lab) – elected')."""
    if len(text) > MAX_LINE_CHARS or _prose(text) or _stray_word(text) or _declares(text):
        return None
    text, lead = _leading_outcome(text)
    counted_re_elected = bool(_RE_ELECTED.search(text) and _DIGIT.search(text))  # an uncounted one is a mark
    named, tail = _trailing_outcome(text) if _OUTCOME_WORD.search(text) or counted_re_elected \
        or "majority" in text.lower() else (text, [])
    if not _DIGIT.search(_HEAD_SEATS.sub("", named, count=1)):  # 'Castle (1): Ann Lee (Con)' prints no count
        read = _named_line(items_of(named)) if _NAMED_CUE.search(named) and _names_a_party(named) else None
        read = read or _sharing_a_party(named)
        return _held_if_re_elected(text, _with_tail(_with_lead(read, lead), tail))
    told = _with_tail(_with_lead(_counted(named), lead), tail) if tail else None  # 'Jane Roe (Lab) 1,204 – Lab hold'
    return _held_if_re_elected(text, told or _with_lead(_counted(text), lead))


# A seat's number of seats in brackets before its colon or dash: 'Castle (1): …', 'Abbey (2 seats) – …'.
_HEAD_SEATS = re.compile(r"^[^()\d:;]+?\s*[(\[]\s*[1-6]\s*(?:seats?)?\s*[)\]]\s*(?=[:–—-])")


def _held_if_re_elected(text: str, read: ReadLine | None) -> ReadLine | None:
    """A winner marked re-elected held the seat for their party, as the prose reader reads it ('Brook Hill: Jane Roe
    (Con) 1,204 (re-elected); Tom Smith (Lab) 987', 'Brook Hill – Jane Roe (Con) re-elected'); not where the line
    declares an outcome itself, nor where those marked stood for different parties."""
    if read is None or any(d.outcome for d in read.declared) or not _RE_ELECTED.search(text):
        return read
    held = {reference.canonical_party(c.party) for c in read.candidates
            if c.elected and c.party and _RE_ELECTED.search(text[c.start:c.end])}
    if len(held) != 1:
        return read
    return ReadLine(read.candidates, read.seat, [*read.declared, Declaration(outcome="hold", party=held.pop())])


_NUMBERED = re.compile(r"^\s*\d{1,2}(?:[.)]\s*|\s+)(?=[A-Z])")  # '1. Jane Roe …', '2) ROE, Jane …'


def _counted(text: str) -> ReadLine | None:
    numbered = _NUMBERED.match(text)
    if numbered and _DIGIT.search(text, numbered.end()):  # a count after it: the first number numbers the row
        text = " " * numbered.end() + text[numbered.end():]  # the row's number blanked out, offsets kept
    items = items_of(text)
    return _counted_line(text, items) or (_named_line(items) if _uncounted(items) and _names_a_party(text) else None)


# A seat and the names of its winners, with the one party they share: 'Brook Hill: Jane Roe and Tom Smith (both
# Reform UK)', 'Abbey – Ann Lee, Sam Hill and Kim Ford (all Labour)', 'Castle: Jane Roe and Tom Smith, both Lab'.
_SHARED_PARTY = re.compile(r"(?P<seat>[^():;,–—-]+?)\s*(?::|\s[-–—]\s|[–—])\s*(?P<names>[^():;–—]+?)\s*"
                           r"(?:\(\s*(?:both|all)\s+(?P<party>[^()]+?)\s*\)|,\s*(?:both|all)\s+(?P<after>[^(),]+))")
_NAMES_APART = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _sharing_a_party(text: str) -> ReadLine | None:
    """A seat's line of several names and the party all of them stood for; each name read whole or the line is not
    one ('Brook Hill: Jane Roe and others (both Lab)' is no such line)."""
    found = _SHARED_PARTY.fullmatch(text.strip())
    party = (found.group("party") or found.group("after")).strip() if found else None
    if found is None or party is None or not party_of(party) or party_of(found.group("seat").strip()):
        return None
    names, at = [], found.start("names")
    for piece in _NAMES_APART.split(found.group("names")):
        name = name_of(piece.strip())
        if name is None:
            return None
        start = text.index(piece, at)
        at = start + len(piece)
        names.append(LineParts(name, party, None, None, None, False, start, at))
    seat = found.group("seat").strip()
    return ReadLine(names, (seat, text.index(seat), text.index(seat) + len(seat)), []) if len(names) > 1 else None


def _declares(text: str) -> bool:
    """A line that only declares an outcome and a majority ('Labour HOLD. Majority 439.'), perhaps after its seat
    ('Abbey: Liberal Democrats HOLD'): no candidate's."""
    return bool(_OUTCOME_WORD.search(text)) and bool(footer_declarations(text) or seat_declared(text))


def _with_lead(read: ReadLine | None, lead: list[Declaration]) -> ReadLine | None:
    """The line with the outcome printed between its seat and its candidates; none if it has no seat."""
    return ReadLine(read.candidates, read.seat, lead + read.declared) if read and lead and read.seat else \
        None if lead else read


def _with_tail(read: ReadLine | None, tail: list[Declaration]) -> ReadLine | None:
    """A winner with the outcome printed after them, on the seat's line or in its list ('Brook Hill – Jane Roe
    (Lab), Lab hold', 'Jane Roe (Lab) 1,204 – Lab hold'); an outcome that names no party ('… (Con) hold') is the
    winner's party's. None where the line is not one winner with their party."""
    if not tail:
        return read
    if read and read.seat and len(read.candidates) > 1 and all(d.party or d.outcome is None for d in tail):
        return ReadLine(read.candidates, read.seat, read.declared + tail)  # a seat's contest: '…; Ann Lee (Ind) 301 –
        # Lab hold, majority 206' (a bare 'hold' there says no party's)
    one = read.candidates[0] if read and len(read.candidates) == 1 else None
    if one is None or one.party is None or read.seat is None and one.votes is None:
        return None  # in a list, only a counted winner's line says the result ('Ann Roe (Con) – hold' is none)
    party = reference.canonical_party(one.party)
    said = [d if d.party or d.outcome is None else replace(d, party=party, previous=d.previous or None) for d in tail]
    won = [replace(one, elected=True)] if any(d.outcome for d in said) else read.candidates  # its result: a winner's
    return ReadLine(won, read.seat, read.declared + said)


# The outcome (and majority) printed at the end of a winner's line: after a comma or a dash ('…, Labour hold',
# '… – Lab gain from Con, majority 439'), bare after the party or the count ('Jane Roe (Con) hold', '… 1,204 Lab
# hold'), or in the party's brackets ('Jane Roe (Reform UK gain from Con)').
_TAIL_CUT = re.compile(r"\s*[,;]\s*|\s+[-–—]\s+|\s*[–—]\s*|(?<=[)\d%])\s+")
_BRACKETED_OUTCOME = re.compile(r"\((?P<said>(?P<party>[^()]*?)\s+(?:hold|gain|win|retain)s?\b[^()]*)\)"
                                r"(?P<rest>[^()]*)$", re.I)
_RE_ELECTED = re.compile(r"(?i)\bre-elected\b")  # a winner re-elected: the seat held, as the prose reader reads it
_BARE_OUTCOME = re.compile(r"(?P<outcome>hold|gain|retain|re-elected)s?(?:\s+from\s+(?P<previous>[A-Za-z][\w '’-]*))?", re.I)


def _trailing_outcome(text: str) -> tuple[str, list[Declaration]]:
    """The line without the outcome at its end (the party's name kept where the outcome stood in its brackets),
    and that outcome; the line as it is and none where it ends in no outcome."""
    bracketed = _BRACKETED_OUTCOME.search(text)
    if bracketed and (said := declarations(bracketed.group("said"))):
        rest = bracketed.group("rest").strip(" .").lstrip(",;–—- ")
        more = _tail_declarations(rest) if rest else []
        if more or not rest:  # '(Con gain from Lab), majority 439'
            kept = "(" + bracketed.group("party") + ")"
            padding = " " * (bracketed.end() - bracketed.start() - len(kept))
            return text[:bracketed.start()] + kept + padding, said + more
    for cut in _TAIL_CUT.finditer(text):
        said = _tail_declarations(text[cut.end():].strip(" ."))
        if said and cut.start() > 0:
            return text[:cut.start()], said
    return text, []


def _tail_declarations(tail: str) -> list[Declaration]:
    """What the end of a winner's line declares, part by part ('Lab hold, majority 439', 'hold'); none unless
    every part is a declaration or a bare outcome."""
    said = [declaration(part) or _bare_outcome(part) for part in _parts(tail)]
    return said if said and all(said) else []  # type: ignore[return-value]


def _bare_outcome(part: str) -> Declaration | None:
    """An outcome with no party before it ('hold', 'gain from Con'): the winner's party's; a gain names the
    party it was won from, or none ('gain from Anytown' is no party's seat)."""
    bare = _BARE_OUTCOME.fullmatch(part.strip(" .()"))
    if bare is None:
        return None
    previous = bare.group("previous")
    if previous and not reference.party_named(previous):
        return None
    gain = bare.group("outcome").lower() == "gain"
    if previous and not gain:
        return None  # 'hold from Lab' is no outcome a list prints
    return Declaration(outcome="gain" if gain else "hold",
                       previous=reference.canonical_party(previous) if previous else None)


# 'Brook Hill: Lab hold. Jane Roe …', 'Brook Hill – Con gain from Lab: Jane Roe …': an outcome after the seat
_LEADING_OUTCOME = re.compile(r"[^:–—()]+?(?:\([^()]*\))?\s*[:–—-]\s*(?P<said>[A-Z][\w '’-]*?\s(?:hold|gain|win|retain)s?"
                              r"(?:\s+from\s+[\w '’-]+?)?(?:\s*[x×]\s*[1-6]|\s*\((?:[x×]\s*)?[1-6](?:\s+seats)?\))?"
                              r"\s*[.:;–—-])\s", re.I)  # 'Abbey – Lab hold x2: …', 'Abbey: Lab hold (2 seats). …'


_OUTCOME_WORD = re.compile(r"(?i)\b(?:hold|gain|win|retain)s?\b")


def _leading_outcome(text: str) -> tuple[str, list[Declaration]]:
    """The line with an outcome printed between its seat and its candidates blanked out (offsets kept),
    and that outcome."""
    found = _LEADING_OUTCOME.match(text) if _OUTCOME_WORD.search(text) else None
    said = declarations(found.group("said")[:-1]) if found else []
    if found is None or len(said) != 1:
        return text, []
    return text[:found.start("said")] + " " * len(found.group("said")) + text[found.end("said"):], said


def _counted_line(text: str, items: list[Item]) -> ReadLine | None:
    """A line whose candidates have their counts."""
    parts = segments(items)
    declared: list[Declaration] = []
    while len(parts) > 1 and ((said := footer_declarations(text[parts[-1][0].start:parts[-1][-1].end]))
                              or _total(text[parts[-1][0].start:parts[-1][-1].end])):
        declared[:0] = said  # a total after the candidates ('turnout 31%') is passed over; 'Lab hold, majority 306'
        parts.pop()
    seat, first = _seat_prefix(parts[0], read_candidate) if len(parts) > 1 or _words_then_a_cut(parts[0]) \
        else (None, parts[0])
    if seat and (len(parts) > 1 or _one_seat_named(parts[0], first, seat[0])):
        parts[0] = first  # one counted line may be a seat's too ('Abbey: Jane Roe (Lab) 1,204')
        declared[:0] = _head_declarations(text[seat[1]:seat[2]])
    else:
        seat = None
    if seat is None and len(parts) > 1:
        seat, parts[0] = _capitals_seat(parts)
    if any(_another_seat(part) for part in parts[1:]):
        return None  # 'Abbey: … 402. Castle: Jane Roe (Lab) 1,204; …': several seats' contests, read sentence by sentence
    found = _each_read(parts, read_candidate)
    if found is None and ";" in text:
        seat = None  # semicolons between one candidate's fields: 'Jane Roe; Labour; 1,204'
        found = _each_read([items], read_candidate)
    if found is None:
        return None
    if len(found) > 1 and (seat is None and not _multi_ok(found)):
        return None
    return ReadLine(found, seat, declared)


def _capitals_seat(parts: list[list[Item]]) -> tuple[tuple[str, int, int] | None, list[Item]]:
    """'BROOK HILL Jane Roe (Lab) 1,204; Tom Smith (Con) 987': a seat printed in capitals run into its first candidate's
    name, where the line's other candidates print given names first (no surname in capitals opens their names, as it
    would on a ballot paper's list: 'ROE Jane; SMITH Tom'). The seat, and the first candidate's stretch without it."""
    first = parts[0][0]
    words_ = first.text.split() if first.kind == "words" and not first.bracketed else []
    k = next((i for i, w in enumerate(words_) if word_kind(w) != "capitals"), 0)
    if not k or len(words_) - k < 2 or any(word_kind(_first_word(part)) == "capitals" for part in parts[1:]):
        return None, parts[0]
    at = re.search(r"\s+".join(map(re.escape, words_[k:])) + "$", first.text)
    label = first.text[:at.start()].strip() if at else ""
    if not label or name_of(first.text[at.start():]) is None or party_of(label) or only_a_label(label):  # type: ignore[union-attr]
        return None, parts[0]
    rest = Item("words", first.text[at.start():], first.start + at.start(), first.end)  # type: ignore[union-attr]
    return (label, first.start, first.start + len(label)), [rest, *parts[0][1:]]


def _first_word(stretch: list[Item]) -> str:
    return next((it.text.split()[0] for it in stretch if it.kind == "words"), "")


def _words_then_a_cut(stretch: list[Item]) -> bool:
    """A cheap first look for a seat before a line's one candidate: words, then a colon, a dash or a column's edge."""
    return len(stretch) > 2 and stretch[0].kind == "words" and _seat_cut(stretch[1])


def _seat_cut(item: Item) -> bool:
    """A colon or a dash after a seat ('Brook Hill: Jane Roe …'), or a column's edge (a tab, a bar, a gap of spaces:
    'Brook Hill<TAB>Jane Roe<TAB>Labour<TAB>1,204')."""
    return item.kind in ("sep", "dash") and not item.bracketed and (item.text in _SEAT_CUTS or item.text.isspace())


_SEAT_CUTS = (":", "-", "–", "—", "|")


def _another_seat(stretch: list[Item]) -> bool:
    """A stretch after a line's first that opens with a seat of its own ('Castle: Jane Roe (Lab) 1,204'): the line
    runs several contests together (a paragraph of seats whose line breaks were lost)."""
    if not _words_then_a_cut(stretch):
        return False  # a cheap first look: words, then a colon or a dash
    seat, _ = _seat_prefix(stretch, read_candidate)
    return seat is not None and not only_a_label(seat[0])


def _one_seat_named(whole: list[Item], rest: list[Item], label: str) -> bool:
    """What stands before a line's one candidate names a seat: no label ('Update:'), no figure ('In 2017:'), and
    no part of the name where the line reads whole as one candidate ('LEE, Ann - Reform UK - Putting Residents
    First - 901')."""
    head = whole[:len(whole) - len(rest)]
    if only_a_label(label) or any(it.kind == "votes" for it in head):
        return False
    read = read_candidate(whole)
    return not (read and read.name and set(label.lower().split()) & set(read.name.lower().split()))


def _each_read(parts: list[list[Item]], reader: Callable[[list[Item]], LineParts | None]) -> list[LineParts] | None:
    """Each stretch read as a candidate; None at the first that is not one (the rest are not read)."""
    found = []
    for part in parts:
        read = reader(part)
        if read is None:
            return None
        found.append(read)
    return found


def _head_declarations(head: str) -> list[Declaration]:
    """What the seat before a line's candidates declares, in brackets or after a comma: 'Brook Hill (Lab
    hold)', 'Brook Hill, Con gain from Lab'."""
    return declarations(head.partition("(")[2].rstrip(") ") or head.partition(",")[2])


def _total(text: str) -> bool:
    """A short stretch that gives a total, not a candidate: 'turnout 31%', 'electorate 9,876'."""
    if not _DIGIT.search(text):
        return False
    if text.split()[0].lower().strip(":") in lexicon()["not_candidate"]:
        return len(text.split()) <= 8  # 'Swing: 3.2% Lab to Con': a total's word first, then its figure
    return len(text.split()) <= 4 and phrase_in(text, lexicon()["not_candidate"])


# A line of names without counts holds a party beside each name: in brackets, after a separator or a dash.
_NAMED_CUE = re.compile(r"[(,;:|\t–—]|\s-\s|\S {2,}\S")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FIGURES = ("votes", "share", "change", "decimal", "position")


def read_named(stretch: list[Item]) -> LineParts | None:
    """A candidate's stretch without figures ('Jane Roe (Lab)', 'ROE, Jane – Labour – elected'): one name
    and one party, both needed (a name alone could be any line), and perhaps a mark that they were elected."""
    if not stretch or stretch[-1].end - stretch[0].start > MAX_SEGMENT_CHARS or any(
            it.kind in _FIGURES for it in stretch):
        return None
    reading = _read_words(stretch)
    reading.settle()
    parties = {reference.canonical_party(p) for p in reading.parties}
    if reading.bad or reading.labels or len(reading.names) != 1 or len(parties) != 1:
        return None
    return LineParts(reading.names[0][0], reading.parties[0], None, None, None, reading.elected, stretch[0].start,
                     stretch[-1].end)


def _uncounted(items: list[Item]) -> bool:
    """No figure outside brackets but a number opening the row: a line of names may still be numbered."""
    return not any(it.kind in _FIGURES and not it.bracketed for it in items[1:]) and (
        not items or items[0].kind in ("votes", "words", "mark", "open"))


def _names_a_party(text: str) -> bool:
    """A cheap first look: some word of the line is a word of a party's name ('Lab', 'Green', 'Party')."""
    return not _party_words().isdisjoint(reference.fold(w) for w in _WORD.findall(text))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _named_line(items: list[Item]) -> ReadLine | None:
    """A line of candidates without counts: one, or a seat and several ('Brook Hill: Jane Roe (Lab); Tom
    Smith (Con)'). A number that opens the line numbers the row."""
    if len(items) > 1 and items[0].kind == "votes" and len(items[0].text) <= 2 and items[1].kind in ("stop", "close"):
        items = items[2:]
    parts = _named_segments(items)
    if not parts:
        return None
    whole = read_named(parts[0]) if len(parts) == 1 else None
    if whole:
        return ReadLine([whole], None, [])
    seat, parts[0] = _seat_prefix(parts[0], read_named)  # 'Brook Hill – Jane Roe (Lab)': a seat and its one winner
    starts = {it.start for it in items}
    if any(part[0].start not in starts for part in parts) and not (seat and _named_like_a_seat(seat[0])):
        return None  # names joined by 'and' after words that are no seat's are a sentence ('Three are standing: …')
    found = _each_read(parts, read_named) if len(parts) > 1 or seat else None
    return ReadLine(found, seat, []) if found else None


def _named_segments(items: list[Item]) -> list[list[Item]]:
    """The candidates' stretches of a line without counts: split at semicolons, and at a comma after a
    whole candidate (a name and a party) when a name follows."""
    out: list[list[Item]] = [[]]
    for i, item in enumerate(items):
        if item.kind == "sep" and not item.bracketed and out[-1] and (
                item.text == ";" or item.text == "," and _name_next(items[i + 1] if i + 1 < len(items) else None)
                and _whole_so_far(out)):
            out.append([])
            continue
        joined = _AND_A_NAME.match(item.text) if item.kind == "words" and not item.bracketed else None
        if joined and out[-1] and _whole_so_far(out):  # '… Ann Lee (Con) and Sam Hill (Con)'
            cut = item.start + joined.end()
            out.append([Item("words", item.text[joined.end():], cut, item.end)])
            continue
        out[-1].append(item)
    return [part for part in out if part]


_AND_A_NAME = re.compile(r"(?:and|&)\s+(?=[A-Z])")


def _named_like_a_seat(label: str) -> bool:
    """Words a seat's name is printed in: capitalised, but for the small words inside a name and a word for a
    ward ('Ash and Oak ward'); not a sentence ('Three candidates are standing')."""
    return all(w[:1].isupper() or w.lower() in _INSIDE_A_SEAT for w in label.split())


_INSIDE_A_SEAT = frozenset({"and", "&", "of", "the", "on", "upon", "in", "ward", "division"})


def _whole_so_far(out: list[list[Item]]) -> bool:
    """The stretch so far is a whole candidate (a name and a party), perhaps after the line's seat."""
    return bool(read_named(out[-1]) or len(out) == 1 and read_named(_after_seat(out[-1])))


def _after_seat(stretch: list[Item]) -> list[Item]:
    """What follows the first colon or dash of a line's first stretch (where a seat may stand before it)."""
    cut = next((k for k, it in enumerate(stretch) if it.kind in ("sep", "dash") and it.text in ":-–—"
                and not it.bracketed), None)
    return stretch[cut + 1:] if cut else []


def near_miss(text: str) -> bool:
    """A line that was not read but looks like a candidate's (a name or a party beside a count, no word of
    a total): a list beside it may be missing a candidate, so its order is not the whole count."""
    if len(text) > MAX_SEGMENT_CHARS or _prose(text) or phrase_in(text, lexicon()["not_candidate"]) \
            or _heading_declaring(text):
        return False
    items = items_of(text)
    if not any(it.kind == "votes" and len(_NOT_DIGITS.sub("", it.text)) >= 2 and not _YEAR.fullmatch(it.text)
               for it in items):
        return False  # a heading's year ('Brook Hill 2019') is no count
    runs = [it.text for it in items if it.kind == "words"]
    return read_line(text) is None and any(party_of(r) or described_party(r) or name_of(r) or _split_party_name(r) for r in runs) or any(
        _surname_first(a, b) for a, b in zip(runs, runs[1:]))


def _heading_declaring(text: str) -> bool:
    """'Castle (Lab gain from Con, majority 400)': a seat's heading with its result in closing brackets."""
    bracketed = re.search(r"\(([^()]+)\)$", text.strip(" ."))
    return bool(bracketed and _OUTCOME_WORD.search(bracketed.group(1)) and declarations(bracketed.group(1)))


def _prose(text: str, most: int = MAX_LOWER_WORDS) -> bool:
    """Running text, not a list: more lower-case words than a list line prints ('votes', 'with', 'and'); a
    line of several candidates between semicolons may print that many for each (up to four)."""
    found = _LOWER_WORD.findall(text)
    lower = len(found) - sum(map(_usual_words().__contains__, found))  # asked of every paragraph: counted in C
    return lower > most * min(4, 1 + text.count(";")) if lower > most else False


# -- a story's sentence told cheaply ----------------------------------------------------------------
# Every paragraph of every article is read as a possible list line; most are the story's sentences, which the full
# read turns down only after cutting them into items and reading a candidate's words (tens of microseconds each).
# A word in small letters outside brackets that no candidate's words may hold (no party's, title's, filler's, mark's
# or count's word) spoils the stretch it stands in: `_read_free` finds it no name (a name's words are capitalised),
# no party and no label. The line is turned down at once where that stretch is surely read as a candidate's: the line
# prints no dash (after which a party's slogan may stand: 'Reform UK - Change starts here'), and the word stands after
# any seat before the candidates (after the last colon, bar or column gap: 'Brook Hill ward: …') and before anything
# that may be cut off the candidates unread: a total or a majority after them ('… 1,204; turnout was 31%', '… 1,204
# with a big majority of 300'), words after an elected mark ('… 1,204 elected for the third time'), an outcome
# declared after them or between the seat and them ('… 1,204, Lab hold'). tests/test_stray_words.py holds it to the
# full read.
_WORD_ALONE = r"(?<!\S)[a-z]+(?=[\s,;.]|$)"  # a word in small letters, alone between spaces (or before , ; .)
_ALONE = re.compile(_WORD_ALONE)
_STRAY_SCAN = re.compile(rf"[(\[]|[)\]]|{_WORD_ALONE}")
_DASHED = re.compile(r"[–—]|\s-\s")
_SEAT_CUT = re.compile(r"[:|\t]|[ \u00a0]{2}")
_LETTERS = re.compile(r"[a-z]+")
_TOTAL_CUT = re.compile(r"[\d;]|[)%]\.(?=\s)")  # where a stretch after the first may begin: a figure, ';', a full stop
_TAIL_START = re.compile(r"[\d;,()%]")  # where a majority or an outcome after the candidates may begin
_SHARED_WORDS = frozenset({"both", "all"})  # the words of _SHARED_PARTY: 'Brook Hill: Jane Roe and Tom Smith (both Lab)'


def _stray_word(text: str) -> bool:
    """The line holds a word no candidate's stretch may hold, where the full read surely reads it as one: no list
    line (`read_line` would find none)."""
    if _line_words()[2].issuperset(_ALONE.findall(text)) or _DASHED.search(text):
        return False  # a cheap first look: every word in small letters a candidate's may be (most list lines)
    start, end = _after_the_seat(text), _before_the_tail(text)
    return start < end and _stray_between(text, start, end)


def _after_the_seat(text: str) -> int:
    """Where a seat printed before the line's candidates surely ends: after the last colon, bar or column gap (none
    is a seat's if all of them end the line: 'The result in Brook Hill was:')."""
    cuts = list(_SEAT_CUT.finditer(text))
    return cuts[-1].end() if cuts and text[cuts[0].end():].strip() else 0


def _before_the_tail(text: str) -> int:
    """Where the candidates' stretches surely begin to be read no more (0 if they may be read no way the line's
    start tells: an outcome between a seat and its candidates, 'Brook Hill: Lab hold. Jane Roe …')."""
    marks, totals, _ = _line_words()
    lowered = text.lower()
    letters = set(_LETTERS.findall(lowered))
    end = len(text)
    if not letters.isdisjoint(totals):
        end = _before(_TOTAL_CUT, text, end)
    if not letters.isdisjoint(marks):  # words after an elected mark are passed over; 'Jane Roe (Lab) 1,204 re-elected'
        end = _before(_marked(), text, _before(_TAIL_START, text, end))
    outcome = _OUTCOME_WORD.search(text)
    if outcome and _leading_outcome(text)[1]:
        return 0
    if outcome or "maj" in lowered:
        end = _before(_TAIL_START, text, end)
    return end


def _before(cut: re.Pattern[str], text: str, end: int) -> int:
    """Where the first match of `cut` starts, if before `end`."""
    first = cut.search(text)
    return min(first.start(), end) if first else end


@cache
def _marked() -> re.Pattern[str]:
    """The longest run of letters of each elected mark, in any case: found inside every mark a line prints."""
    longest = {max(_LETTERS.findall(mark), key=len) for mark in lexicon()["elected"] if _LETTERS.search(mark)}
    return re.compile("|".join(sorted(longest)), re.I)


def _stray_between(text: str, start: int, end: int) -> bool:
    """A word in small letters outside brackets between `start` and `end` that no candidate's words may hold;
    brackets are counted as the line's items count them."""
    candidates = _line_words()[2]
    depth = 0
    for m in _STRAY_SCAN.finditer(text, 0, end):
        found = m.group()
        if found in "([":
            depth += 1
        elif found in ")]":
            depth = max(0, depth - 1)
        elif not depth and m.start() >= start and found not in candidates and found not in _SHARED_WORDS:
            return True
    return False


@cache
def _line_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The runs of small letters of the marks of being elected, of totals' words, and of every word a candidate's
    stretch may hold in small letters: fillers, counts' and shares' words, notes, marks, particles, titles, letters
    after a name, and the words of every party's name (`party_named` folds case: 'labour' is a party)."""
    def runs(phrases: frozenset[str] | set[str] | dict[str, object]) -> frozenset[str]:
        return frozenset(r for phrase in phrases for r in _LETTERS.findall(reference.fold(phrase)))
    parties = {form for party in reference.parties() for form in party.forms} | set(reference.cut_party_forms())
    held = runs(_usual_words()) | runs(parties) | runs(titles()) | runs(lexicon()["name_suffixes"]) \
        | runs(lexicon()["description_ends"])
    return runs(lexicon()["elected"]), runs(lexicon()["not_candidate"]), held


@cache
def _usual_words() -> frozenset[str]:
    """The lower-case words a list line prints: fillers, the words of counts and shares, marks, parties' joins."""
    return words("list_fillers") | lexicon()["votes"] | lexicon()["elected"] | lexicon()["share_words"] \
        | lexicon()["not_elected"] | lexicon()["candidate_notes"] | _PARTY_LABEL_WORDS | PARTICLES


def _multi_ok(found: list[LineParts]) -> bool:
    """Several candidates on one line without a seat before them are a contest only if all are named."""
    return all(f.name for f in found)


def _seat_prefix(stretch: list[Item], reader: Callable[[list[Item]], LineParts | None]
                 ) -> tuple[tuple[str, int, int] | None, list[Item]]:
    """'Brook Hill: Jane Roe …' or 'Brook Hill (two seats) – Jane Roe …': the seat before the first
    candidate, when what follows reads as a candidate and the words before it are not a party."""
    for k, item in enumerate(stretch):
        if _seat_cut(item) and k > 0:
            head, rest = stretch[:k], stretch[k + 1:]
            words_head = [it for it in head if it.kind == "words"]
            if not words_head or any(it.kind in ("share", "change", "decimal") for it in head):
                return None, stretch
            named = takewhile(lambda it: not (it.kind == "sep" and it.text == ","), head)  # 'Brook Hill, Lab hold'
            label = " ".join(it.text for it in named if it.kind == "words" and not it.bracketed)
            if re.search(r"[a-z]{3,}\.\s", label):
                return None, stretch  # 'X won. Results in Brook Hill': a sentence before the seat is no seat
            first = reader(rest)
            column = item.text in "|" or item.text.isspace()  # a column of descriptions is no seat's either
            if party_of(label) or column and described_party(label) or first is None or first.name is None:
                return None, stretch
            return (label, head[0].start, head[-1].end), rest
    return None, stretch


def seat_count(text: str) -> int | None:
    """How many seats a heading says its contest fills: '(two seats)', '2 councillors to elect'."""
    numbers, counted = _seats_counted()
    m = counted.search(text) or _SEATS_IN_BRACKETS.search(text.strip(" .:")) and _SEATS_CLOSING.search(text.strip(" .:"))
    if not m:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else numbers[n]


_SEATS_CLOSING = re.compile(r"(?P<n>[1-6])\s*[)\]]$")


@cache
def _seats_counted() -> tuple[dict[str, int], re.Pattern[str]]:
    """The number words of the lexicon's counts, and a count of seats in words or figures ('two seats', '2
    councillors'): made once, not at every heading a list is placed by."""
    counts = lexicon()["counts"]
    numbers = {w: i for i, w in enumerate(("one", "two", "three", "four", "five", "six"), 1) if w in counts}
    nouns = "|".join(re.escape(w) for w in sorted(lexicon()["seat_counts"], key=len, reverse=True))
    return numbers, re.compile(rf"\b(?P<n>\d|{'|'.join(numbers)})\s+(?:{nouns})\b", re.I)
