"""Build a "real-world" shared deck with Anki's own code: custom multi-field
note types, heavy inline HTML, media, reviews, suspended/flagged cards."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import anki.collection  # noqa: F401
from anki.collection import Collection

MEANING_HTML = (
    '<div style="font-family: Arial; font-size: 20px;"><span style="color: rgb(0, 0, 255);">'
    "to eat</span>&nbsp;(transitive)</div><div><br></div>"
    "<ul><li><b>taberu</b></li><li><i>ichidan</i> verb &amp; common</li></ul>"
    "<table><tr><th>Form</th><th>Kana</th></tr><tr><td>past</td><td>食べた</td></tr></table>"
)
CODE_HTML = (
    "Iterate and print:<br><pre><code class=\"language-python\">for x in xs:\n"
    "    print(x)</code></pre>Compare with <code>a &lt; b</code>, not &lt;b&gt;."
)
IMAGE = b"\xff\xd8\xff\xe0fake-jpeg"
SOUND = b"ID3fake-mp3"
CAT = b"\x89PNG\r\n\x1a\nfake-cat"


@dataclass
class Built:
    guids: dict[str, str] = field(default_factory=dict)  # label → Anki guid
    card_ids: dict[str, int] = field(default_factory=dict)


def _vocab_type(col: Collection) -> dict:
    mm = col.models
    m = mm.new("Vocab (JP)")
    for name in ("Expression", "Reading", "Meaning", "Example", "Audio", "Picture", "Notes"):
        mm.add_field(m, mm.new_field(name))
    t = mm.new_template("Recognition")
    t["qfmt"] = '<div class="big">{{Expression}}</div>'
    t["afmt"] = ("{{FrontSide}}<hr id=answer>{{furigana:Reading}}<br>{{Meaning}}"
                 '<div class="ex">{{Example}}</div>{{Audio}}{{Picture}}')
    mm.add_template(m, t)
    t = mm.new_template("Production")
    t["qfmt"] = "{{Meaning}}"
    t["afmt"] = "{{FrontSide}}<hr id=answer>{{Expression}}"
    mm.add_template(m, t)
    m["css"] += ".big { font-size: 40px; }"
    mm.add(m)
    return mm.by_name("Vocab (JP)")


def _programming_type(col: Collection) -> dict:
    mm = col.models
    m = mm.new("Programming Q")
    for name in ("Topic", "Question", "Answer", "Source"):
        mm.add_field(m, mm.new_field(name))
    t = mm.new_template("Card 1")
    t["qfmt"] = "{{Question}}"  # the first field (Topic) is not on the card
    t["afmt"] = "{{FrontSide}}<hr id=answer>{{Answer}}{{#Source}}<div>{{Source}}</div>{{/Source}}"
    mm.add_template(m, t)
    mm.add(m)
    return mm.by_name("Programming Q")


def build(col: Collection, scratch: Path) -> Built:
    scratch.mkdir(parents=True, exist_ok=True)
    for name, data in (("food pic.jpg", IMAGE), ("taberu.mp3", SOUND), ("ねこ.png", CAT)):
        (scratch / name).write_bytes(data)
        col.media.add_file(str(scratch / name))
    out = Built()
    deck = col.decks.id("Japanese::Vocab")
    vocab = _vocab_type(col)
    n = col.new_note(vocab)
    n["Expression"] = "食べる"
    n["Reading"] = "食[た]べる"
    n["Meaning"] = MEANING_HTML
    n["Example"] = "<i>ごはんを食べる</i><br>I eat rice&nbsp;&nbsp;every day"
    n["Audio"] = "[sound:taberu.mp3]"
    n["Picture"] = '<img src="food pic.jpg"><img src="ねこ.png">'
    n["Notes"] = "<div>irregular? <b>no</b></div>"
    n.tags = ["JLPT::N5", "verb"]
    col.add_note(n, deck)
    out.guids["vocab"] = n.guid

    prog = _programming_type(col)
    n = col.new_note(prog)
    n["Topic"] = "python"
    n["Question"] = "How do you <b>iterate</b> a list?"
    n["Answer"] = CODE_HTML
    n["Source"] = '<a href="https://docs.python.org">docs</a>'
    col.add_note(n, col.decks.id("Programming"))
    out.guids["programming"] = n.guid

    n = col.new_note(col.models.by_name("Basic (and reversed card)"))
    n["Front"] = "capital of <u>France</u>"
    n["Back"] = "Paris<br>"
    col.add_note(n, col.decks.id("Geo"))
    out.guids["reversed"] = n.guid

    n = col.new_note(col.models.by_name("Cloze"))
    n["Text"] = "<div>The {{c1::<b>mitochondria</b>}} is the {{c2::powerhouse::what?}}</div>"
    n["Back Extra"] = "<span style='color:grey'>biology</span>"
    col.add_note(n, col.decks.id("Bio"))
    out.guids["cloze"] = n.guid

    n = col.new_note(col.models.by_name("Basic (type in the answer)"))
    n["Front"] = "2 + 2 ="
    n["Back"] = "4"
    col.add_note(n, col.decks.id("Math"))
    out.guids["typed"] = n.guid

    _review(col, out)
    return out


def _cards(col: Collection, guid: str):
    nid = col.db.scalar("select id from notes where guid=?", guid)
    return sorted(col.get_note(nid).cards(), key=lambda c: c.ord)


def _review(col: Collection, out: Built) -> None:
    """A history for the vocab card, a real answer, suspended/flagged/buried cards."""
    recog, prod = _cards(col, out.guids["vocab"])
    out.card_ids.update(vocab=recog.id, production=prod.id)
    day = 86_400_000
    now_ms = int(time.time() * 1000)
    history = [  # (ms ago, ease, time taken, type, ivl)
        (60 * day, 3, 8000, 0, -600),
        (59 * day, 4, 3000, 1, 4),
        (50 * day, 0, 0, 4, 0),  # "Forget": the history before it no longer counts
        (40 * day, 1, 12000, 0, -60),
        (40 * day - 600_000, 3, 5000, 0, 1),
        (30 * day, 3, 4000, 1, 9),
        (20 * day, 2, 6000, 1, 14),
    ]
    for ago, ease, taken, kind, ivl in history:
        col.db.execute("insert into revlog values (?,?,?,?,?,?,?,?,?)",
                       now_ms - ago, recog.id, -1, ease, ivl, 0, 2500, taken, kind)
    col.db.execute("update cards set type=2, queue=2, ivl=14, due=?, reps=6, lapses=1 where id=?",
                   col.sched.today + 3, recog.id)
    prod.start_timer()
    col.sched.answerCard(prod, 3)

    fwd, back = _cards(col, out.guids["reversed"])
    col.sched.suspend_cards([back.id])
    col.set_user_flag_for_cards(4, [fwd.id])
    c1, _c2 = _cards(col, out.guids["cloze"])
    col.sched.bury_cards([c1.id], manual=True)
    out.card_ids.update(reversed_fwd=fwd.id, reversed_back=back.id, cloze1=c1.id)
