"""The words of results prose: verbs of winning, losing and placing, figures, and what they say."""

from __future__ import annotations

import re

from elexgraph import reference
from elexgraph.mentions import NUMBER as _NUMBER, party_mentions

NUMBER = rf"(?:{_NUMBER})"

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|6th)"
_NOT_A_PLACE = r"(?!\s*(?:last|-last|consecutive|successive|time|term|largest|biggest|highest|lowest|round|preference))"
_RANK_VERB = (r"\b(?:came|come|comes|coming|finished|finish|finishes|finishing|was|were|is|placed|trailed|trailing|"
              r"ended|ending|limped|limping|took|taking|pushed|pushing|beaten|relegated)")
RANK = re.compile(
    rf"{_RANK_VERB}\s+(?:(?:up|in|at|into|a|an|the|strong|distant|close|respectable|poor|embarrassing|embarassing|"
    rf"creditable|surprise|solid|narrow|runaway|clear|comfortable|overall)\s+)*(?P<ord>{ORD}){_NOT_A_PLACE}\b"
    rf"|\binto\s+(?:an?\s+)?(?:\w+\s+)?(?P<ord2>{ORD})\s+place\b"
    rf"|\b(?P<ord3>{ORD})\s+place\b", re.I)
RESPECTIVELY = re.compile(rf"\b((?:{ORD})(?:\s*,\s*{ORD})*\s*,?\s+and\s+{ORD})\s+respectively\b", re.I)
RUNNER_UP = re.compile(r"\b(?:nearest|closest)\s+(?:rival|challenger)\b|\brunner-?up\b", re.I)

SHARE = re.compile(r"(?P<share>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)")
SHARE_NOT = re.compile(r"(?:\bby|\bdrop|\bdropped|\bfell|\bfall|\brise|\brose|\bup|\bdown|\bswing|\bturnout\s+(?:was|of)|"
                       r"\bfrom|\bthan|\bto\s+Labour|\bincrease|\bdecrease)\s+(?:of\s+)?(?:nearly\s+|almost\s+|about\s+|"
                       r"around\s+|just\s+|over\s+|more\s+than\s+|less\s+than\s+)?$", re.I)
QUALIFIER = r"(?:(?:a|an|just|only|about|around|almost|nearly|roughly|some|more\s+than|over|under|just\s+under|" \
            r"just\s+over|fewer\s+than|less\s+than|a\s+whopping|a\s+mere|whopping|mere|slim|narrow|huge|massive|" \
            r"comfortable|healthy|reduced|increased|wafer-thin|small)\s+)*"
MAJORITY = re.compile(
    rf"\bmajority\s+(?:of|was|is|stood\s+at|to)\s+{QUALIFIER}(?P<a>{NUMBER})(?!\s*(?:%|per\s?cent))"
    rf"|\bmajority\b[^.;]*?\bfrom\s+{QUALIFIER}{NUMBER}\s+to\s+{QUALIFIER}(?P<d>{NUMBER})"
    rf"|\bmajority\s+to\s+its\s+(?:\w+\s+){{0,3}}?of\s+(?P<e>{NUMBER})"
    rf"|(?P<b>{NUMBER})(?:-vote|\s+vote)?\s+majority"
    rf"|\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeating|held|holds|retained|retains|took|takes|"
    rf"lost|loses|losing)\b"
    rf"[^.;]*?\bby\s+{QUALIFIER}(?P<c>{NUMBER})\s+votes", re.I)
MORE_THAN = re.compile(rf"{QUALIFIER}(?P<n>{NUMBER})\s+(?:votes\s+)?more\s+than\s+$", re.I)
BEHIND = re.compile(rf"{QUALIFIER}(?P<n>{NUMBER})\s+votes\s+(?:behind|short\s+of)\s+$", re.I)
PAST_MAJORITY = re.compile(r"\b(?:overc[ao]me|overturn\w*|previous|former|defend\w*|inherited|notional)\b[^.;]*$", re.I)

