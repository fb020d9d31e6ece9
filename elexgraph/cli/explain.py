"""`elexgraph explain`: what the readers found in one article, what the gate kept, what it left out and why,
and the sentences that look like facts but gave none (what the rules did not read)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from elexgraph.cli import user_errors

if TYPE_CHECKING:
    from elexgraph.annotate.document import Document
    from elexgraph.extract.gate import GateReport
    from elexgraph.facts import Fact

# Figures that may be a fact's (votes, shares, majorities, untyped numbers); a year, an age, a sum of
# money, a time or a count of things beside a name is no sign of a fact left unread.
_FACT_FIGURES = frozenset({"votes", "share", "change", "swing", "majority", "turnout", "number"})
# The word classes that tell a change of party (lexicon/words.toml).
_CHANGE_CLASSES = ("defect_verbs", "leave_verbs", "expel_verbs", "suspend_verbs", "party_change_cues")


def _fields(fact: Fact) -> dict[str, object]:
    values = {k: v for k, v in asdict(fact).items() if v not in (None, (), "") and k not in ("evidence", "extractor")}
    if "election" in values:
        values["election"] = fact.election.label
    return values


def _tells_a_change(text: str) -> bool:
    from elexgraph.annotate.lexicon import says, words

    lower = text.lower()
    return any(says(lower, phrase) for name in _CHANGE_CLASSES for phrase in words(name))


def unread(document: Document, found: list[Fact]) -> list[str]:
    """The sentences that name a person beside a figure that may be a fact's, or beside a change of party,
    and that no fact was read from (roles apart: a title beside a name reads nothing of its figures)."""
    from elexgraph.facts import Role

    spans = [(f.evidence.start, f.evidence.end) for f in found if not isinstance(f, Role)]
    out = []
    for sentence in document.sentences:
        if not sentence.people or any(start < sentence.end and sentence.start < end for start, end in spans):
            continue
        figures = any(m.figure and m.figure.kind in _FACT_FIGURES for m in sentence.figures)
        if figures or _tells_a_change(sentence.text):
            out.append(sentence.text)
    return out


def _read(article: Path) -> tuple[Document, GateReport, list[str]]:
    """The article annotated, the gate's report, and the sentences not read; a reader's failure is this
    article's one-line error, as in `build`."""
    from elexgraph.annotate.document import Document
    from elexgraph.articles import read_article
    from elexgraph.errors import ElexgraphError, extraction_failed
    from elexgraph.extract import read_document

    try:
        document = Document(read_article(article))
        report = read_document(document)
        return document, report, unread(document, document.found)
    except ElexgraphError:
        raise
    except Exception as exc:  # a bug met on odd input: named with the article, never a traceback
        raise extraction_failed(article, exc) from None


@click.command("explain")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@user_errors
def command(article: Path, fmt: str) -> None:
    """Read one ARTICLE file and show each fact with its sentence, what the precision gate dropped and why,
    and the sentences with a person and a figure (or a change of party) that gave no fact."""
    document, report, not_read = _read(article)
    main = document.election.main
    if fmt == "json":
        click.echo(json.dumps({
            "article": document.article.id, "election": main.label if main else None,
            "facts": [{"kind": type(f).__name__, **_fields(f), "evidence": f.evidence.text} for f in report.kept],
            "left_out": [{"kind": type(v.fact).__name__, "field": v.field, "reason": v.reason, **_fields(v.fact)}
                         for v in report.verdicts],
            "not_read": not_read}, indent=2, ensure_ascii=False, default=str))
        return
    click.echo(f"{document.article.id}: {main.label if main else 'reports no contest of its own'}")
    for fact in report.kept:
        click.echo(f"  {type(fact).__name__} {_fields(fact)}")
        click.echo(f"      « {fact.evidence.text} »")
    if report.verdicts:
        click.echo("left out by the gate:")
    for verdict in report.verdicts:
        what = f"{verdict.field} of" if verdict.field else "the whole"
        click.echo(f"  {what} {type(verdict.fact).__name__} {_fields(verdict.fact)}: {verdict.reason}")
    if not_read:
        click.echo("not read (a person and a figure, or a change of party, and no fact from it):")
    for text in not_read:
        click.echo(f"  « {text} »")
