"""`elexgraph explain`: what the readers found in one article, what the gate kept, what it left out and why,
and the sentences that look like facts but gave none (what the rules did not read)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING

import click

from elexgraph.cli.options import user_errors

if TYPE_CHECKING:
    from elexgraph.facts import Fact


def _fields(fact: Fact) -> dict[str, object]:
    """The values the fact states: none left at its default (a seat result's first seat shows no `seat`)."""
    defaults = {f.name: f.default for f in fields(fact)}
    values = {k: v for k, v in asdict(fact).items()
              if v not in (None, (), "", defaults[k]) and k not in ("evidence", "extractor", "field_evidence")}
    if "election" in values:
        values["election"] = fact.election.label
    return values


@click.command("explain")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@user_errors
def command(article: Path, fmt: str) -> None:
    """Read one ARTICLE file and show each fact with its sentence, what the precision gate dropped and why,
    and the sentences with a person and a figure (or a change of party) that gave no fact."""
    from elexgraph.api import extract_article

    extraction = extract_article(article)
    document, kept, left_out, not_read = extraction.document, extraction.facts, extraction.left_out, extraction.unread
    main = document.election.main
    if fmt == "json":
        click.echo(json.dumps({
            "article": document.article.id, "election": main.label if main else None,
            "facts": [{"kind": type(f).__name__, **_fields(f), "evidence": f.evidence.text,
                       **({"field_evidence": {name: ev.text for name, ev in f.field_evidence}} if f.field_evidence else {})}
                      for f in kept],
            "left_out": [{"kind": type(v.fact).__name__, "field": v.field, "reason": v.reason, **_fields(v.fact)}
                         for v in left_out],
            "not_read": not_read}, indent=2, ensure_ascii=False, default=str))
        return
    click.echo(f"{document.article.id}: {main.label if main else 'reports no contest of its own'}")
    for fact in kept:
        click.echo(f"  {type(fact).__name__} {_fields(fact)}")
        click.echo(f"      « {fact.evidence.text} »")
        for name, evidence in fact.field_evidence:
            click.echo(f"      {name}: « {evidence.text} »")
    if left_out:
        click.echo("left out by the gate:")
    for verdict in left_out:
        what = f"{verdict.field} of" if verdict.field else "the whole"
        click.echo(f"  {what} {type(verdict.fact).__name__} {_fields(verdict.fact)}: {verdict.reason}")
    if not_read:
        click.echo("not read (a person and a figure, or a change of party, and no fact from it):")
    for text in not_read:
        click.echo(f"  « {text} »")
