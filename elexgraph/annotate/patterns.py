"""Token patterns written as data, matched over a sentence's items.

A sentence is read as a sequence of items: a mention (a person, a party, a place, a typed number,
a quotation) stands as one item, every other token as one. A pattern is a line of elements:

    PERSON                 an item of that kind (PARTY, PLACE, PLACE.mayoralty, NUM.votes, QUOTE, ORD …)
    said                   a word, matched lower-cased;  said|told|PARTY  any one of them
    @speech                a word or phrase of a word class (lexicon/words.toml)
    ,   :                  punctuation, as printed
    *                      any one item;   ~3  up to three items, as few as will do
    ( … )                  a group;  ? * +  after an element or a group: optional, any number, one or more
    ( a b | c )            either sequence (a spaced bar separates alternatives in a group)
    to=PARTY  who=( … )    a capture: the items matched are returned under that name

Patterns compile to one regular expression over an encoding of the items, so a sentence is
encoded once and every pattern of a reader is tried in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, takewhile
from re import _constants as sre  # the parsed form of a regular expression, read by leading_words
from re import _parser

from elexgraph.errors import ElexgraphError


class PatternError(ElexgraphError):
    """A pattern in a data file that cannot be compiled."""


@dataclass(slots=True, unsafe_hash=True, init=False)  # never changed once made; not frozen, as Token (tokens.py) is not
class Item:
    """One element of a sentence as patterns see it."""

    tags: tuple[str, ...]  # "W" word, "N" number, "P" punctuation, or a mention's kinds ("PERSON", "NUM", "NUM.votes" …)
    text: str
    start: int  # article offsets
    end: int
    ref: object = None  # the mention or token behind the item
    lower: str = field(default="", repr=False, compare=False)  # the text lower-cased, made once
    # its piece of an encoding (below), made when first encoded: a sentence's items are encoded again in each of its
    # clauses, and a clause's for each reader that asks, so each item's piece is worked out once rather than each time
    code: str | None = field(default=None, repr=False, compare=False)

    def __init__(self, tags: tuple[str, ...], text: str, start: int, end: int, ref: object = None) -> None:
        self.tags, self.text, self.start, self.end, self.ref, self.lower = tags, text, start, end, ref, text.lower()
        self.code = None


def _escape_text(text: str) -> str:
    return _escape_lowered(text.lower())


def _escape_lowered(text: str) -> str:
    return text.replace("<", "‹").replace(">", "›").replace(":", "꞉")


def encode(items: Sequence[Item]) -> tuple[str, list[int]]:
    """The items as one string, and where each item starts in it."""
    pieces = [item.code or _coded(item) for item in items]  # a piece is never empty: it holds '<'
    starts = list(accumulate(map(len, pieces), initial=0))
    starts.pop()  # where the string ends: no item starts there
    return "".join(pieces), starts


def _coded(item: Item) -> str:
    """An item's piece of an encoding, kept on the item."""
    item.code = f"<{','.join(item.tags)}:{_escape_lowered(item.lower)}>"
    return item.code


_ELEMENT = re.compile(r"""\s*(?:
    (?P<capture>[a-z_][a-z0-9_]*)=
  | (?P<open>\()
  | (?P<close>\))(?P<qclose>[?*+]|\{\d*,?\d*\})?
  | (?P<gap>~(?P<n>\d+))
  | (?P<alt>\|)(?=\s)
  | (?P<atom>[^\s()]+?)(?P<q>[?*+]|\{\d*,?\d*\})?(?=\s|\)|$)
)""", re.X)


def _tag_re(tag: str) -> str:
    return rf"<(?:[^:>]*,)?{re.escape(tag)}(?:,[^:>]*)?:[^>]*>"


def _word_re(words: Sequence[str]) -> str:
    """One of several words or phrases (a phrase is several items in a row)."""
    options = []
    for phrase in sorted(set(words), key=len, reverse=True):
        options.append("".join(rf"<[^:>]*:{re.escape(_escape_text(w))}>" for w in phrase.split()))
    return "(?:" + "|".join(options) + ")"


