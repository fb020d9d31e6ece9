"""Which annotator reads the dev set better: elexgraph's own (``elexgraph.annotate``) or spaCy's
blank English pipeline with a sentencizer and an EntityRuler fed the same gazetteer and lexicon.

    python benchmarks/annotators.py [--dev ../shared/dev] [--repeat 5]

Both are scored on what the readers need from them, against the dev gold:

- evidence kept whole: of the gold evidence strings printed verbatim in one paragraph, the share
  that lie inside one sentence of the splitter (a split inside evidence loses the fact);
- people found: of the gold people (candidates, winners, speakers, people changing party) whose
  full name is printed, the share found as a person mention with exactly that name;
- overlong people: person mentions that hold a gold name and more words ('Labour Jon Smith');
- people that are not people: person mentions whose words are a party or a place of the gazetteer;
- speed: words a second over the dev texts (best of --repeat), the annotator alone.

It is not a test: the figures go in the README's section on the annotation layer.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from elexgraph.annotate.document import Document
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.lexicon import not_names, titles
from elexgraph.annotate.names import find_names
from elexgraph.annotate.sentences import paragraphs, split_sentences
from elexgraph.annotate.tokens import tokenize
from elexgraph.articles import Article, find_articles, read_article

HERE = Path(__file__).resolve().parent
DEFAULT_DEV = HERE.parent.parent / "shared" / "dev"
PERSON_FIELDS = ("person", "speaker", "winner")


@dataclass
class Reading:
    """What one annotator made of one article: sentence spans and person mention texts."""

    sentences: list[tuple[int, int]]
    people: list[str]


@dataclass
class Scores:
    evidence_whole: int = 0
    evidence_total: int = 0
    people_found: int = 0
    people_total: int = 0
    overlong: int = 0
    not_people: int = 0
    person_mentions: int = 0
    words_per_second: float = 0.0
    missed: list[str] = field(default_factory=list)


def without_title(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].rstrip(".") in titles():
        words = words[1:]
    return " ".join(words)


def own_reading(article: Article) -> Reading:
    doc = Document(article)
    return Reading([(s.start, s.end) for s in doc.sentences],
                   [without_title(m.text) for s in doc.sentences for m in s.mentions
                    if m.kind == "person" and m.last - m.first > 1])


def own_annotator_only(article: Article) -> None:
    """The parts spaCy's pipeline stands in for: paragraphs, sentences, tokens, gazetteer, names."""
    for paragraph in paragraphs(article.text):
        for span in split_sentences(paragraph):
            tokens = tokenize(span.text, span.start)
            find_names(tokens, gazetteer().matches(tokens))


