"""Results printed as lists, found once whatever their shape.

A line is recognised by its parts, in any order and punctuation: a candidate's name, a party, the
votes, a share, a change in share ('Jane Roe (Lab) 17,267 (48.4%, +9.7%)', 'Jane Roe, Labour 24,163',
'• Jane Roe (Con) : 12,708', 'CON Jane Roe 12,345', 'Jane Roe | Labour | 12,345 | 48.4%',
'Labour - 18,009' (a party-only line), 'Jane Roe: 9,839' (no party)). Two or more such lines in a
row are one contest, placed by the heading above them (a seat, 'Corby by-election result') and read
with the lines below that declare its majority and outcome ('Lab majority 1,654', 'Con gain from
Lab'). A sentence listing three or more candidates with their figures is a list too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from elexgraph import reference
from elexgraph.annotate.document import Document, Sentence
from elexgraph.annotate.lexicon import titles, words
from elexgraph.annotate.sentences import Paragraph
from elexgraph.annotate.tokens import count_value, decimal_value

_NUMBER = r"\d{1,3}(?:[,'’.]\d{3})+|\d+"
_SHARE = r"\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent)"
_CHANGE = r"[+\-−±]\s?\d{1,3}(?:\.\d+)?\s*%?"
# The figures at the end of a line: votes, then a share and a change, bracketed or not.
_FIGURES = re.compile(rf"""(?P<votes>{_NUMBER})(?:\s*votes?)?
    (?:\s*[,;(|]?\s*(?P<share>{_SHARE})(?:\s*[,;|]?\s*(?P<change>{_CHANGE}))?\s*\)?)?\s*[.;,]?\s*$""", re.X | re.I)
_LEADING_FIGURES = re.compile(rf"^(?P<votes>{_NUMBER})\s+(?:votes\s+)?")
_CELLS = re.compile(r"\s*(?:\||\t)\s*")
_SEPARATOR = re.compile(r"\s*(?:[:|,]|\s[–—-]\s?|[–—])\s*$")
_BRACKET_PARTY = re.compile(r"^(?P<name>.+?)\s*\((?P<party>[^()]{1,60})\)$")
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|de|van|von|da|del|der|le|la|bin|al|di|du)$")
MAX_LINE_CHARS = 160
HEADING_LINES = 3  # how far above a list its heading may stand
HEADING_WORDS = 15  # a longer line is the story, not a heading


@dataclass(frozen=True)
class ResultLine:
    start: int  # article offsets of the line (or of the item, in a sentence)
    end: int
    name: str | None  # the candidate as printed; None on a party-only line
    party: str | None  # the party as printed
    votes: int
    share: float | None
    change: float | None
    paragraph: int


@dataclass
class ResultBlock:
    lines: list[ResultLine]  # candidates' lines, in printed order
    party_lines: list[ResultLine]
    heading: list[Paragraph] = field(default_factory=list)  # the lines above that place the contest
    footer: list[Paragraph] = field(default_factory=list)  # majority and outcome lines below
    inline: bool = False  # listed inside a sentence
    majority: int | None = None
    outcome: str | None = None
    outcome_party: str | None = None
    previous_party: str | None = None

    @property
    def complete(self) -> bool:
        """Every candidate is listed: a list of lines, not a sentence naming some; shares, where all are
        printed, adding up to nearly everything."""
        if self.inline or not self.lines:
            return False
        shares = [line.share for line in self.lines]
        return None in shares or sum(shares) >= 90  # type: ignore[arg-type]

    @property
    def paragraphs(self) -> set[int]:
        return {line.paragraph for line in self.lines + self.party_lines}


def _is_name(text: str) -> bool:
    parts = text.split()
    if not parts or len(parts) > 6 or re.search(r"\d", text) or reference.party_named(text):
        return False
    lead = parts[0].rstrip(".")
    if lead in titles():
        parts = parts[1:]
    elif len(parts) < 2 and not lead.isupper():
        return False
    return bool(parts) and all(_NAME_WORD.match(p) for p in parts) and not parts[-1].islower()


def _is_party(text: str) -> bool:
    return bool(text) and len(text.split()) <= 8 and bool(re.match(r"[A-Z(]", text)) and not re.search(r"\d{3}", text)


def _split_name_party(text: str) -> tuple[str | None, str | None] | None:
    """The name and the party of a line's words, whichever way round they are printed."""
    fillers = "|".join(map(re.escape, words("list_fillers")))
    text = re.sub(rf"^(?:{fillers})\s+|\s+(?:{fillers})$", "", text.strip(), flags=re.I)
    text = _SEPARATOR.sub("", text).strip()
    cells = [c for c in _CELLS.split(text) if c]
    if len(cells) == 2:
        return (cells[0], cells[1]) if _is_name(cells[0]) and _is_party(cells[1]) else None
    bracket = _BRACKET_PARTY.match(text)
    if bracket:
        return (bracket.group("name"), bracket.group("party")) if _is_name(bracket.group("name")) else None
    for separator in (r",\s+", r"\s+[–—-]\s+", r"\s*:\s+"):
        pieces = re.split(separator, text, maxsplit=1)
        if len(pieces) == 2:
            name, party = pieces
            if _is_name(name) and _is_party(party):
                return name, party
            if _is_name(party) and reference.party_named(name):
                return party, name  # 'Labour: Jane Roe'
    first, _, rest = text.partition(" ")
    if first.isupper() and reference.party_named(first) and _is_name(rest):
        return rest, first  # 'CON Jane Roe'
    titled = all(w[:1].isupper() or w in ("and", "of", "for", "the", "&") for w in text.split())
    if reference.party_named(text) or titled and (any(w.lower() in words("party_name_words") for w in text.split()[1:])
                                                 or text.startswith("The ")):
        return None, text  # a party-only line: 'Labour - 18,009', 'The Blue Sky Party 283'
    if _is_name(text):
        return text, None
    return None