class Compiler:
    """Turns pattern lines into regular expressions, with word classes from a lexicon."""

    def __init__(self, classes: dict[str, Sequence[str]]) -> None:
        self.classes = classes

    def atom(self, atom: str, pattern: str) -> str:
        if atom == "*":
            return r"<[^>]*>"
        if atom.startswith("@"):
            words = self.classes.get(atom[1:])
            if words is None:
                raise PatternError(f"pattern {pattern!r}: unknown word class {atom}")
            return _word_re(words)
        if atom.startswith("!"):
            return rf"(?!{self.atom(atom[1:], pattern)})<[^>]*>"
        if "|" in atom:
            return "(?:" + "|".join(self.atom(part, pattern) for part in atom.split("|")) + ")"
        if re.fullmatch(r"[A-Z][A-Z_]*(?:\.[a-z_-]+)?", atom):
            return _tag_re(atom)
        return _word_re([atom])

    def compile(self, pattern: str, prefix: str = "") -> tuple[str, list[str]]:
        """The regex of one pattern line and the names of its captures (prefixed)."""
        out: list[str] = []
        names: list[str] = []
        pending: str | None = None  # a capture name waiting for its element
        stack: list[str | None] = []
        pos = 0
        text = pattern.strip()
        while pos < len(text):
            m = _ELEMENT.match(text, pos)
            if not m or m.end() == pos:
                raise PatternError(f"pattern {pattern!r}: cannot read it at {text[pos:]!r}")
            pos = m.end()
            if m.group("capture"):
                pending = prefix + m.group("capture")
                names.append(pending)
                continue
            if m.group("open"):
                out.append(f"(?P<{pending}>(?:" if pending else "(?:")
                stack.append(pending)
                pending = None
                continue
            if m.group("close"):
                if not stack:
                    raise PatternError(f"pattern {pattern!r}: a ')' closes nothing")
                named = stack.pop()
                quant = m.group("qclose") or ""
                out.append(f"){quant})" if named else f"){quant}")
                continue
            if m.group("alt"):
                out.append("|")
                continue
            if m.group("gap"):
                piece = rf"(?:<[^>]*>){{0,{int(m.group('n'))}}}?"
            else:
                piece = f"(?:{self.atom(m.group('atom'), pattern)}){m.group('q') or ''}"
            out.append(f"(?P<{pending}>{piece})" if pending else piece)
            pending = None
        if stack:
            raise PatternError(f"pattern {pattern!r}: a '(' is never closed")
        return "".join(out), names


@dataclass(frozen=True)
class Match:
    """A pattern matched in a sentence: which pattern, and the items each capture took."""

    pattern: int
    start: int  # first item
    end: int  # one past the last item
    captures: dict[str, tuple[int, int]] = field(default_factory=dict)

    def items(self, items: Sequence[Item], name: str) -> Sequence[Item]:
        span = self.captures.get(name)
        return items[span[0]:span[1]] if span else ()


