"""A resource page's tables of values and its fact cards, written in Python rather than by the template engine.

A page of an election or a party shows hundreds of facts, each a small table: drawn by Jinja's macro and loop,
they were half the time of a published page's HTML. These give the text the template's markup gave, character
for character (every value escaped as autoescape does; the template's line breaks kept), so the served and the
published pages are unchanged.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from elexgraph.web.describe import Fact, Value


def values_table(values: list[tuple[str, list[Value]]]) -> Markup:
    """A subject's values by property: a row a property, its values one a line (linked where they have a page)."""
    if not values:
        return Markup("")
    rows = "".join(f"<tr><th><code>{escape(predicate)}</code></th><td>\n{'<br>'.join(map(_value, objects))}</td></tr>\n"
                   for predicate, objects in values)
    return Markup(f"<table>\n{rows}</table>\n")


def fact_cards(facts: list[Fact]) -> Markup:
    """A page's facts, a card each: how the fact names the resource, its values, its sentence and its source."""
    return Markup("".join(map(_card, facts)))


def fact_lines(facts: list[Fact]) -> Markup:
    """A page's facts a line each, for a resource with thousands of them (an extractor, the official publisher, a
    large party or election): the fact's kind linked to its own page, where its full card is, then its values
    and its source as text."""
    return Markup(f'<ul class="fact-lines">\n{"".join(map(_line, facts))}</ul>\n')


def _line(fact: Fact) -> str:
    """Each value after its property's short name; a value a property before it gave already (a seat that is the
    fact's constituency and its electoral area) once."""
    shown: dict[str, str] = {}
    for predicate, objects in fact.values:
        text = ", ".join(value.text for value in objects)
        if text not in shown:
            shown[text] = predicate if "://" in predicate else predicate.rsplit(":", 1)[-1]  # an IRI not compacted
    values = " · ".join(f'<span class="muted">{escape(name)}</span> {escape(text)}' for text, name in shown.items())
    source = f' <span class="muted">({escape(fact.article.text)})</span>' if fact.article else ""
    return f'<li><a href="{escape(fact.href)}">{escape(fact.kind)}</a> {values}{source}</li>\n'


def _card(fact: Fact) -> str:
    sentence = f'<blockquote class="sentence">{escape(fact.sentence)}</blockquote>' if fact.sentence else ""
    article = (f'<p>Source: <a class="article" href="{escape(fact.article.href)}">{escape(fact.article.text)}</a></p>'
               if fact.article else "")
    return (f'<div class="fact">\n<p><a href="{escape(fact.href)}">{escape(fact.kind)}</a> <span class="muted">'
            f'({escape(fact.role)} this)</span></p>\n{values_table(fact.values)}\n{sentence}{article}</div>\n')


def _value(value: Value) -> str:
    shown = f'<a href="{escape(value.href)}">{escape(value.text)}</a>' if value.href else escape(value.text)
    return f'{shown} <q class="muted">{escape(value.note)}</q>' if value.note else shown