def spacy_pipeline():
    """blank('en') + sentencizer + an EntityRuler: gazetteer forms first, then name-shaped runs."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    # Gazetteer forms go to the ruler's PhraseMatcher (on lower-cased text); name shapes to its Matcher.
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = [{"label": "ORG", "pattern": " ".join(key)} for key in gazetteer().parties]
    patterns += [{"label": "GPE", "pattern": " ".join(key)} for key in gazetteer().places]
    refused = sorted(w.lower() for w in not_names())
    name_word = {"IS_TITLE": True, "LOWER": {"NOT_IN": refused}}
    title = {"TEXT": {"IN": sorted(titles())}}
    patterns.append({"label": "PERSON", "pattern": [title, {"TEXT": ".", "OP": "?"}, name_word, {**name_word, "OP": "*"}]})
    patterns.append({"label": "PERSON", "pattern": [name_word, {**name_word, "OP": "+"}]})
    ruler.add_patterns(patterns)
    return nlp


def spacy_reading(nlp, article: Article) -> Reading:
    # spaCy sees the text line by line, as our splitter does: a sentence never crosses a paragraph.
    sentences: list[tuple[int, int]] = []
    people: list[str] = []
    lines = paragraphs(article.text)
    for paragraph, doc in zip(lines, nlp.pipe(p.text for p in lines)):
        sentences += [(paragraph.start + s.start_char, paragraph.start + s.end_char) for s in doc.sents]
        people += [without_title(e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    return Reading(sentences, people)


def gold_by_doc(gold_path: Path) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["doc"]].append(row)
    return rows


def gold_people(rows: list[dict], text: str) -> set[str]:
    """Full names of gold people printed in the text (organisation speakers left out)."""
    names = {without_title(row[f]) for row in rows for f in PERSON_FIELDS if row.get(f)}
    return {n for n in names if " " in n and n in text and n.istitle() and not gazetteer().matches(tokenize(n))}


def gold_evidence(rows: list[dict], text: str) -> list[tuple[int, int]]:
    """Spans of single-piece gold evidence printed verbatim within one line."""
    spans = []
    for row in rows:
        evidence = row.get("evidence") or ""
        if "…" in evidence or "\n" in evidence:
            continue
        at = text.find(evidence)
        if at >= 0 and "\n" not in text[at:at + len(evidence)]:
            spans.append((at, at + len(evidence)))
    return spans


def score(reading: Reading, rows: list[dict], text: str, scores: Scores, doc: str) -> None:
    for start, end in gold_evidence(rows, text):
        scores.evidence_total += 1
        scores.evidence_whole += any(s <= start and end <= e for s, e in reading.sentences)
    found = set(reading.people)
    for name in gold_people(rows, text):
        scores.people_total += 1
        if name in found:
            scores.people_found += 1
        else:
            scores.missed.append(f"{doc}: {name}")
        scores.overlong += sum(1 for p in found if p != name and re.search(rf"\b{re.escape(name)}\b", p))
    known = {" ".join(k) for k in (*gazetteer().parties, *gazetteer().places)}
    scores.person_mentions += len(reading.people)
    scores.not_people += sum(1 for p in reading.people if p.lower() in known)


def words_per_second(texts_words: int, run, articles: list[Article], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for article in articles:
            run(article)
        best = min(best, time.perf_counter() - started)
    return texts_words / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--show-missed", action="store_true")
    args = parser.parse_args()

    articles = [read_article(p) for p in find_articles([args.dev / "articles"])]
    gold = gold_by_doc(args.dev / "gold.jsonl")
    words = sum(len(a.text.split()) for a in articles)
    nlp = spacy_pipeline()

    own, spacy_scores = Scores(), Scores()
    for article in articles:
        rows = gold.get(article.path.stem, [])
        score(own_reading(article), rows, article.text, own, article.path.stem)
        score(spacy_reading(nlp, article), rows, article.text, spacy_scores, article.path.stem)
    own.words_per_second = words_per_second(words, own_annotator_only, articles, args.repeat)
    spacy_scores.words_per_second = words_per_second(words, lambda a: spacy_reading(nlp, a), articles, args.repeat)
    full_document = words_per_second(words, Document, articles, args.repeat)

    print(f"dev set: {len(articles)} articles, {words:,} words")
    print(f"{'':34} {'elexgraph.annotate':>20} {'spaCy blank+ruler':>20}")
    for label, get in (
        ("evidence kept whole", lambda s: f"{s.evidence_whole}/{s.evidence_total} ({s.evidence_whole / max(1, s.evidence_total):.1%})"),
        ("gold people found", lambda s: f"{s.people_found}/{s.people_total} ({s.people_found / max(1, s.people_total):.1%})"),
        ("overlong person mentions", lambda s: str(s.overlong)),
        ("person mentions: party or place", lambda s: f"{s.not_people}/{s.person_mentions}"),
        ("words/s (annotator alone)", lambda s: f"{s.words_per_second:,.0f}"),
    ):
        print(f"{label:34} {get(own):>20} {get(spacy_scores):>20}")
    print(f"{'words/s (whole Document)':34} {full_document:>20,.0f}")
    if args.show_missed:
        for name, s in (("elexgraph", own), ("spaCy", spacy_scores)):
            print(f"\n{name} missed:", *s.missed, sep="\n  ")


if __name__ == "__main__":
    main()
