"""Anki field HTML → markdown (html-to-markdown, then our repairs and tidy pass)."""

from __future__ import annotations

import pytest

from srs.anki import html_to_md
from srs.anki.render import render

MEDIA = {"pic 1.jpg": "pic_1.jpg", "hello world.mp3": "hello_world.mp3", "ねこ.png": "ねこ.png"}

CASES = [
    ("plain &amp; simple", "plain & simple"),
    ("snake_case and *star*", r"snake_case and \*star\*"),
    ("What is &lt;div&gt;?", r"What is \<div>?"),
    ("a<br>b<br>", "a\\\nb"),
    ("<div>line1</div><div>line2&nbsp;x</div>", "line1\n\nline2 x"),
    ("<ul><li>a</li><li><b>b</b></li></ul>", "- a\n- **b**"),
    ("<ol><li>one</li><li>two</li></ol>", "1. one\n2. two"),
    ('<pre><code class="language-python">x = 1\nif x:\n  y()</code></pre>',
     "```python\nx = 1\nif x:\n  y()\n```"),
    ("<code>a_b</code> and <code>a &lt; b</code>", "`a_b` and `a < b`"),
    ('<img src="pic 1.jpg"> [sound:hello world.mp3]',
     "![](pic_1.jpg) [🔊 hello world.mp3](hello_world.mp3)"),
    ('<img src="ねこ.png">', "![](ねこ.png)"),
    ("{{c1::<b>Paris</b>::city}} is <i>nice</i>", "{{c1::**Paris**::city}} is *nice*"),
    ("<script>alert(1)</script>ok", "ok"),
    ('<span style="color:red">red</span> text', "red text"),
    ("<h2>Title</h2><p>para</p>", "## Title\n\npara"),
    ("<i>ごはん</i><br>rice&nbsp;&nbsp;every day", "*ごはん*\\\nrice every day"),
    ("x &amp;lt; y", r"x \&lt; y"),
    ("<b>bold</b> <a href=\"https://example.com/a\">link</a>", "**bold** [link](https://example.com/a)"),
    ("", ""),
]


@pytest.mark.parametrize(("field", "expected"), CASES)
def test_field_to_markdown(field, expected):
    assert html_to_md.to_markdown(field, MEDIA) == expected


@pytest.mark.parametrize("field", [c[0] for c in CASES if "sound" not in c[0]])
def test_round_trip_renders_the_same_text(field):
    """Markdown we make renders back to HTML with the same visible text."""
    from urllib.parse import unquote

    from srs.anki.ids import strip_html

    md = html_to_md.to_markdown(field, {})
    again = render(md).html
    if "<script" in field:
        field = field.replace("<script>alert(1)</script>", "")
    def text(h: str) -> str:  # block breaks render as different whitespace: ignore it
        return "".join(unquote(strip_html(h)).split())

    assert text(again) == text(field)


def test_tables_become_pipe_tables():
    md = html_to_md.to_markdown("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>")
    rows = [" ".join(r.split()) for r in md.splitlines()]
    assert rows[0] == "| a | b |" and rows[2] == "| 1 | 2 |"
    assert set(rows[1].replace(" ", "")) <= set("|-:")


# ---------------------------------------------------------------- HTML from real shared decks
# Each case is the shape of HTML found in shared decks (see tests/data/anki_decks/SOURCES.md).

GITHUB_HEADING = (
    '<h2><a id="user-content-install" class="anchor" aria-hidden="true" href="#install">'
    '<svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" '
    'aria-hidden="true"><path fill-rule="evenodd" d="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 '
    '3 1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 1-2.09C10 5.22 8.98 4 8 4H4z"></path></svg>'
    "</a>Install</h2><p>Run it.</p>"
)


def test_github_anchor_icons_vanish():
    assert html_to_md.to_markdown(GITHUB_HEADING) == "## Install\n\nRun it."


@pytest.mark.parametrize(("field", "expected"), [
    ('<a href="https://e.com/x"></a>end', "end"),
    ('<a href="#top">&nbsp; </a>Top', "Top"),
    ('<a href="https://e.com/icon"><svg viewBox="0 0 8 8"><path d="M0 0"/></svg></a>Docs', "Docs"),
    ('<a href="https://x.org/big.png"><img src="small.png" alt="diagram"></a> see', "![diagram](small.png) see"),
    ('<a href="https://e.com/">https://e.com/</a>', "<https://e.com/>"),  # a link with text stays
])
def test_a_link_with_no_text_of_its_own_becomes_its_images_or_nothing(field, expected):
    assert html_to_md.to_markdown(field) == expected


