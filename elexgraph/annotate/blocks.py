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
from collections.abc import Set
from dataclasses import dataclass, field, replace
from itertools import takewhile

from elexgraph.annotate.annotated import Annotated, Sentence
from elexgraph.annotate.list_lines import (Declaration, LineParts, ReadLine, declarations, footer_declarations, lexicon,
                                          near_miss, only_a_label, read_line, seat_count)
from elexgraph.annotate.sentences import Paragraph
from elexgraph.annotate.tables import table_contests

_NUMBER = r"\d{1,3}(?:[,'’.]\d{3})+|\d+"
HEADING_LINES = 3  # how far above a list its heading may stand
HEADING_WORDS = 15  # a longer line is the story, not a heading
SEAT_HEADING_WORDS = 6  # a seat's own heading is shorter
_NUMBERS = re.compile(_NUMBER)  # asked of every sentence
_DIGIT = re.compile(r"\d")
_CUT = re.compile(r"[:–—-]")


@dataclass(frozen=True)
class ResultLine:
    start: int  # article offsets of the line (or of the item, in a sentence)
    end: int
    name: str | None  # the candidate as printed; None on a party-only line
    party: str | None  # the party as printed
    votes: int | None  # None in a list of names without counts
    share: float | None
    change: float | None
    paragraph: int
    elected: bool = False  # marked as elected on the line
    declared: tuple[Declaration, ...] = ()  # the outcome printed after a winner's figures ('… 1,204 – Lab hold')


@dataclass
class ResultBlock:
    lines: list[ResultLine]  # candidates' lines, in printed order
    party_lines: list[ResultLine]
    heading: list[Paragraph] = field(default_factory=list)  # the lines above that place the contest
    footer: list[Paragraph] = field(default_factory=list)  # majority and outcome lines below
    inline: bool = False  # listed inside a sentence
    broken: bool = False  # a line beside it looks like a candidate's but was not read: some may be missing
    seat: tuple[str, int, int] | None = None  # the seat printed on the list's own line, with its article offsets
    seats: int | None = None  # how many seats the contest fills, where the list says
    majority: int | None = None
    outcome: str | None = None
    outcome_party: str | None = None
    previous_party: str | None = None
    declared_in: Paragraph | None = None  # the line that declared the winning party ('Labour hold')
    majority_in: Paragraph | None = None  # the line that declared the majority
    said: list[tuple[Declaration, Paragraph]] = field(default_factory=list)  # every party's outcome, where declared

    @property
    def complete(self) -> bool:
        """Every candidate is listed: a list of lines, not a sentence naming some; shares, where all are
        printed, adding up to nearly everything."""
        if self.inline or self.broken or not self.lines:
            return False
        shares = [line.share for line in self.lines]
        return None in shares or sum(shares) >= 90  # type: ignore[arg-type]

    @property
    def counted(self) -> bool:
        """The list prints its candidates' votes (else names and parties only)."""
        return all(line.votes is not None for line in self.lines)

    @property
    def paragraphs(self) -> set[int]:
        return {line.paragraph for line in self.lines + self.party_lines}


def parse_line(text: str, start: int, paragraph: int) -> ResultLine | None:
    """One results line (or one item of a listing sentence) naming one candidate or party, if the text is one."""
    read = read_line(text.rstrip(" .;"))
    if read is None or len(read.candidates) != 1 or read.seat:
        return None
    return _result_line(read.candidates[0], start, paragraph)


def _result_line(parts: LineParts, offset: int, paragraph: int, declared: list[Declaration] | None = None) -> ResultLine:
    return ResultLine(offset + parts.start, offset + parts.end, parts.name, parts.party, parts.votes, parts.share,
                      parts.change, paragraph, parts.elected, tuple(declared or ()))


def result_blocks(doc: Annotated) -> list[ResultBlock]:
    tables = _table_blocks(doc)
    tabled = {i for b in tables for i in b.paragraphs} | {b.heading[-1].index for b in tables if b.heading}
    blocks = tables + _line_blocks(doc, tabled)
    listed = {i for b in blocks for i in b.paragraphs}
    for sentence in doc.sentences:
        if sentence.paragraph not in listed:
            block = _sentence_block(sentence, doc.paragraphs[sentence.paragraph])
            if block:
                blocks.append(block)
    blocks.sort(key=lambda b: (b.lines + b.party_lines)[0].start)
    for block in blocks:
        block.lines = _marked_by_capitals(doc, block.lines)
    return blocks


