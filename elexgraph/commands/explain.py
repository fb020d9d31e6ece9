"""`elexgraph explain`: what the readers found in one article, what the gate kept, and what it left out and why."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from elexgraph.cli import user_errors


def _fields(fact: object) -> dict[str, object]:
    values = {k: v for k, v in asdict(fact).items() if v not in (None, (), "") and k not in ("evidence", "extractor")}
    if "election" in values:
        values["election"] = fact.election.label  # type: ignore[attr-defined]
    return values


@click.command("explain")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@user_errors
def command(article: Path, fmt: str) -> None:
    """Read one ARTICLE file and show each fact with its sentence, and what the precision gate dropped and why."""
    from elexgraph.annotate.document import Document
    from elexgraph.articles import read_article
    from elexgraph.extract import read_document

    document = Document(read_article(article))
    report = read_document(document)
    main = document.election.main
    if fmt == "json":
        click.echo(json.dumps({
            "article": document.article.id, "election": main.label if main else None,
            "facts": [{"kind": type(f).__name__, **_fields(f), "evidence": f.evidence.text} for f in report.kept],
            "left_out": [{"kind": type(v.fact).__name__, "field": v.field, "reason": v.reason, **_fields(v.fact)}
                         for v in report.verdicts]}, indent=2, ensure_ascii=False, default=str))
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