def parse_line(text: str, start: int, paragraph: int) -> ResultLine | None:
    """One results line (or one item of a listing sentence), if the text is one."""
    if len(text) > MAX_LINE_CHARS:
        return None
    text = text.rstrip(" .;")
    figures = _FIGURES.search(text)
    words_part = text[:figures.start()] if figures else ""
    if figures is None:
        leading = _LEADING_FIGURES.match(text)  # '12,345 Jane Roe (Lab)'
        if not leading:
            return None
        figures, words_part = leading, text[leading.end():]
    split = _split_name_party(words_part)
    if split is None:
        return None
    name, party = split
    share = figures.groupdict().get("share")
    change = figures.groupdict().get("change")
    votes = count_value(figures.group("votes"))
    return ResultLine(start, start + len(text), name, party.strip() if party else None, votes,
                      decimal_value(re.sub(r"[^\d.]", "", share)) if share else None,
                      decimal_value(re.sub(r"[^\d.]", "", change)) * (-1 if change.strip()[0] in "-−" else 1)
                      if change else None, paragraph)


def _line_of(p: Paragraph) -> ResultLine | None:
    return parse_line(p.text, p.start, p.index)


def result_blocks(doc: Document) -> list[ResultBlock]:
    blocks = _line_blocks(doc)
    listed = {i for b in blocks for i in b.paragraphs}
    for sentence in doc.sentences:
        if sentence.paragraph not in listed:
            block = _sentence_block(sentence, doc.paragraphs[sentence.paragraph])
            if block:
                blocks.append(block)
    blocks.sort(key=lambda b: (b.lines + b.party_lines)[0].start)
    return blocks


def _line_blocks(doc: Document) -> list[ResultBlock]:
    blocks: list[ResultBlock] = []
    run: list[ResultLine] = []
    for paragraph in [*doc.paragraphs, None]:
        line = _line_of(paragraph) if paragraph else None
        if line:
            run.append(line)
            continue
        if len(run) >= 2:
            blocks.append(_block(doc, run))
        run = []
    return blocks


def _block(doc: Document, run: list[ResultLine]) -> ResultBlock:
    block = ResultBlock([r for r in run if r.name], [r for r in run if not r.name])
    first, last = run[0].paragraph, run[-1].paragraph
    for p in reversed(doc.paragraphs[max(0, first - HEADING_LINES):first]):
        if p.index == first - 1 or len(p.text.split()) <= HEADING_WORDS or doc.is_headline(p.index):
            block.heading.insert(0, p)  # the line just above, a short line or a crosshead; not the story
    _read_footer(doc, block, last)
    return block


def _read_footer(doc: Document, block: ResultBlock, last: int) -> None:
    """'Majority: 1,859', 'Lab majority 1,654', 'Con gain from Lab', 'Labour hold'; turnout lines passed over."""
    for p in doc.paragraphs[last + 1:last + 5]:
        text = p.text.strip(" .")
        majority = re.fullmatch(rf"(?:(?P<party>[A-Za-z][\w '’-]*?)\s+)?majority\s*(?:of\s*)?[:\-–—]?\s*(?P<n>{_NUMBER})", text, re.I)
        outcome = re.fullmatch(r"(?P<party>[A-Za-z][\w '’-]*?)\s+(?P<outcome>hold|gain|win|retain)s?"
                               r"(?:\s+from\s+(?P<previous>[A-Za-z][\w '’-]*))?", text, re.I)
        if majority:
            block.majority = count_value(majority.group("n"))
        elif outcome and reference.party_named(outcome.group("party")):
            kind = outcome.group("outcome").lower()
            block.outcome = "hold" if kind in ("hold", "retain") else "gain" if kind == "gain" else None
            block.outcome_party = reference.canonical_party(outcome.group("party"))
            previous = outcome.group("previous")
            if previous and reference.party_named(previous):
                block.previous_party = reference.canonical_party(previous)
        elif not re.fullmatch(r"[A-Za-z ]{1,30}:?\s*[\d.,]+\s*%?", text):
            break  # a line that is neither a declaration nor a figure like 'Turnout: 41.6%' ends the footer
        block.footer.append(p)


def _sentence_block(sentence: Sentence, doc_paragraph: Paragraph) -> ResultBlock | None:
    """A sentence that lists candidates with their figures: 'The results were: A (Lab) 26,844, B (Con) …'."""
    if len(re.findall(_NUMBER, sentence.text)) < 3:
        return None
    body = sentence.text.split(":", 1)[1] if ":" in sentence.text[:80] else sentence.text
    offset = sentence.start + (len(sentence.text) - len(body))
    lines = []
    for m in re.finditer(r"[^,;]+?(?:,\d{3})*(?=,\s|;\s|\s+and\s+|\.?$)", body):
        piece = m.group(0).strip()
        piece = re.sub(r"^(?:and|or)\s+", "", piece)
        line = parse_line(piece, offset + m.start(), sentence.paragraph) if piece else None
        if line and line.name:
            lines.append(line)
    if len(lines) < 3:
        return None
    return ResultBlock(lines, [], heading=[doc_paragraph], inline=True)
