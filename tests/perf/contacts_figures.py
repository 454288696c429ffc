"""Contacts figures, driven through the real Contacts tab of the real main window."""

from __future__ import annotations

import time

from PySide6.QtGui import QImage

from tests.perf.context import BenchContext
from tests.perf.load import goal
from tests.perf.sqlreplay import captured_sql, replay_ms
from tests.perf.stats import Figure

SEARCHES = 300
DETAILS = 200
OPENINGS = 20
SCROLL_STEPS = 100
# p95 goals, quiet and with one core busy (LOAD=1): a frame within 60 fps (30 fps under load),
# a keystroke's search well within the typing delay.
SCROLL_GOAL_MS = (16.7, 33)
SEARCH_GOAL_MS = (30, 50)


def _show_contacts(ctx: BenchContext) -> None:
    """Bring the Contacts tab to the front, as a person searching or scrolling it has it (the
    window opens on Today): a hidden tab's table is laid out at a fraction of its real size
    and paints nothing on screen."""
    from app.ui.main_window import TAB_CONTACTS

    if ctx.window.tabs.currentIndex() != TAB_CONTACTS:
        ctx.window.tabs.setCurrentIndex(TAB_CONTACTS)
        ctx.settle()


def _search_action(ctx: BenchContext):
    """Type *text* into the search box and run the (debounced) filter; the sample ends when
    the model has been reset with the new rows."""
    _show_contacts(ctx)
    tab = ctx.window.contacts
    reset_at: list[float] = []
    tab.model.modelReset.connect(lambda: reset_at.append(time.perf_counter()))

    def action(text: str) -> float:
        tab.search.setText(text)
        reset_at.clear()
        tab.apply_filter()
        return reset_at[0]

    return action


def _clear_search(ctx: BenchContext) -> None:
    tab = ctx.window.contacts
    tab.search.clear()
    tab.apply_filter()
    ctx.settle()


def search_as_you_type(ctx: BenchContext) -> Figure:
    """300 prefixes (2–5 characters) of seeded first names, last names and companies."""
    rows = ctx.sample_rows("SELECT first_name, last_name, company FROM contact WHERE id = ?",
                           SEARCHES * 2)
    prefixes: list[str] = []
    for first, last, company in rows:
        word = ctx.rng.choice([w for w in (first, last, company.split(" ")[0]) if w])
        length = ctx.rng.randint(2, 5)
        if len(word) >= 2:
            prefixes.append(word[:length])
        if len(prefixes) == SEARCHES:
            break
    figure = ctx.measure("search as you type: keystroke to model updated",
                         goal(*SEARCH_GOAL_MS), prefixes,
                         _search_action(ctx))
    _clear_search(ctx)
    return figure


def phone_digit_search(ctx: BenchContext) -> Figure:
    """4–10 consecutive digits taken from anywhere in stored numbers (not starting with 0,
    which a search drops as a trunk prefix)."""
    rows = ctx.sample_rows("SELECT digits FROM phone WHERE contact_id = ?", SEARCHES * 2)
    queries: list[str] = []
    for (digits,) in rows:
        length = ctx.rng.randint(4, min(10, len(digits)))
        start = ctx.rng.randrange(0, len(digits) - length + 1)
        piece = digits[start:start + length]
        if not piece.startswith("0"):
            queries.append(piece)
        if len(queries) == SEARCHES:
            break
    figure = ctx.measure("phone-digit search (4-10 digits)", 20, queries, _search_action(ctx))
    _clear_search(ctx)
    return figure


def open_contacts_tab(ctx: BenchContext) -> Figure:
    """A new Contacts tab (first page queried) rendered to an image."""
    from app.ui.contacts_tab import ContactsTab

    _show_contacts(ctx)
    width, height = ctx.window.contacts.size().width(), ctx.window.contacts.size().height()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    tabs: list[ContactsTab] = []

    def action(_: int) -> None:
        tab = ContactsTab(ctx.app_ctx)
        tab.resize(width, height)
        tab.render(image)
        tabs.append(tab)

    def between() -> None:
        while tabs:
            tabs.pop().deleteLater()
        ctx.settle()

    return ctx.measure("opening the contacts tab (rendered)", 100, list(range(OPENINGS)),
                       action, goal_stat="median", between=between)


def scroll_contacts(ctx: BenchContext) -> Figure:
    """100 page-down steps through the contact list, each frame rendered to an image."""
    _show_contacts(ctx)
    table = ctx.window.contacts.table
    bar = table.verticalScrollBar()
    viewport = table.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def action(_: int) -> None:
        bar.setValue(bar.value() + bar.pageStep())
        ctx.app.processEvents()
        viewport.render(image)

    def restart() -> None:
        _clear_search(ctx)
        bar.setValue(0)
        ctx.settle()

    statements: list[list[str]] = []
    restart()
    for step in range(SCROLL_STEPS):  # recording pass, also warms the caches
        with captured_sql() as sql:
            action(step)
        statements.append(sql)
    restart()
    samples: list[float] = []
    for step in range(SCROLL_STEPS):
        started = time.perf_counter()
        action(step)
        samples.append((time.perf_counter() - started) * 1000)
    loaded = ctx.window.contacts.model.loaded_row_count()
    restart()
    for sql in statements:  # warm the raw connection's page cache first, as the app's was
        replay_ms(ctx.raw, sql)
    raw = [replay_ms(ctx.raw, sql) for sql in statements]
    figure = Figure("scrolling the contact list, per frame", samples, goal(*SCROLL_GOAL_MS), "p95",
                    raw)
    figure.notes.append(f"{SCROLL_STEPS} page steps, {loaded} rows paged in")
    return figure


def contact_detail(ctx: BenchContext) -> Figure:
    """The detail pane for a contact that has calls, appointments and quotes: every section
    in SECTIONS (fields, call history, appointments, quotes)."""
    _show_contacts(ctx)
    pane = ctx.window.contacts.detail
    ids = _contacts_with_everything(ctx, DETAILS)
    figure = ctx.measure("contact detail with its calls, appointments and quotes", 30, ids,
                         pane.show_contact)
    figure.notes.append(f"{len(ids)} contacts, each with calls, appointments and quotes")
    return figure


def _contacts_with_everything(ctx: BenchContext, count: int) -> list[int]:
    """Up to *count* random contacts that have at least one call, appointment and quote."""
    booked = {r[0] for r in ctx.raw.execute("SELECT DISTINCT contact_id FROM appointment")}
    quoted = {r[0] for r in ctx.raw.execute("SELECT DISTINCT contact_id FROM quote")}
    candidates = sorted(booked & quoted)
    ctx.rng.shuffle(candidates)
    picked: list[int] = []
    for contact_id in candidates:
        if ctx.raw.execute("SELECT 1 FROM call WHERE contact_id = ? LIMIT 1",
                           (contact_id,)).fetchone():
            picked.append(int(contact_id))
            if len(picked) == count:
                break
    if not picked:
        raise RuntimeError("no contact has calls, appointments and quotes: seed them")
    return picked
