"""Reading input files: plain text, HTML, legacy encodings, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from elexgraph.articles import find_articles, read_article
from elexgraph.errors import ArticleError


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_text_title_is_first_line(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", b"Council result\n\nThe count ended at dawn.\n"))
    assert article.id == "a"
    assert article.title == "Council result"
    assert "count ended" in article.text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    text = "Caf\u00e9 owner elected\n\nShe won \u00a3500 in a bet on the result."
    article = read_article(write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert "Caf\u00e9" in article.text and "\u00a3500" in article.text


def test_crlf_is_normalised(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "crlf.txt", b"Title\r\n\r\nBody line.\r\n"))
    assert "\r" not in article.text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"   \n\n  ", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"1234 5678\n\n99", "no words"),
])
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)


def test_html_article_text_is_taken(tmp_path: Path) -> None:
    html = b"""<!doctype html><html><head><title>Seat changes hands</title>
    <meta property="og:site_name" content="Example Gazette">
    <meta property="article:published_time" content="2024-07-05T06:00:00Z"></head>
    <body><nav><p>Home | News</p></nav><article><h1>Seat changes hands</h1>
    <p>Labour's Ann Example has won the seat.</p><p>She said: "Thank you."</p></article>
    <footer><p>Copyright</p></footer></body></html>"""
    article = read_article(write(tmp_path, "page.html", html))
    assert article.title == "Seat changes hands"
    assert article.publisher == "Example Gazette"
    assert article.date == "2024-07-05"
    assert "Labour's Ann Example has won the seat." in article.text
    assert "Home | News" not in article.text and "Copyright" not in article.text


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no article text"):
        read_article(write(tmp_path, "empty.html", b"<html><body><script>x()</script></body></html>"))


def test_missing_path_is_named(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        find_articles([tmp_path / "nowhere"])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    text = "Caf\u00e9 owner elected\n\nShe won \u00a3500 in a bet on the result."
    article = read_article(write(tmp_path, "wide.txt", ("\ufeff" + text).encode(encoding)))
    assert article.text == text and article.title == "Caf\u00e9 owner elected"
