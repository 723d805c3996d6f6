"""Stats: review heatmap, 30-day forecast, retention by week, cards by state — with the numbers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from srs.service.stats import collection_stats
from srs.service.stats_more import CARD_TYPES, MoreStats, more_stats
from srs.tui.format import count, percent, plural
from srs.tui.jobs import run_db
from srs.tui.widgets.bar_chart import BarChart, columns
from srs.tui.widgets.hbars import HBars
from srs.tui.widgets.heatmap import Heatmap

if TYPE_CHECKING:
    from srs.service import Collection

WEEKS_SHOWN = 8


def heatmap_numbers(per_day: dict[str, int]) -> str:
    total = sum(per_day.values())
    days = sum(1 for v in per_day.values() if v)
    best = max(per_day.values(), default=0)
    avg = f" · average {total / days:.0f} on days studied" if days else ""
    return f"{plural(total, 'review')} · {plural(days, 'day')} studied · best day {best}{avg}"


def forecast_numbers(forecast: list[int]) -> str:
    if not forecast:
        return "nothing scheduled"
    peak = max(range(len(forecast)), key=lambda i: forecast[i])
    return (
        f"today {forecast[0]} · tomorrow {forecast[1] if len(forecast) > 1 else 0} · "
        f"next 7 days {sum(forecast[:7])} · next 30 days {sum(forecast)} · busiest +{peak} ({forecast[peak]})"
    )


def buttons_table(more: MoreStats) -> str:
    """Anki's answer-button table: answers per button by card type, and the share not Again."""
    lines = [f"{'':<9}{'Again':>7}{'Hard':>7}{'Good':>7}{'Easy':>7}{'correct':>9}"]
    for kind in CARD_TYPES:
        counts = more.buttons.get(kind, [0, 0, 0, 0])
        n = sum(counts)
        correct = percent((n - counts[0]) / n) if n else "—"
        lines.append(f"{kind.capitalize():<9}" + "".join(f"{c:>7,}" for c in counts) + f"{correct:>9}")
    return "\n".join(lines)


def true_retention(more: MoreStats) -> str:
    parts = []
    for kind in ("young", "mature"):
        rate, n = more.retention(kind)
        parts.append(f"{kind.capitalize()} {percent(rate)} (n={n})")
    return " · ".join(parts) + "  (review answers not Again)"


def hours_chart(more: MoreStats) -> str:
    """Answers per local hour as bars two characters wide, hours marked below, the busiest hour named."""
    answers = [n for n, _passed in more.hours]
    if not any(answers):
        return "No answers in the last 30 days."
    bars = columns(answers, 3)
    rows = ["".join(col[r] * 2 for col in bars) for r in range(3)]
    marks = "".join(f"{h:<12}" for h in (0, 6, 12, 18)).rstrip()
    best = max(range(24), key=lambda h: answers[h])
    n, passed = more.hours[best]
    return "\n".join([*rows, marks, f"busiest {best}:00–{best + 1}:00: {plural(n, 'answer')}, {percent(passed / n)} not Again"])


def distribution(buckets: list[tuple[str, int]], id: str) -> HBars:
    total = sum(n for _label, n in buckets) or 1
    return HBars([(label, n, f"{n:,} ({n / total:.0%})") for label, n in buckets], id=id)