class PatternSet:
    """Several patterns tried at once over a sentence's items."""

    def __init__(self, patterns: Sequence[str], classes: dict[str, Sequence[str]], anchor: str | None = None) -> None:
        """`anchor`: a capture every pattern has, made of words (a word class, words or a group of them):
        a sentence with none of its words is not tried at all."""
        self.anchor_words = _anchor_words(patterns, classes, anchor) if anchor else None
        # each pattern's own anchor words: a sentence is tried only with the patterns whose anchor it holds
        self._anchors = [_anchor_words([p], classes, anchor) if anchor else None for p in patterns]
        compiler = Compiler(classes)
        self._alternatives: list[str] = []
        self.capture_names: list[list[str]] = []
        for i, pattern in enumerate(patterns):
            regex, names = compiler.compile(pattern, prefix=f"p{i}_")
            self._alternatives.append(f"(?P<p{i}>{regex})")
            self.capture_names.append(names)
        self.patterns = list(patterns)
        self.regex = re.compile("|".join(self._alternatives)) if self._alternatives else None
        self._pattern_groups = [self.regex.groupindex[f"p{i}"] for i in range(len(patterns))] if self.regex else []
        empty = self.first_at("", 0)  # finditer tries each item's start only, so a match must take an item
        if empty is not None:
            raise PatternError(f"pattern {self.patterns[empty]!r} matches no item at all: every element of it is optional")
        self._subsets: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        # the words each pattern cannot match without: its anchor's, and of each word element it must match (a pattern
        # with no such element is always tried); a sentence is tried only with the patterns it holds one of each of
        self._needs = [_needed_words(p, classes) + ([a] if a is not None else []) for p, a in zip(patterns, self._anchors)]
        # every such word together, and the regex kept for each set of them a sentence holds: the
        # patterns kept are worked out once for each such set, not tried one by one at every sentence
        needed = [words for needs in self._needs for words in needs]
        self._every_anchor = frozenset().union(*needed) if needed else None
        self._by_anchors: dict[frozenset[str], re.Pattern[str] | None] = {}
        # the words each pattern's second item can be (None: any), and the patterns kept for each such word
        self._seconds = [_second_words(p, classes) for p in patterns]
        self._by_second: dict[str, tuple[re.Pattern[str] | None, list[tuple[int, int]]]] = {}

    def may_match(self, words: frozenset[str]) -> bool:
        """Whether a sentence with these (lower-cased) words can match at all."""
        return self.anchor_words is None or not self.anchor_words.isdisjoint(words)

    def first_at(self, encoded: str, at: int, second: str | None = None) -> int | None:
        """The first pattern, in the order given, that matches an encoding (``encode``) from offset `at` on;
        None if none does. `second`: the lower-cased word of the item after the one at `at`, where the caller
        knows it: only the patterns whose second item can be that word are tried (the same first match)."""
        regex, groups = (self.regex, list(enumerate(self._pattern_groups))) if second is None \
            else self._for_second(_escape_lowered(second))
        found = regex.match(encoded, at) if regex is not None else None
        if found is None:
            return None
        spans = found.regs  # every group's span at once: a pattern's group that took part has a start
        return next(i for i, group in groups if spans[group][0] != -1)

    def _for_second(self, word: str) -> tuple[re.Pattern[str] | None, list[tuple[int, int]]]:
        """The patterns whose second item can be this (encoded) word, as one regex in their order, and each one's
        index with its group's number in that regex. Worked out once a word: a reader that asks at every verb
        would otherwise try every pattern there, most of which open on other verbs."""
        if word not in self._by_second:
            kept = [i for i, words in enumerate(self._seconds) if words is None or word in words]
            regex = re.compile("|".join(self._alternatives[i] for i in kept)) if kept else None
            self._by_second[word] = regex, [(i, regex.groupindex[f"p{i}"]) for i in kept] if regex else []
        return self._by_second[word]

    def finditer(self, items: Sequence[Item], encoded: tuple[str, list[int]] | None = None) -> Iterator[Match]:
        """Every non-overlapping match, left to right."""
        if self.regex is None or not items:
            return
        regex = self._regex_for(items)
        if regex is None:
            return  # no pattern's anchor among the items (a sentence's words may hold one inside a mention)
        text, starts = encoded or encode(items)
        match, end = regex.match, 0
        # Tried at each item's start only, which is where every match opens (each element begins with an item's '<',
        # and no pattern matches nothing): the same matches as a search, which tried every pattern at every character
        # of the encoding, a dozen an item, and took most of a reader's time.
        for at in starts:
            m = match(text, at) if at >= end else None
            if m is None:
                continue
            end = m.end()
            index = int(m.lastgroup[1:]) if m.lastgroup and m.lastgroup[0] == "p" and m.lastgroup[1:].isdigit() \
                else next(i for i in range(len(self.patterns)) if f"p{i}" in m.re.groupindex and m.group(f"p{i}") is not None)
            captures = {}
            for name in self.capture_names[index]:
                if m.group(name) is not None and m.end(name) > m.start(name):
                    captures[name.split("_", 1)[1]] = (_item_at(starts, m.start(name)), _item_at(starts, m.end(name) - 1) + 1)
            yield Match(index, _item_at(starts, m.start()), _item_at(starts, m.end() - 1) + 1, captures)

    def _regex_for(self, items: Sequence[Item]) -> re.Pattern[str] | None:
        """The patterns that can match these items, as one regex (in their order, so the first that matches
        still wins): a pattern whose anchor words are all missing cannot match, and costs time at every item."""
        if self._every_anchor is None:
            return self.regex  # type: ignore[return-value]
        present = self._every_anchor.intersection([item.lower for item in items])
        if present not in self._by_anchors:
            self._by_anchors[present] = self._subset(present)
        return self._by_anchors[present]

    def _subset(self, present: frozenset[str]) -> re.Pattern[str] | None:
        kept = tuple(i for i, needs in enumerate(self._needs) if all(not words.isdisjoint(present) for words in needs))
        if kept not in self._subsets:
            self._subsets[kept] = re.compile("|".join(self._alternatives[i] for i in kept)) if kept else None
        return self._subsets[kept]


