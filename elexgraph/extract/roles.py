"""Roles: the offices and positions an article gives people, with the title as printed.

    Prime Minister Jane Smith            the former Newtown MP Jane Smith      Veteran MPs A and B
    Jane Smith, leader of X Council,     Jane Smith, a former chairman of the Y Party.
    Former deputy chairman of the party, Jane Smith, …                     (a title before the name)
    Jane Smith is now the MP for Newtown.      Jane Smith was re-elected as Mayor of Newtown.
    Jane Smith has been elected as Newtown's MP  (recorded as 'MP for Newtown')

Only titles that end in an office word (MP, councillor, leader, mayor, minister, secretary, …) count:
'farmer Jane Smith' or 'actor Jane Smith' are descriptions, and candidacies are facts of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from elexgraph.extract import register
from elexgraph.extract.document import Document, PersonMention
from elexgraph.facts import Fact, Role
from elexgraph.text import Sentence

_HEAD = (r"(?:MPs?|MEPs?|Euro-MPs?|[Cc]ouncillors?|[Ll]eaders?|[Mm]ayors?|[Mm]inisters?|[Ss]ecretary|[Ss]ecretaries|"
         r"police\s+and\s+crime\s+commissioner|[Cc]ommissioner|[Cc]hairman|[Cc]hairwoman|[Cc]hair|"
         r"chief\s+executive|[Pp]resident|[Cc]hancellor|peer|lecturer|professor|[Dd]irector|founder)")
# Words that can stand before an office word: capitalised names of places, parties and offices,
# and a few lowercase ones ('former', 'shadow health').
_MODIFIER = (r"(?:(?!(?:The|A|An|And|But|Or|As|In|On|At|Of|For|By|With|From|To|His|Her|Their|Its|This|That|New)\b)"
             r"[A-Z][\w'’-]*|former|current|outgoing|veteran|long-standing|longstanding|long-serving|shadow|deputy|"
             r"acting|interim|ex-|junior|senior|local|health|education|home|foreign|business|transport|justice|"
             r"culture|housing|defence|environment|treasury|cabinet|county|district|city|borough|parish|town|"
             r"council|party|group|opposition|chief|vice)")
_COMPLEMENT = (r"(?:\s+(?:of|for|at|in|on|since)\s+"
               r"(?:(?!(?:who|when|which|that|after|before|with|and\s+(?:has|had|was|is))\b)[\w'’&-]+\s*){1,10})")
_TITLE = rf"(?:{_MODIFIER}\s+)*{_HEAD}"
_BEFORE_NAME = re.compile(rf"(?<![\w'’-])(?P<role>{_TITLE})\s+$")
_AFTER_NAME = re.compile(rf"^,\s+(?:(?:a|an|the)\s+)?(?P<role>{_TITLE}{_COMPLEMENT}?)(?=\s*(?:[,.;]|$|\s+who\b|\s+[-–—]))")
_REVERSED = re.compile(rf"(?:^|(?<=[\s,]))(?P<role>{_TITLE}{_COMPLEMENT}?),\s+$")
_STATED = re.compile(rf"^\s*(?:,[^,]*,\s*)?(?:(?:is|was|has|have|had|been|now|also|since|then|become|became|becomes|"
                     rf"re-elected|elected|appointed|served|serves|serving|as|the)\s+)+"
                     rf"(?:(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+(?P<mp>MP)\b|(?P<role>{_TITLE}{_COMPLEMENT}?))")
_NOT_A_ROLE = re.compile(r"\bcandidates?\b", re.I)


def _singular(title: str) -> str:
    """'Former MPs' -> 'Former MP', for each of the people it stands before."""
    return re.sub(r"\b(MP|MEP|councillor|Councillor|leader|minister|mayor)s\b", r"\1", title)


def _has_modifier(title: str) -> bool:
    """A bare office word ('MP Jane Smith') says too little to record as a role."""
    return len(re.sub(r"\s+", " ", title).split()) > 1 and not re.fullmatch(_HEAD, title)


def _listed_after(doc: Document, sentence: Sentence, first: PersonMention) -> list[str]:
    """The people a plural title stands before: 'Veteran MPs A and B', 'Former MPs A, who…, and B'."""
    mentions = [m for m in doc.mentions_in(sentence) if m.start >= first.start]
    people = [first.person]
    for earlier, later in zip(mentions, mentions[1:]):
        between = doc.text[earlier.start + len(earlier.mention.text):later.start]
        if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*|,\s*(?:who|of)\b[^,]*,\s*and\s*", between):
            break
        people.append(later.person)
    return people


def _roles_at(doc: Document, sentence: Sentence, mention: PersonMention) -> Iterator[tuple[str, str]]:
    """(person, title) pairs the text around one name gives."""
    local = mention.start - sentence.start
    head, tail = sentence.text[:local], sentence.text[local + len(mention.mention.text):]
    before = _BEFORE_NAME.search(head)
    if before and _has_modifier(before.group("role")):
        title = before.group("role")
        people = _listed_after(doc, sentence, mention) if re.search(r"s$", title) else [mention.person]
        yield from ((person, _singular(title)) for person in people)
    reversed_title = _REVERSED.search(head)
    if reversed_title:
        yield mention.person, reversed_title.group("role")
    after = _AFTER_NAME.match(tail)
    if after:
        yield mention.person, after.group("role")
    stated = _STATED.match(tail)
    if stated and stated.group("mp"):
        yield mention.person, f"MP for {stated.group('place')}"
    elif stated and (_has_modifier(stated.group("role"))):
        yield mention.person, stated.group("role")


@register("roles", "1")
def extract(doc: Document) -> Iterator[Fact]:
    """Offices and positions given to named people."""
    seen: set[tuple[str, frozenset[str]]] = set()
    for sentence in doc.sentences:
        for mention in doc.mentions_in(sentence):
            if doc.in_quotation(mention.start):
                continue
            for person, title in _roles_at(doc, sentence, mention):
                title = title.strip()
                # 'Newtown mayor' and 'Mayor of Newtown' are one role.
                key = (person, frozenset(re.findall(r"\w+", title.lower())) - {"of", "the", "for", "at", "in"})
                if not _NOT_A_ROLE.search(title) and key not in seen:
                    seen.add(key)
                    yield Role(doc.evidence(sentence), "roles", person, title)