def test_block_content_inside_a_heading_ends_the_heading():
    field = ('<h4><p>Types of joins</p><ul><li>inner</li><li>left</li><li>right</li><li>full</li></ul>'
             '<img src="joins.png"><img src="venn.png" alt="Venn"></h4><p>after</p>')
    md = html_to_md.to_markdown(field)
    assert md == ("#### Types of joins\n\n- inner\n- left\n- right\n- full\n\n"
                  "![](joins.png)![Venn](venn.png)\n\nafter")


@pytest.mark.parametrize("holder", ["h3", "td", "li", "b", "a", "summary"])
def test_every_image_stays_an_image(holder):
    field = f'<table><tr><{holder} href="https://e.com">x <img src="pic.png" alt="a pic"></{holder}></tr></table>'
    assert "![a pic](pic.png)" in html_to_md.to_markdown(field)


@pytest.mark.parametrize(("field", "expected"), [
    ('<span style="font-weight: 600;">semi</span> and <span style="font-weight:bold">bold</span>',
     "**semi** and **bold**"),
    ('<span style="font-style: italic;">slanted</span> <span style="font-weight: 400">plain</span>',
     "*slanted* plain"),
    # Google Docs wraps a paste in <b style="font-weight:normal"> and marks real bold by style
    ('<b style="font-weight:normal;" id="docs-internal-guid-1"><span style="font-weight:700">Key</span>'
     '<span style="font-weight:400">: value</span></b>', "**Key**: value"),
    ('<b>all <span style="font-weight: 400;">but</span> this</b>', "**all** but **this**"),
])
def test_bold_and_italic_set_by_style_are_kept(field, expected):
    assert html_to_md.to_markdown(field) == expected


@pytest.mark.parametrize(("field", "code"), [
    ('<pre><code class="language-rust">struct Apple;\n\n\nimpl Fruit for Apple {}\n</code></pre>',
     "struct Apple;\n\n\nimpl Fruit for Apple {}"),
    ("<pre>line1<br><br><br>line4</pre>", "line1\n\n\nline4"),
    ("<ul><li>In Java:<pre>@Bean\n\n\npublic A a() {}</pre></li></ul>", "@Bean\n\n\npublic A a() {}"),
])
def test_blank_lines_inside_pre_are_kept_exactly(field, code):
    from tests.anki.html_structure import read

    md = html_to_md.to_markdown(field)
    assert read(render(md).html).code_blocks == [code]


@pytest.mark.parametrize("field", ["- Coronavirus disease 2019. Retrieved March 13", "1. Inject SQL 2. Execute it",
                                   "# not a heading", "> not a quote"])
def test_plain_text_that_looks_like_a_list_stays_text(field):
    assert render(html_to_md.to_markdown(field)).html == field.replace(">", "&gt;")


def test_emphasis_on_punctuation_alone_does_not_show_stars():
    md = html_to_md.to_markdown("cloneable but not copyable<em>. </em>String is a pointer; set<em>(</em>)")
    assert "*" not in render(md).html and md == "cloneable but not copyable. String is a pointer; set()"


def test_a_line_break_in_the_html_source_is_a_space():
    field = "<p>Declaring a variable tells the compiler:\n- its name\n- its type</p><pre>a\n\nb</pre>"
    assert html_to_md.to_markdown(field) == "Declaring a variable tells the compiler: - its name - its type\n\n```\na\n\nb\n```"


def test_emphasis_around_a_heading_moves_onto_its_text():
    assert html_to_md.to_markdown("<b><h3>At what age did she leave?</h3></b>") == "### **At what age did she leave?**"


def test_ruby_keeps_each_reading_after_its_base():
    field = "<ruby>陳<rp>(</rp><rt>ㄔㄣˊ</rt><rp>)</rp>月<rp>(</rp><rt>ㄩㄝˋ</rt><rp>)</rp></ruby>老師"
    assert html_to_md.to_markdown(field) == "陳(ㄔㄣˊ)月(ㄩㄝˋ)老師"


def test_bold_that_opens_on_punctuation_after_a_letter_shows_no_stars():
    field = "<b>Ang konklusyon </b>ay narasyon<b>, hindi lamang impormasyon.</b>"
    md = html_to_md.to_markdown(field)
    assert md == "**Ang konklusyon** ay narasyon, **hindi lamang impormasyon.**"
    assert "*" not in render(md).html
