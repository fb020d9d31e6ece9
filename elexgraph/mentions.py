"""Mentions in a sentence: people, parties, constituencies and figures.

Rule-based on purpose (see the README): party and seat gazetteers from
``elexgraph.reference`` plus the shape of a personal name — a run of capitalised
words, with the capitalised words that are not names (parties, places, offices,
months) peeled off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from elexgraph import reference

TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Councillor",
          "Coun", "Cllr", "Prof", "Professor", "Rev"}
FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"}
MALE_TITLES = {"Mr", "Sir", "Lord", "Baron"}

# Capitalised words that never form part of a person's name in this domain.
_NOT_NAME = set("""
The A An In On At Of For From To By With And But Or As After Before During Despite Meanwhile However Elsewhere
Although While When Where Who What Why How This That These Those There Here It Its He She They We You I His Her
Their Our My Your Mr Mrs Ms Former Ex Veteran Current Outgoing New Newly Incoming Shadow Prime Minister Secretary
Chancellor Home Foreign Deputy Leader Chairman Chair President Mayor Mayoral MP MPs MEP Euro Candidate Councillors
Council County District City Borough Town Parish Parliament Parliamentary House Commons Lords Government Cabinet
Party Parties Group Independent Independents Conservative Conservatives Tory Tories Labour Liberal Democrat Democrats
Lib Dem Dems Reform Green Greens UKIP Ukip SNP Plaid Brexit Socialist Coalition Union Unionist Alliance Workers
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December BBC ITV Sky News Radio Today Live Twitter Facebook Image Getty PA AFP Reuters Press
General Election Elections By Local Results Result Key Analysis Watch Listen Read Summary Published Breaking Full
UK England English Britain British Scotland Wales Ireland Northern Westminster London East West North South Midlands
Mid Upper Lower Greater Royal National Regional Chamber University College School Centre Center Hospital Police
Crime Commissioner Committee Office Department Ministry Authority Combined Leisure Conference Red Wall Covid Holocaust
Brexiter Brexiteer Islamists Tuesday's Thank Yes No Not Asked Speaking Announcing According Overall Turnout Votes Vote
Time Opposition
""".split())

_NAME_TOKEN = r"(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)*|[A-Z]\.?)"
_RUN = re.compile(rf"(?<![\w'’]){_NAME_TOKEN}(?:['’]s)?(?:\s+{_NAME_TOKEN}(?:['’]s)?)*")
# A few particles that stand inside names ("Ruth de Souza"); only kept between two name tokens.
_PARTICLE = re.compile(rf"({_NAME_TOKEN})\s+(de|van|von|da|del|der|den|le|la|bin|al)\s+(?={_NAME_TOKEN})")


@dataclass(frozen=True)
class Mention:
    kind: str  # person, party, seat
    text: str  # as printed
    start: int  # offset within the sentence
    end: int
    value: str  # the name it stands for: full person name, canonical party, official seat

    @property
    def title(self) -> str | None:
        first = self.text.split()[0].rstrip(".")
        return first if first in TITLES else None


@cache
def _place_words() -> frozenset[str]:
    words: set[str] = set()
    for seat in reference.constituencies():
        words.update(w for w in re.findall(r"[A-Z][a-z]+", seat.name))
        words.update(w for w in re.split(r"[; ]", seat.county) if w)
    words.update({"Derby", "Nottingham", "Leicester", "Lincoln", "Northampton", "Nottinghamshire", "Derbyshire",
                  "Leicestershire", "Lincolnshire", "Northamptonshire", "Rutland", "Beeston", "Worksop", "Retford",
                  "Hucknall", "Sutton", "Kirkby", "Ilkeston", "Long", "Eaton", "Matlock", "Buxton", "Glossop",
                  "Skegness", "Spalding", "Oakham", "Coalville", "Ashby", "Market", "Oadby", "Wigston", "Arnold",
                  "Carlton", "Hykeham", "Stamford", "Grantham", "Boston", "Bourne", "Sleaford"})
    return frozenset(words)


@cache
def _party_words() -> frozenset[str]:
    words: set[str] = set()
    for party in reference.parties():
        for form in (party.name, *party.aliases):
            words.update(re.findall(r"[A-Z][A-Za-z]+", form))
    return frozenset(words)


# Surnames that are also place or party words; kept when they end a name.
_SURNAME_OK = {"Green", "Holland", "Bourne", "Long", "Boston", "Stamford", "Sutton", "Carlton", "Arnold", "Mann",
               "Market", "Grantham", "Derby", "Lincoln", "Ashby", "Eaton", "Wells", "Hill", "Wood", "Forest"}


def _stop(token: str, *, last: bool) -> bool:
    bare = re.sub(r"['’]s$", "", token)
    if re.match(r"(?:Ex|Former|Anti|Pro)-", bare):
        return True  # 'Ex-Tory Jane Smith': a description before the name
    if bare in _NOT_NAME or bare.upper() == bare and len(bare) > 1:
        return True
    if last and bare in _SURNAME_OK:
        return False
    return bare in _place_words() or bare in _party_words()


@cache
def _party_names() -> frozenset[str]:
    """Words that name a party on their own ('Labour', 'Tory'), not just as part of a longer name."""
    return frozenset(form for party in reference.parties() for form in (party.name, *party.aliases) if " " not in form)


def _first_name_ok(token: str, following: str | None) -> bool:
    """A word of a longer party name can open a person's name ('Christian Smith'), when no party word follows."""
    bare = re.sub(r"['’]s$", "", token)
    return (following is not None and bare in _party_words() and bare not in _party_names()
            and bare not in _NOT_NAME and bare not in _place_words() and following not in _party_words())