def _marked_by_capitals(doc: Annotated, lines: list[ResultLine]) -> list[ResultLine]:
    """A list that prints its winners' names in capitals and the others' not ('JANE ROE (Lab) 1,204', 'TOM SMITH (Lab)
    1,100', 'Ann Lee (Con) 640'): those in capitals are marked elected, where they are the most votes of the list (a
    ballot paper's surnames in capitals are every line's, and mark no one)."""
    capitals = {id(line) for line in lines if line.name and line.votes is not None and _in_capitals(doc, line)}
    if not capitals or len(capitals) == len(lines) or any(line.votes is None for line in lines):
        return lines
    least = min(line.votes for line in lines if id(line) in capitals)  # type: ignore[type-var]
    if any(line.votes >= least for line in lines if id(line) not in capitals):  # type: ignore[operator]
        return lines
    return [replace(line, elected=True) if id(line) in capitals else line for line in lines]


def _in_capitals(doc: Annotated, line: ResultLine) -> bool:
    """The line prints the candidate's name in capitals ('JANE ROE', not 'ROE, Jane' or 'Jane Roe')."""
    return bool(line.name) and line.name.upper() in doc.text[line.start:line.end]  # type: ignore[union-attr]


def _table_blocks(doc: Annotated) -> list[ResultBlock]:
    """Each seat of a results table ('Ward | Winner | Party | Votes' over a row a seat): a contest on its own."""
    if not any("|" in p.text or "\t" in p.text or "  " in p.text for p in doc.paragraphs):
        return []  # a cheap first look: no table without columns
    blocks = []
    for contest in table_contests(doc.paragraphs):
        lines = [_result_line(parts, offset, index) for parts, offset, index in contest.lines]
        block = ResultBlock([r for r in lines if r.name], [], seat=contest.seat)
        block.seats = len(lines) if contest.winners else None  # a table of winners: each row's names all won
        for said, where in contest.declared:
            _declare(block, said, where)
        if contest.majority:
            _declare(block, Declaration(majority=contest.majority[0]), contest.majority[1])
        blocks.append(block)
    return blocks


def _line_blocks(doc: Annotated, tabled: Set[int] = frozenset()) -> list[ResultBlock]:
    """Runs of one-candidate lines, each a contest; a line listing a contest of its own is one too, and so is
    a seat's line with one counted candidate ('Brook Hill: Jane Roe (Lab) 1,204'), unless the candidates' lines
    under it go on with its contest."""
    blocks: list[ResultBlock] = []
    run: list[ResultLine] = []
    seated: tuple[ReadLine, Paragraph] | None = None  # a seat's line with one counted candidate, the run's first
    for paragraph in [*(p for p in doc.paragraphs if p.index not in tabled), None]:
        read = read_line(paragraph.text.rstrip(" .;")) if paragraph else None
        line = _run_line(read, paragraph)
        if line and run and _goes_on(run, line, read, seated):
            run.append(line)
            continue
        blocks.extend(_seated_run(doc, run, seated))
        run = [line] if line else []
        seated = (read, paragraph) if line and read and read.seat and paragraph else None
        if not line and paragraph:
            blocks.extend(_outside_a_run(doc, read, paragraph))
    return blocks


def _goes_on(run: list[ResultLine], line: ResultLine, read: ReadLine | None,
             seated: tuple[ReadLine, Paragraph] | None) -> bool:
    """A candidate's line goes on with the run above: it prints no seat of its own, or the run's seat again ('Brook
    Hill - Jane Roe - Labour - 1,204' over 'Brook Hill - Tom Smith - Conservative - 998': a column of seats); and
    counts where the run has them (a list prints counts for all its candidates or for none)."""
    same_seat = bool(read and read.seat and seated and seated[0].seat and read.seat[0] == seated[0].seat[0])
    return (not (read and read.seat) or same_seat) and (run[-1].votes is None) == (line.votes is None)


