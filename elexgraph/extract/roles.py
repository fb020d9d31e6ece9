"""Roles: the offices and positions an article gives people, with the title as printed.

    Prime Minister Jane Smith            the former Newtown MP Jane Smith      Veteran MPs A and B
    Jane Smith, leader of X Council,     Jane Smith, a former chairman of the Y Party.
    Former deputy chairman of the party, Jane Smith, …                     (a title before the name)
    Jane Smith is now the MP for Newtown.      Jane Smith was re-elected as Mayor of Newtown.
    Jane Smith has been elected as Newtown's MP  (recorded as 'MP for Newtown')
    Jane Smith, who had been the MP for Newtown  ('former MP for Newtown')
    X, a party set up by Jane Smith  ('founder of X')        Jane Smith, who sits in the Lords
    Councillors A, B and C  ('Newtown District councillor', from the council the article names)
    The winner of the article's own contest, when it reports only a few: 'MP for Newtown', 'Mayor of Newtown'

Only titles that end in an office word (MP, councillor, leader, mayor, minister, secretary, …) count:
'farmer Jane Smith' or 'actor Jane Smith' are descriptions, and candidacies are facts of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from elexgraph.extract import register
from elexgraph.extract.document import Document, PersonMention
from elexgraph.extract.merge import merge_facts
from elexgraph.facts import Fact, Role, SeatResult
from elexgraph.text import Sentence

_HEAD = (r"(?:MPs?|MEPs?|Euro-MPs?|[Cc]ouncillors?|[Ll]eaders?|[Mm]ayors?|[Mm]inisters?|[Ss]ecretary|[Ss]ecretaries|"
         r"police\s+and\s+crime\s+commissioner|[Cc]ommissioner|[Cc]hairman|[Cc]hairwoman|[Cc]hair|"
         r"chief\s+executive|[Pp]resident|[Cc]hancellor|peer|lecturer|professor|[Dd]irector|founder)")
# Words that can stand before an office word: capitalised names of places, parties and offices,
# and a few lowercase ones ('former', 'shadow health').
_MODIFIER = (r"(?:(?!(?:The|A|An|And|But|Or|As|In|On|At|Of|For|By|With|From|To|His|Her|Their|Its|This|That|New)\b)"
             r"[A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?|former|current|outgoing|veteran|long-standing|longstanding|long-serving|shadow|deputy|"
             r"acting|interim|ex-|junior|senior|local|health|education|home|foreign|business|transport|justice|"
             r"culture|housing|defence|environment|treasury|cabinet|county|district|city|borough|parish|town|"
             r"council|party|group|opposition|chief|vice)")
_COMPLEMENT = (r"(?:\s+(?:of|for|at|in|on|since)\s+"
               r"(?:(?!(?:who|when|which|that|after|before|with|and\s+(?:has|had|was|is))\b)[\w'’&-]+\s*){1,10})")
_TITLE = rf"(?:{_MODIFIER}\s+)*{_HEAD}"
_BEFORE_NAME = re.compile(rf"(?<![\w'’-])(?P<role>{_TITLE})\s+$")
_AFTER_NAME = re.compile(rf"^,\s+(?:(?:a|an|the)\s+)?(?P<role>{_TITLE}{_COMPLEMENT}?)(?=\s*(?:[,.;]|$|\s+who\b|\s+[-–—]))")
_REVERSED = re.compile(rf"(?:^|(?<=[\s,]))(?P<role>{_TITLE}{_COMPLEMENT}?),\s+$")
_STATED = re.compile(rf"^\s*(?:,[^,]*,\s*)?,?\s*(?:(?:who|is|was|has|have|had|been|now|also|since|then|become|became|becomes|"
                     rf"re-elected|elected|appointed|served|serves|serving|as|the)\s+)+"
                     rf"(?:(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+(?P<mp>MP)\b|(?P<role>{_TITLE}{_COMPLEMENT}?))")
_NOT_A_ROLE = re.compile(r"\bcandidates?\b", re.I)
_FOUNDED_BY = re.compile(r"(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),\s+(?:a|the)\s+(?:\w+\s+)?"
                         r"(?:party|group|movement|campaign)\s+(?:set\s+up|founded|formed|launched|started)\s+by\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}$")
_SITS_IN = re.compile(r"^,?[^.;]*?\bwho\s+(?:now\s+|also\s+)?sits\s+in\s+the\s+(?P<house>House\s+of\s+Lords|Lords)\b")
_COUNCILLORS_BEFORE = re.compile(r"\b(?:Councillors?|Cllrs?\.?)\s+$")
_COUNCIL = re.compile(r"\b(?:(?:The|All|Both|Some|Many|Several|Other|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+)?"
                      r"(?P<place>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*\s+(?:District|Borough|County|City))\s+[Cc]ouncil")
_GROUP = re.compile(r"\b(?P<group>(?:[A-Z][\w'’-]*\s+){1,4}Group)\b")
# A bare title that names its body only through the article: 'Council leader', 'Group leader'.
_BARE_LEADER = re.compile(r"^(?:(?P<council>[Cc]ouncil)|(?P<group>[Gg]roup))\s+leader$")
_FEW_CONTESTS = 3  # a round-up of many results reports winners, not the offices they now hold


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
    # A title before the name starts after the person named before it ('A and Group leader B').
    floor = max((m.start - sentence.start + len(m.mention.text) for m in doc.mentions_in(sentence)
                 if m.start < mention.start), default=0)
    before = _BEFORE_NAME.search(head[floor:])
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
        past = re.search(r"\bwho\s+had\s+been\b", stated.group(0)) and not re.match(r"former\b", stated.group("role"))
        yield mention.person, ("former " if past else "") + stated.group("role")
    founded = _FOUNDED_BY.search(head)
    if founded:
        yield mention.person, f"founder of {founded.group('org')}"
    sits = _SITS_IN.match(tail)
    if sits and not _named_between(doc, sentence, mention, mention.start + len(mention.mention.text) + sits.end()):
        yield mention.person, "member of the House of Lords"
    council = _council_named(doc)
    if council and _COUNCILLORS_BEFORE.search(head):
        yield from ((person, f"{council} councillor") for person in _listed_after(doc, sentence, mention))


def _named_between(doc: Document, sentence: Sentence, mention: PersonMention, end: int) -> bool:
    """Whether someone else is named after `mention` and before `end`: a clause there is about them."""
    return any(mention.start < other.start < end for other in doc.mentions_in(sentence))


def _council_named(doc: Document) -> str | None:
    """The council an article is about, as its first mention names it ('Newtown District')."""
    found = _COUNCIL.search(doc.text)
    return found.group("place") if found else None


def _with_body(doc: Document, title: str) -> str:
    """'Council leader' and 'Group leader' say which body only through the article, which names it
    elsewhere: 'leader of Newtown District Council', 'leader of the Newtown Independents Group'."""
    bare = _BARE_LEADER.match(title)
    if bare and bare.group("council") and _council_named(doc):
        return f"leader of {_council_named(doc)} Council"
    group = _GROUP.search(doc.text) if bare and bare.group("group") else None
    return f"leader of the {group.group('group')}" if group else title


def _offices_won(doc: Document) -> Iterator[Role]:
    """The office each winner of the article's own contests now holds, when it reports only a few contests."""
    won = [fact for fact in merge_facts(doc.found) if isinstance(fact, SeatResult) and fact.winner
           and (fact.election.kind, fact.election.year) == (doc.election.kind, doc.election.year)]
    if len(won) > _FEW_CONTESTS or doc.election.kind == "local":
        return
    for result in won:
        office = f"Mayor of {result.constituency}" if result.election.kind == "mayoral" else f"MP for {result.constituency}"
        yield Role(result.evidence, "roles", result.winner, office)


@register("roles", "2")
def extract(doc: Document) -> Iterator[Fact]:
    """Offices and positions given to named people."""
    seen: dict[str, list[frozenset[str]]] = {}
    for role in [*_stated_roles(doc), *_offices_won(doc)]:
        # 'Newtown mayor' and 'Mayor of Newtown' are one role, and 'MP for Newtown' is part of
        # 'MP for Newtown since 2010'.
        words = frozenset(re.findall(r"\w+", role.title.lower())) - {"of", "the", "for", "at", "in"}
        if not _NOT_A_ROLE.search(role.title) and not any(words <= known for known in seen.get(role.person, [])):
            seen.setdefault(role.person, []).append(words)
            yield role


def _stated_roles(doc: Document) -> Iterator[Role]:
    for sentence in doc.sentences:
        for mention in doc.mentions_in(sentence):
            if doc.in_quotation(mention.start):
                continue
            for person, title in _roles_at(doc, sentence, mention):
                yield Role(doc.evidence(sentence), "roles", person, _with_body(doc, title.strip()))