def person_mentions(sentence: str) -> list[Mention]:
    """People named in a sentence: 'Labour's Ann Example' gives 'Ann Example', 'Mr Roe' gives 'Mr Roe'."""
    out: list[Mention] = []
    text = _PARTICLE.sub(lambda m: m.group(0).replace(" ", "\u00a0", 2), sentence)
    # Live pages run a heading into its time ('…says Ann Examplepublished at 10:50'): blank it, same length.
    text = re.sub(r"(?<=[a-z])published(?= at \d)", lambda m: " " * len(m.group(0)), text)
    for run in _RUN.finditer(text):
        tokens = [(m.group(0), run.start() + m.start()) for m in re.finditer(r"\S+", run.group(0))]
        out.extend(_names_in_run(sentence, tokens))
    return out


def _names_in_run(sentence: str, tokens: list[tuple[str, int]]) -> list[Mention]:
    names: list[Mention] = []
    group: list[tuple[str, int]] = []
    for i, (token, offset) in enumerate(tokens):
        bare = token.rstrip(".")
        possessive = bool(re.search(r"['’]s$", token))
        if bare in TITLES and not group:
            group.append((token, offset))
            continue
        is_last = i == len(tokens) - 1 or possessive
        following = tokens[i + 1][0] if i + 1 < len(tokens) and not possessive else None
        if _stop(token.replace("\u00a0", " ").split()[0], last=is_last and bool(group)) and not (
                group and group[-1][0].rstrip(".") in TITLES) and not (not group and _first_name_ok(token, following)):
            names.extend(_as_person(sentence, group))
            group = []
            continue
        group.append((token, offset))
        if possessive:
            names.extend(_as_person(sentence, group))
            group = []
    names.extend(_as_person(sentence, group))
    return names


def _as_person(sentence: str, group: list[tuple[str, int]]) -> list[Mention]:
    if not group:
        return []
    titled = group[0][0].rstrip(".") in TITLES
    body = group[1:] if titled else group
    if not body or (not titled and len(body) < 2) or len(body) > 4:
        return []
    if any(len(t.rstrip(".")) == 1 for t, _ in body[-1:]):
        return []  # ends in an initial: not a name as printed
    start = group[0][1]
    last, last_offset = group[-1]
    end = last_offset + len(re.sub(r"['’]s$", "", last))
    printed = sentence[start:end]
    value = " ".join(t for t, _ in body)
    value = re.sub(r"['’]s$", "", value).replace("\u00a0", " ")
    return [Mention("person", printed, start, end, value)]


@cache
def _party_pattern() -> re.Pattern[str]:
    """Party names safe to look for in running prose (no one- to three-letter abbreviations)."""
    forms: set[str] = set()
    for party in reference.parties():
        for form in (party.name, *party.aliases):
            if len(form) > 3 or form in {"SNP", "SDP", "BNP"}:
                forms.add(form)
    forms.discard("an independent")
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:the\s+)?({alternatives})(?:['’]s?)?(?![\w-])")


def party_mentions(sentence: str) -> list[Mention]:
    out = []
    for m in _party_pattern().finditer(sentence):
        party = reference.party_named(m.group(1))
        if party is None:
            continue
        if m.group(1) in {"Independent", "Independents", "Green", "Reform"} and re.match(
                r"\s+(?:Group|candidates?\s+for|Party\s+of)\b", sentence[m.end():]) is None and _inside_other_party(sentence, m):
            continue
        out.append(Mention("party", m.group(0), m.start(), m.end(), party.name))
    return out


def _inside_other_party(sentence: str, m: re.Match[str]) -> bool:
    """'Ashfield Independents', 'Mansfield Independents': the word belongs to a longer party name."""
    before = sentence[:m.start()].rstrip()
    prev = re.search(r"([A-Z][a-z]+)$", before)
    return bool(prev and prev.group(1) in _place_words())


@cache
def _seat_pattern() -> re.Pattern[str]:
    forms: set[str] = set()
    for seat in reference.constituencies():
        forms.add(seat.name)
        forms.add(seat.name.replace(" and ", " & "))
        forms.add(seat.short_name)
        words = seat.name.split()
        if words[0] in {"North", "South", "East", "West", "Mid", "Central"} or " ".join(words[:2]) in {
                "North East", "North West", "South East", "South West"}:
            compass = [w for w in words if w in {"North", "South", "East", "West", "Mid"}]
            rest = [w for w in words if w not in compass]
            forms.add(" ".join(rest + compass))  # "Derbyshire North East"
            if len(compass) == 2:
                forms.add(compass[0][0] + compass[1][0] + " " + " ".join(rest))  # "NE Derbyshire"
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})(?:['’]s)?\b")


def seat_mentions(sentence: str, year: int | None) -> list[Mention]:
    """Constituencies named in a sentence, as official names for the boundaries in force in `year`."""
    out = []
    for m in _seat_pattern().finditer(sentence):
        seat = reference.constituency_named(m.group(1), year, allow_short=True)
        if seat is None:
            continue
        out.append(Mention("seat", m.group(1), m.start(), m.start() + len(m.group(1)), seat.name))
    return out


NUMBER = r"\d{1,3}(?:[,.]\d{3})+|\d+"


def to_int(text: str) -> int:
    """'24,163' and the misprinted '4.287' are both thousands; '17570' is plain."""
    return int(re.sub(r"[,.]", "", text))


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    if w in {"he", "him", "his", "himself"}:
        return "m"
    if w in {"she", "her", "hers", "herself"}:
        return "f"
    return None