VOTES_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?votes?\b", re.I)
VOTES_BEFORE = re.compile(
    r"(?:\b(?:got|gets|get|getting|polled|polls|polling|received|receiving|receives|secured|securing|secures|"
    r"achieved|achieving|gained|gaining|won|winning|claimed|claiming|attracted|garnered|collected|took|taking|"
    r"picked\s+up|scored|tallied|on|with|had)\s+(?:a\s+total\s+of\s+|some\s+|just\s+|only\s+)?"
    rf"|['’]s\s+|\b{ORD}\s+(?:place\s+)?(?:with|on)\s+)$", re.I)

_WIN = (r"\b(?:won|wins|win|winning|took|takes|take|taking|taken|gained|gains|gain|gaining|claimed|claims|claim|held|holds|"
        r"holding|hold|retained|retains|retain|retaining|kept|keeps|keep|regained|regains|reclaimed|reclaims|reclaim|"
        r"captured|captures|seized|seizes|snatched|snatches|elected|re-elected|returned|beat|beats|beating|defeated|"
        r"defeats|defeat|defeating|overcame|overcomes|pushing|pushed|ousted|ousts|unseated|unseats|toppled|topples|"
        r"becomes|became|declared|clinched|secured|eased|cruised|romped|swept|is(?=\s+(?:now\s+)?the\s+(?:[\w'’]+\s+){0,3}?MP\b))\b")
_WIN_RE = re.compile(_WIN, re.I)
_NOT_WIN = re.compile(r"\b(?:took|taken|takes|taking)\s+over\b|\b(?:held|holding|holds|hold)\s+(?:the\s+|his\s+|her\s+)?"
                      r"(?:seat\s+)?(?:since|from|for\s+\d|until|between)\b|\bwrongly|\bmistakenly|\bincorrectly|"
                      r"\bwin\s+(?:back|support)|\bseats\b", re.I)
_GAIN = re.compile(r"\b(?:gained|gains|gain|gaining|regained|regains|reclaimed|reclaims|reclaim|captured|captures|"
                   r"seized|seizes|snatched|snatches|ousted|unseated|toppled)\b", re.I)
_HOLD = re.compile(r"\b(?:held|holds|holding|hold|retained|retains|retain|retaining|kept|keeps|keep|re-elected|"
                   r"defended|defends)\b|\bconsecutive\s+time\b|\bstays\b|\bremains\b", re.I)
FROM = re.compile(r"\bfrom\s+(?:[\w-]+[\s,]+){0,6}?$", re.I)
LOSE = re.compile(r"\b(?:lost|loses|lose|losing)\b(?!\s+(?:his|her|their|its)\s+deposits?)|\b(?:(?:defeated|beaten|"
                  r"losing)\s+(?:[A-Z][\w ]*?\s+)?(?:candidate|MP|challenger)|(?:was|were|been|being)\s+(?:also\s+|narrowly\s+|"
                  r"heavily\s+)?(?:defeated|beaten|ousted|unseated))\b", re.I)
LOST_TO = re.compile(r"\bto\s+$", re.I)
PASSIVE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is)\s+(?:won|taken|gained|held|retained|"
                     r"claimed|captured|kept|seized)\s+by\s+", re.I)
BEAT = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|defeat|defeating|pushing|pushed|ousted|ousts|unseated|"
                  r"unseats|toppled|over|ahead\s+of)\s+(?:[\w-]+[\s,]+){0,5}?$", re.I)
INCUMBENT_BEFORE = re.compile(r"\b(?:incumbent|sitting|outgoing)\s+(?:\w+\s+){0,2}$", re.I)
INCUMBENT = re.compile(r"\b(?:held|had\s+held|has\s+held)\s+the\s+seat\s+(?:since|from|for)\b|\bMP\s+(?:of|for)\s+\d+\s+years\b|"
                       r"\bMP\s+since\b|\bvacates?\b|\brepresentative\b[^.;]*\bsince\b|^\W*(?:the\s+)?incumbent\b|"
                       r"\bwas\s+(?:first\s+)?elected\s+(?:in|at)\b", re.I)
DEFENDING = re.compile(r"\b(?:his|her|their)\s+seat\b", re.I)
_YEAR_IN = re.compile(r"\b(?:in|at\s+the)\s+((?:19|20)\d\d)\b(?!\s*[-–])|\b((?:19|20)\d\d)\s+(?:general\s+)?election\b", re.I)
NOT_RESULT = re.compile(r"\bcontrol\b|\bcouncil\b|\bcouncillors?\b|\bward\b|\boverall\b|\breferendum\b|\bpolls?\s+suggest",
                        re.I)