def _outside_a_run(doc: Annotated, read: ReadLine | None, paragraph: Paragraph) -> list[ResultBlock]:
    """The contests of a paragraph that is no line of a run: a line listing a contest of its own, with the lines
    under it that declare the result ('Brook Hill: Jane Roe (Lab) 1,204; …' then 'Lab hold'); else several seats'
    contests in its pieces or its sentences."""
    if read is None:
        return _contests_in_pieces(doc, paragraph) or _contests_in_sentences(doc, paragraph)
    block = _one_line_block(doc, read, paragraph)
    _read_footer(doc, block, paragraph.index)
    return [block]


def _run_line(read: ReadLine | None, paragraph: Paragraph | None) -> ResultLine | None:
    """The line of a list a paragraph is: one candidate, alone or after its seat with their count."""
    if read is None or paragraph is None or len(read.candidates) != 1:
        return None
    seated = read.seat is not None and read.candidates[0].votes is not None and not only_a_label(read.seat[0])
    if read.seat and not seated:
        return None
    return _result_line(read.candidates[0], paragraph.start, paragraph.index, read.declared)


def _seated_run(doc: Annotated, run: list[ResultLine], seated: tuple[ReadLine, Paragraph] | None) -> list[ResultBlock]:
    """The lists of a run; a run opening on a seat's line is that seat's contest, whole ('Brook Hill: Jane Roe (Lab)
    1,204' over 'Tom Smith (Con) 998'), or the seat's one line ('Brook Hill: Jane Roe (Lab) 1,204' alone)."""
    if seated is None:
        return _runs(doc, run)
    read, paragraph = seated
    block = _one_line_block(doc, read, paragraph)
    block.lines = [line for line in run if line.name]
    block.party_lines = [line for line in run if not line.name]
    if len(run) > 1:
        _add_heading(doc, block, paragraph.index)  # 'Brook Hill by-election:' above a list opening on its seat
    _read_footer(doc, block, run[-1].paragraph)
    return [block]


_UNOPPOSED = re.compile(r"\b(?:unopposed|uncontested)\b", re.I)


def _runs(doc: Annotated, run: list[ResultLine]) -> list[ResultBlock]:
    """The lists a run of one-candidate lines holds: two lines or more, or a run of one line marked unopposed ('Jane
    Roe (Lab) elected unopposed' under its ward; not one marked only elected or '*', often a piece of a list whose
    other lines the story parts from it), not a list of years."""
    alone = len(run) == 1 and run[0].elected and bool(run[0].name) and bool(
        _UNOPPOSED.search(doc.paragraphs[run[0].paragraph].text))
    return [_block(doc, part) for part in _split_at_gaps(doc, run)
            if (len(part) >= 2 or alone) and not _years(doc, part)]


def _contests_in_sentences(doc: Annotated, paragraph: Paragraph) -> list[ResultBlock]:
    """Sentences of a paragraph that each list one seat's contest ('Results in Brook Hill: Jane Roe, LD,
    596; Tom Smith, Con, 402.'), among sentences that do not."""
    found: list[ResultBlock] = []
    first = doc.sentence_at(paragraph.start)
    if first is None or not _DIGIT.search(paragraph.text) or not _CUT.search(paragraph.text):
        return found
    whole = paragraph.text.rstrip(" .;")  # read as no line already (_line_blocks): a sentence that is all of it
    after = False  # the sentence before was a contest's: a declaration now is its ('… 402. Lab hold. Abbey: …')
    for sentence in takewhile(lambda s: s.paragraph == paragraph.index, doc.sentences[first.index:]):
        where = Paragraph(sentence.text, sentence.start, sentence.end, paragraph.index)
        said = footer_declarations(sentence.text) if after else []
        for one in said:
            _declare(found[-1], one, where)
        if said:
            found[-1].footer.append(where)
            continue
        text = sentence.text.rstrip(" .;")
        read = read_line(text) if text != whole else None  # is none either, and not read again
        after = bool(read and read.seat and len(read.candidates) > 1)
        if read and after:
            found.append(_one_line_block(doc, read, where))
    return found