class StatsScreen(Screen[None]):
    SCREEN_NAME = "Stats"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("escape,q", "app.go_home", "Back"),
        Binding("r", "reload", "Refresh"),
        Binding("question_mark", "app.help", "Help"),
    ]
    HELP = (
        "Heatmap: one column per week, one row per weekday; darker shade = more reviews (see the legend).\n"
        "Forecast: cards falling due on each of the next 30 days.\n"
        "Retention: share of review answers that were not Again, per week (n = answers).\n"
        "Young cards have an interval under 21 days; mature ones 21 days or more.\n"
        "Answer buttons: answers of the last 30 days per button, by what the card was before the answer\n"
        "(learning includes new and relearning cards); true retention: review answers that were not Again.\n"
        "Distributions (cards that are not new or suspended): interval, FSRS stability (days until recall\n"
        "falls to 90%), difficulty (1 easy – 10 hard) and retrievability (chance of recall now)."
    )

    def __init__(self, deck: str | None = None) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        yield Label(f"Statistics — {self.deck or 'all decks'}", id="stats-title", markup=False)
        yield Static("Computing statistics…", id="stats-summary")
        yield VerticalScroll(id="stats")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        deck = self.deck

        def load(col: Collection) -> tuple[Any, date, MoreStats]:
            return collection_stats(col, deck=deck), col.now().astimezone().date(), more_stats(col, deck)

        run_db(self, load, self.show_stats, failed=self.show_failure, group="stats", exclusive=True)

    def show_failure(self, message: str) -> None:
        self.query_one("#stats-summary", Static).update(Text(f"Statistics are not available: {message}"))

    async def show_stats(self, value: tuple[Any, date, MoreStats]) -> None:
        st, today, more = value
        box = self.query_one("#stats", VerticalScroll)
        await box.remove_children()
        summary = (
            f"{plural(st.total, 'card')} · today: {count(st.today_new)} new · {count(st.today_learning)} learn · "
            f"{count(st.today_review)} due · retention 30d {percent(st.retention_30d)} · streak {plural(st.streak, 'day')}"
        )
        weeks = list(st.retention_by_week)[-WEEKS_SHOWN:]
        retention = [
            (str(start)[:10], rate, f"{percent(rate)} (n={n})") for start, rate, n in weeks
        ]
        states = [
            ("New", st.new, count(st.new)),
            ("Learning", st.learning, count(st.learning)),
            ("Young", st.young, f"{count(st.young)}  (review, interval < 21d)"),
            ("Mature", st.mature, f"{count(st.mature)}  (review, interval ≥ 21d)"),
            ("Suspended", st.suspended, count(st.suspended)),
        ]
        self.query_one("#stats-summary", Static).update(summary)
        left = [
            Vertical(
                Static("Reviews, last 12 months", classes="section-title"),
                Heatmap(dict(st.reviews_per_day), today, id="heatmap"),
                Static(heatmap_numbers(dict(st.reviews_per_day)), classes="numbers"),
                classes="section",
            ),
            Vertical(
                Static("Cards by state", classes="section-title"),
                HBars(states, id="states"),
                classes="section",
            ),
        ]
        right = [
            Vertical(
                Static("Due in the next 30 days", classes="section-title"),
                BarChart(list(st.forecast), id="forecast"),
                Static(forecast_numbers(list(st.forecast)), classes="numbers"),
                classes="section",
            ),
            Vertical(
                Static(f"Retention by week, last {len(retention)} (answers not Again)", classes="section-title"),
                HBars(retention, top=1.0, id="retention") if retention else Static("No reviews yet.", classes="numbers"),
                classes="section",
            ),
        ]
        left += [
            _section("Answer buttons, last 30 days", Static(buttons_table(more), id="buttons")),
            _section("True retention, last 30 days", Static(true_retention(more), classes="numbers", id="true-retention")),
            _section("Answers by hour of day, last 30 days", Static(hours_chart(more), id="hours")),
        ]
        right += [
            _section("Intervals", distribution(more.intervals, "intervals")),
            _section("Stability", distribution(more.stability, "stability")),
            _section("Difficulty", distribution(more.difficulty, "difficulty")),
            _section("Retrievability now", distribution(more.retrievability, "retrievability")),
        ]
        await box.mount(Horizontal(Vertical(*left, classes="stats-column"), Vertical(*right, classes="stats-column"), id="stats-columns"))


def _section(title: str, body: Static | HBars) -> Vertical:
    return Vertical(Static(title, classes="section-title"), body, classes="section")
