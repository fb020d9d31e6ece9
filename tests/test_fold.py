"""reference.fold: text compared without case, accents or typographic marks; plain ASCII text takes a shortcut
that must give what the full path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from elexgraph.reference import fold


def _full(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-").lower().strip()


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_text_folds_as_the_full_path_folds_it(text: str) -> None:
    assert fold(text) == _full(text)


def test_accents_and_typographic_marks_are_folded() -> None:
    assert fold(" Zoë O’Neil – Ángel ") == "zoe o'neil - angel"