def _anchor_words(patterns: Sequence[str], classes: dict[str, Sequence[str]], anchor: str) -> frozenset[str] | None:
    """The first words of what each pattern's anchor capture can match; None when one cannot be told."""
    found: set[str] = set()
    for pattern in patterns:
        m = re.search(rf"(?:^|\s){re.escape(anchor)}=(\([^()]*\)|\S+)", pattern)
        if not m:
            return None
        for option in re.split(r"\s*\|\s*", m.group(1).strip("( )")):
            first = option.split()[0] if option.split() else ""
            if first.startswith("@"):
                found.update(phrase.split()[0].lower() for phrase in classes.get(first[1:], ()))
            elif re.fullmatch(r"[a-z][a-z'-]*", first):
                found.add(first)
            else:
                return None  # a tag, a wildcard or a nested group: anything may stand there
    return frozenset(found)


def _elements(pattern: str) -> list[tuple[str, object, str]]:
    """A pattern line as its top-level elements: ('atom', text, quantifier), ('gap', n, '') or ('group', its
    alternatives (each a list of elements), quantifier); captures' names left out. The line is known to compile.
    A line of several alternatives outside any group ('a b | c') gives its first's elements."""
    return _alternatives_of(pattern)[0]


def _alternatives_of(pattern: str) -> list[list[tuple[str, object, str]]]:
    """A pattern line's alternatives outside any group (mostly one), each as its elements (``_elements``)."""
    stack: list[list[list[tuple[str, object, str]]]] = [[[]]]
    for m in _ELEMENT.finditer(pattern.strip()):
        if m.group("open"):
            stack.append([[]])
        elif m.group("close"):
            alternatives = stack.pop()
            stack[-1][-1].append(("group", alternatives, m.group("qclose") or ""))
        elif m.group("alt"):
            stack[-1].append([])
        elif m.group("gap"):
            stack[-1][-1].append(("gap", int(m.group("n")), ""))
        elif m.group("atom"):
            stack[-1][-1].append(("atom", m.group("atom"), m.group("q") or ""))
    return stack[0]


_ESCAPED = frozenset("‹›꞉")  # what '<', '>' and ':' are encoded as (``_escape_lowered``)


def _needed_words(pattern: str, classes: dict[str, Sequence[str]]) -> list[frozenset[str]]:
    """For each element a pattern cannot match without that opens on words only (a word, words, a word class or a
    group of them, not optional), the lower-cased words its first item can be: a sentence whose items hold none of
    one of these cannot match the pattern. Nothing for a line of several alternatives outside any group."""
    alternatives = _alternatives_of(pattern)
    if len(alternatives) != 1:
        return []
    found = (_first_words([element], classes) for element in alternatives[0])
    # a word as encoded is the item's lower case unless '<', '>' or ':' was encoded: those are left out
    return [words for words in found if words is not None and not any(_ESCAPED.intersection(w) for w in words)]