_MAYOR = re.compile(r"\b(?:Mayor|mayor)\s+(?:of|for)\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                    r"|\b(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)(?:['’]s)?"
                    r"(?:\s+(?:first|new|next|directly|elected|directly-elected|city))*\s+(?:[Mm]ayor(?:alty)?|[Mm]ayoral)\b")
OTHER_PARTY = re.compile(r"\b(?:from|for|of)\s+the\s+(?P<p>(?:[A-Z][\w'’]*\s+)(?:(?:[A-Z][\w'’]*|and|&|for|of)\s+)*"
                         r"(?:Party|Coalition|Alliance|Movement|Front|League|Independents|Group|Union))\b")
DESCRIPTION = re.compile(r"\bthe\s+(?P<party>[A-Z][\w ]*?)\s+(?:candidate|MP|challenger|incumbent|contender|"
                         r"[A-Z][a-z]+er)\s*$", re.I)
PRONOUN = re.compile(r"^\W*(?:(?:In\s+fact|Meanwhile|However|Instead)\s*,?\s*)?(?P<p>he|she|his|her)\b", re.I)
THE_PARTY = re.compile(r"^\W*(?:In\s+fact\s+|Meanwhile\s*,?\s*)?the\s+party\b", re.I)
THE_SEAT = re.compile(r"\b(?:the|this|his|her|their|its)\s+(?:[\w-]+\s+)?(?:seat|constituency)\b|"
                      r"\b(?:won|gained|took|taken|held|kept|retained|claimed)\s+it\b|\bthe\s+(?:by-?election|"
                      r"contest|race|count)\b", re.I)
RELATIONAL = re.compile(r"\b(?:husband|wife|partner|widow|widower|son|daughter|brother|sister|father|mother|friend|"
                        r"friends|set\s+up\s+by|founded\s+by|led\s+by|married\s+to|of|under|insider)\b[^,]*$", re.I)
APPOSITION_PARTY = re.compile(r"^\s*(?:of|for)\s+(?:the\s+)?(?P<p>.+?)\s*$|^\s*(?:a|an)\s+(?:former\s+)?(?P<q>[A-Z][\w ]*?)"
                              r"(?:\s+(?:MP|candidate|councillor|member|who|and)\b|\s*$)")
STOOD = re.compile(r"\b(?:stood|standing|stands|ran|running)\s+(?:[\w ]*?\s+)?(?:for|as)\s+(?:an?\s+|the\s+)?(?P<p>[A-Za-z][\w ]*)")

GAIN_FROM = re.compile(r"\b(?:won|wins|took|takes|taking|taken|gained|gains|gain|claimed|captured|seized|snatched|"
                       r"regained|reclaimed)\b[^.;]*\bfrom\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|should|predict\w*|expect\w*|hop(?:e|ed|ing)|bid\s+to|aim\w*|"
                           r"tipped|likely|if|whether|target\w*|want\w*|tried|trying|attempt\w*|failed)\b[^,;]*$", re.I)


def party_at_start(text: str) -> str | None:
    words = text.split()
    for n in range(min(len(words), 6), 0, -1):
        party = reference.party_named(" ".join(words[:n]))
        if party:
            return party.name
    return None


def strip_party(text: str) -> str:
    """'beat Labour's ' reads as 'beat ': party words before a name are not part of the verb phrase."""
    stripped = text
    for m in reversed(party_mentions(text)):
        stripped = stripped[:m.start] + stripped[m.end:]
    return re.sub(r"\b(?:candidate|MP|former|[a-z]+er)\s+$", "", re.sub(r"\s+", " ", stripped).rstrip() + " ").rstrip() + " "


def first_verb(part: str) -> re.Match[str] | None:
    wins = win_verbs(part)
    candidates = [m for m in (wins[0] if wins else None, LOSE.search(part), RANK.search(part),
                              re.search(r"\b(?:got|polled|received|secured|achieved|was|were|is|has|had|finished|came)\b",
                                        part)) if m]
    return min(candidates, key=lambda m: m.start()) if candidates else None


def win_verbs(part: str) -> list[re.Match[str]]:
    """The verbs of winning in a clause, leaving out what only might have happened."""
    found = []
    losses = [(x.start(), x.end()) for x in LOSE.finditer(part)]
    for m in _WIN_RE.finditer(part):
        if _HYPOTHETICAL.search(part[max(0, m.start() - 40):m.start()]) or any(a <= m.start() < b for a, b in losses):
            continue
        window = part[max(0, m.start() - 12):m.end() + 30]
        if _NOT_WIN.search(window) and not re.search(r"\bseats\b", window[:10]):
            continue
        word = m.group(0).lower()
        if word in ("declared", "becomes", "became", "is") and not re.search(
                r"^(?:declared\s+(?:the\s+)?winner|(?:becomes|became|is)\s+(?:now\s+)?(?:[\w'’]+\s+){0,4}?MP\b)",
                part[m.start():]):
            continue
        if word in ("secured", "clinched", "eased", "cruised", "romped", "swept") and not re.search(
                r"\bvictory|\bwin\b|\bthe\s+seat", part[m.end():m.end() + 40]):
            continue
        if word in ("returned",) and not re.search(r"\bthrough|\bas\s+MP", part[m.end():]):
            continue
        if word in ("take", "taking", "took", "takes", "taken", "claimed", "claims", "claim", "kept", "keep", "keeps",
                    "win", "won", "wins", "winning") and not re.search(
                r"^\s+(?:(?:the|his|her|their|a|back|this)\s+(?:[\w'’-]+\s+){0,3}?(?:seat|constituency|by-?election|"
                r"election|race|contest|victory)\b|(?:the\s+)?[A-Z]|(?:it|for|in|by|with|from|comfortably|easily|narrowly|"
                r"again|re-?election|handsomely|convincingly)\b)", part[m.end():]):
            continue
        found.append(m)
    return found

def outcome_in(part: str) -> str | None:
    if _GAIN.search(part) or GAIN_FROM.search(part):
        return "gain"
    if _HOLD.search(part):
        return "hold"
    return None


def party_for(part: str) -> str | None:
    """'won for Labour', 'held the seat for the Tories'."""
    found = re.search(r"\b(?:won|wins|win|held|holds|retained|retains|took|takes|kept|keeps|seat|elected|re-elected)"
                      r"(?:\s+[\w'’-]+){0,5}?\s+for\s+(?:the\s+)?(?P<p>[A-Z][\w ]*)"
                      r"|\b(?:elected|re-elected|won|stood|standing)\s+as\s+(?:an?\s+|the\s+)?(?P<q>[A-Z][\w ]*)"
                      r"|\bis\s+(?:now\s+)?the\s+(?:(?:last|only|new|first)\s+)?(?P<r>[A-Z][\w ]*?)\s+MP\b", part)
    if found and found.group("r"):
        return party_at_start(found.group("r"))
    if found and found.group("q"):
        return party_at_start(found.group("q"))
    return party_at_start(found.group("p")) if found else None


def mayoralty_in(part: str) -> str | None:
    """The place whose mayoralty a clause is about ('re-elected as Mayor of Anytown', 'keeps the
    Anytown mayoral seat'); a title before a name ('Paris Mayor Amy Lark') is not one."""
    found = _MAYOR.search(part)
    if not found or re.match(r"\s+[A-Z]", part[found.end():]) or not re.search(
            rf"{_WIN}|\b(?:lost|defeated|stood|standing|bid|race|election|contest)\b", part[:found.start()], re.I):
        return None
    place = re.sub(r"['’]s$", "", found.group("a") or found.group("b"))
    words = place.split()
    while words and (reference.party_named(words[0]) or words[0] in {"The", "New", "Labour's", "Tory"}):
        words = words[1:]
    return " ".join(words) or None


def year_named(part: str, latest: int) -> int | None:
    """The year of a past election a clause names ('in 2019', 'the 2017 election'), up to `latest`."""
    found = _YEAR_IN.search(part)
    if not found:
        return None
    year = int(found.group(1) or found.group(2))
    return year if year <= latest else None