def _contests_in_pieces(doc: Annotated, paragraph: Paragraph) -> list[ResultBlock]:
    """A line of several seats' contests between semicolons, each opening on its seat ('Abbey – Jane Roe (Lab); Castle
    – Tom Smith (Con)', 'Results: Abbey: Jane Roe (Lab) 1,204, Tom Smith (Con) 998; Castle: …'); none unless every
    piece is one."""
    if ";" not in paragraph.text:
        return []
    found, at = [], 0
    for piece in paragraph.text.split(";"):
        where = Paragraph(piece, paragraph.start + at, paragraph.start + at + len(piece), paragraph.index)
        at += len(piece) + 1
        read = read_line(_unlabelled(piece).rstrip(" ."))
        if read is None or read.seat is None or only_a_label(read.seat[0]):
            return []
        found.append(_one_line_block(doc, read, where))
    return found if len(found) > 1 else []


def _unlabelled(piece: str) -> str:
    """A piece less a label before its seat that says results or winners follow ('Results: Abbey – …'), blanked out so
    that offsets hold."""
    label = re.match(r"\s*([^:;]+?):\s*(?=[^:;]+?(?::|\s[-–—]\s))", piece)
    said = " ".join(label.group(1).lower().split()) if label else ""
    if not label or not (said in lexicon()["elected_headings"] or set(said.split()) <= _RESULTS_LABEL):
        return piece  # 'Elected councillors: Abbey – …'; not 'Candidates: Abbey – Jane Roe (Lab); …' (who stood)
    return " " * label.end() + piece[label.end():]


_RESULTS_LABEL = frozenset({"result", "results", "the", "full", "final", "latest"})


def _years(doc: Annotated, run: list[ResultLine]) -> bool:
    """Every 'count' is a year printed bare ('Jane Roe (Con) 2010'): a list of when people were elected."""
    return all(line.votes is not None and 1900 <= line.votes <= 2035 and re.search(r"\b(?:19|20)\d\d\b", doc.text[line.start:line.end])
               and line.share is None for line in run)


def _split_at_gaps(doc: Annotated, run: list[ResultLine]) -> list[list[ResultLine]]:
    """Lines printed closer together than the gap before the next are one list: a wider gap starts another."""
    gaps = [doc.text.count("\n", a.end, b.start) for a, b in zip(run, run[1:])]
    if not gaps or len(set(gaps)) == 1:
        return [run] if run else []
    narrow = min(gaps)
    parts: list[list[ResultLine]] = [[run[0]]]
    for line, gap in zip(run[1:], gaps):
        if gap > narrow:
            parts.append([])
        parts[-1].append(line)
    return parts


def _one_line_block(doc: Annotated, read: ReadLine, paragraph: Paragraph) -> ResultBlock:
    """'Brook Hill: Jane Roe, LD, 596 votes; Tom Smith, Con, 402': a contest on one line."""
    lines = [_result_line(c, paragraph.start, paragraph.index) for c in read.candidates]
    block = ResultBlock([r for r in lines if r.name], [r for r in lines if not r.name])
    for said in read.declared:
        _declare(block, said, paragraph)
    if read.seat:
        label, start, end = read.seat
        block.seat = (label, paragraph.start + start, paragraph.start + end)
        block.seats = seat_count(paragraph.text[start:end])
    if not read.seat or only_a_label(read.seat[0]):
        _add_heading(doc, block, paragraph.index)  # 'Elected: Jane Roe (Lab), …' under its ward's heading
    return block


def _block(doc: Annotated, run: list[ResultLine]) -> ResultBlock:
    block = ResultBlock([r for r in run if r.name], [r for r in run if not r.name])
    block.broken = any(0 <= k < len(doc.paragraphs) and near_miss(doc.paragraphs[k].text)
                       for k in (run[0].paragraph - 1,))
    _add_heading(doc, block, run[0].paragraph)
    for line in run:
        for said in line.declared:
            _declare(block, said, doc.paragraphs[line.paragraph])
    _read_footer(doc, block, run[-1].paragraph)
    return block