_WORDS_ONLY = re.compile(r"[^A-Z@!*~|][^|]*(?:\|[^A-Z@!*~|][^|]*)*")  # 'won', 'won|held': words, no tag nor class


def _second_words(pattern: str, classes: dict[str, Sequence[str]]) -> frozenset[str] | None:
    """The (encoded) words a pattern's second item can be, when its first element takes exactly one item and its
    second can only open on words; None when anything may stand there."""
    elements = _elements(pattern)
    if len(elements) < 2 or not _one_item(elements[0], classes):
        return None
    return _first_words([elements[1]], classes)


def _one_item(element: tuple[str, object, str], classes: dict[str, Sequence[str]]) -> bool:
    kind, body, quantifier = element
    if quantifier or kind == "gap":
        return False
    if kind == "group":
        return all(len(alt) == 1 and _one_item(alt[0], classes) for alt in body)  # type: ignore[union-attr]
    atom = str(body)
    return not atom.startswith("@") or all(len(phrase.split()) == 1 for phrase in classes.get(atom[1:], ("", "")))


def _first_words(sequence: list[tuple[str, object, str]], classes: dict[str, Sequence[str]]) -> frozenset[str] | None:
    """The words the first item a sequence of elements matches can be; None when it may be anything (a tag, a
    wildcard, an element that may match nothing)."""
    if not sequence or sequence[0][2] in ("?", "*") or sequence[0][2].startswith("{") or sequence[0][0] == "gap":
        return None
    kind, body, _ = sequence[0]
    if kind == "group":
        found = [_first_words(alt, classes) for alt in body]  # type: ignore[union-attr, arg-type]
        return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
    atom = str(body)
    if atom.startswith("@"):
        phrases = [phrase.split() for phrase in classes[atom[1:]]]
        return frozenset(_escape_text(words[0]) for words in phrases) if all(phrases) else None
    return frozenset(_escape_text(word) for word in atom.split("|")) if _WORDS_ONLY.fullmatch(atom) else None


def _item_at(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


# Characters a case-insensitive regular expression takes for an ASCII letter though their lower case is no such letter
# (tests/test_annotate_cheaper.py checks every character): a text holding one is always searched.
_FOLDED_APART = ("İ", "ı", "ſ")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # '\b', lookahead, lookbehind: they match no character


def leading_words(regexes: Sequence[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words of which every match of one of these (case-insensitive) regular expressions holds one:
    each one's leading literal word, or each of its leading alternatives' ('\\b(?:police|crime)\\s+…'); None when one
    of them starts with no word. A text whose lower case (``lowered_for_words``) holds none of them matches none."""
    found: set[str] = set()
    for regex in regexes:
        lead = _leading(list(_parser.parse(regex, re.I)))
        if lead is None:
            return None
        found |= lead
    return tuple(sorted(found))


def _leading(ops: list[tuple[object, object]]) -> set[str] | None:
    for i, (op, av) in enumerate(ops):
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            word = "".join(chr(code) for _, code in takewhile(lambda o: o[0] is sre.LITERAL, ops[i:])).lower()
            return {word} if word.isascii() else None
        if op is sre.SUBPATTERN:  # a group: its own parts, then what follows it
            return _leading(list(av[3]) + ops[i + 1:])  # type: ignore[index]
        if op is sre.BRANCH:
            leads = [_leading(list(branch) + ops[i + 1:]) for branch in av[1]]  # type: ignore[index]
            return None if any(lead is None for lead in leads) else set().union(*leads)  # type: ignore[arg-type]
        return None
    return None


def lowered_for_words(text: str) -> str | None:
    """The text lower-cased, to look for ``leading_words`` in; None when a character in it would make that
    unsafe (``_FOLDED_APART``)."""
    return None if any(c in text for c in _FOLDED_APART) else text.lower()
