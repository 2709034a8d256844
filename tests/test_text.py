from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.text import Document, discover, read_document


def test_html_is_reduced_to_text(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>Deal</title><script>var x=1;</script></head>"
                    "<body><nav>Menu</nav><p>Poland &amp; Korea signed.</p><p>More.</p></body></html>")
    doc = read_document(page)
    assert doc.title == "Deal"
    assert "Poland & Korea signed." in doc.text and "var x" not in doc.text and "Menu" not in doc.text


def test_markdown_markup_is_dropped(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("# Title\n\nThe **Buk** system, see [link](http://x).\n")
    assert read_document(page).text.strip().splitlines()[-1] == "The Buk system, see link."


def test_same_text_same_id():
    assert Document.from_text("abc def").id == Document.from_text("abc def").id != Document.from_text("abc").id


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"   \n", "empty"),
    ("binary.txt", b"\x00\x01\x02abc", "binary"),
    ("latin1.txt", "Türkiye".encode("latin-1"), "UTF-8"),
    ("image.png", b"\x89PNG", "unsupported"),
])
def test_bad_files_name_file_and_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert name in str(err.value) and reason in str(err.value)


def test_unreadable_path(tmp_path):
    with pytest.raises(InputError, match="cannot be read"):
        read_document(tmp_path / "missing.txt")
    files, errors = discover([tmp_path / "nowhere"])
    assert not files and "no such file" in str(errors[0])