def _add_heading(doc: Annotated, block: ResultBlock, first: int) -> None:
    for p in reversed(doc.paragraphs[max(0, first - HEADING_LINES):first]):
        if p.index == first - 1 or len(p.text.split()) <= HEADING_WORDS or doc.is_headline(p.index):
            block.heading.insert(0, p)  # the line just above, a short line or a crosshead; not the story
    counts = [n for p in block.heading if len(p.text.split()) <= HEADING_WORDS and (n := seat_count(p.text))]
    block.seats = counts[-1] if counts else None
    if block.heading and len(block.heading[-1].text.split()) <= HEADING_WORDS:
        for said in _heading_declarations(block.heading[-1].text) or _under_its_seat(block.heading):
            _declare(block, said, block.heading[-1])  # 'Castle ward: Conservative hold', 'Anytown (Lab gain from Con, majority 204)'


def _under_its_seat(heading: list[Paragraph]) -> list[Declaration]:
    """A line of its own between a seat's heading and its list that declares the result ('Brook Hill', then 'Labour
    hold'); not one under a line with figures, which may be the footer of the list above (a seat's number of seats,
    'Brook Hill (2 seats)', is no figure)."""
    if len(heading) < 2 or len(heading[-2].text.split()) > SEAT_HEADING_WORDS:
        return []
    figures = re.findall(r"\d+", heading[-2].text)
    if figures and not (len(figures) == 1 and seat_count(heading[-2].text)):
        return []
    return footer_declarations(heading[-1].text)


def _heading_declarations(text: str) -> list[Declaration]:
    """What a heading declares after its seat: after a colon or a dash, after the seat's brackets ('Brook Hill (2 seats)
    Labour hold'), or in closing brackets."""
    declared = re.split(r"\s*(?::|\s[-–—]\s|(?<=\))\s+(?=[A-Z]))\s*", text.strip(" ."), maxsplit=1)
    bracketed = re.search(r"\(([^()]+)\)$", text.strip(" ."))
    return declarations(declared[1]) if len(declared) == 2 else declarations(bracketed.group(1)) if bracketed else []


_FIGURE_LINE = re.compile(r"[A-Za-z ]{1,30}:?\s*[\d.,]+\s*%?")  # 'Turnout: 41.6%', under every list


def _read_footer(doc: Annotated, block: ResultBlock, last: int) -> None:
    """'Majority: 1,859', 'Lab majority 1,654', 'Con gain from Lab', 'Labour hold'; turnout lines passed over."""
    for p in doc.paragraphs[last + 1:last + 5]:
        said = footer_declarations(p.text)  # 'Con gain from Lab. Majority 206. Turnout 31%.'
        if not said and not _FIGURE_LINE.fullmatch(p.text.strip(" .")):
            break  # a line that is neither a declaration nor a figure like 'Turnout: 41.6%' ends the footer
        for one in said:
            _declare(block, one, p)
        block.footer.append(p)


def _declare(block: ResultBlock, said: Declaration, where: Paragraph) -> None:
    if said.majority is not None:
        block.majority, block.majority_in = said.majority, where
    if said.previous and not said.party:  # 'Previously held by Labour': the party before, no outcome said
        block.previous_party = block.previous_party or said.previous
    if said.party:
        block.said.append((said, where))  # a ward of several seats: 'Lab hold; Con gain from Lab'
        block.outcome, block.outcome_party, block.declared_in = said.outcome, said.party, where
        block.previous_party = said.previous or block.previous_party


def _sentence_block(sentence: Sentence, doc_paragraph: Paragraph) -> ResultBlock | None:
    """A sentence that lists candidates with their figures: 'The results were: A (Lab) 26,844, B (Con) …'."""
    if len(_NUMBERS.findall(sentence.text)) < 3:
        return None
    body = sentence.text.split(":", 1)[1] if ":" in sentence.text[:80] else sentence.text
    offset = sentence.start + (len(sentence.text) - len(body))
    lines = []
    for m in re.finditer(r"[^,;]+?(?:,\d{3})*(?=,\s|;\s|\s+and\s+|\.?$)", body):
        lead = re.match(r"\s*(?:(?:and|or)\s+)?", m.group(0))
        piece = m.group(0)[lead.end():].rstrip() if lead else ""
        line = parse_line(piece, offset + m.start() + (lead.end() if lead else 0), sentence.paragraph) if piece else None
        if line and line.name:
            lines.append(line)
    if len(lines) < 3:
        return None
    return ResultBlock(lines, [], heading=[doc_paragraph], inline=True)
