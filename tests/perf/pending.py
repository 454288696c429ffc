"""Figures of the issue that need features not in this build, and how to add each one.

Each becomes a function ``(ctx: BenchContext) -> Figure`` in a module of its own (for example
``tests/perf/calls_figures.py``), appended to ``IN_PROCESS`` in ``tests/perf/figures.py``; then
its entry here is deleted. ``ctx.measure(name, goal_ms, inputs, action)`` does the timing, the
SQL recording and the raw-sqlite3 replay; ``ctx.sample_contact_ids(n)`` and
``ctx.sample_rows(sql, n)`` draw inputs from the seeded data; ``ctx.window`` is the real
main window. Sketches:

- logging a call (goal 10 ms, p95)::

      ids = ctx.sample_contact_ids(200)
      def action(contact_id):
          log_call(CallInput(contact_id=contact_id, outcome="answered", ...))
          ctx.window.refresh_all()          # or the narrower refresh the calls tab uses
      return ctx.measure("logging a call, until the views are refreshed", 10, ids, action)

  Logging writes, so the replay should be limited to the reads (``captured_sql`` records
  reads only) and the figure should run on a copy of the cached database, or delete its
  calls afterwards.
- week view of one rep (50 ms): inputs = (rep id, a Monday) pairs from the seeded
  appointments; action = the appointments tab showing that week, rendered to a QImage.
- 3-page quote PDF, warm (50 ms): inputs = ids of seeded quotes with enough lines for three
  pages; action = the quote PDF function writing to a BytesIO; ``raw=False`` (not
  database-bound beyond one indexed read).
- importing 100,000 CSV rows (10 s, the event loop never blocked more than 100 ms): one run
  on a copy of the database; a QTimer at 10 ms records the longest gap between its ticks
  while the import runs on its worker; the figure is the wall time, and ``extra_ok`` is set
  from the longest gap.
- contact detail with calls, appointments and quotes: already measured by
  ``contact_detail`` in contacts_figures.py, since it renders every function in
  ``app.ui.detail_sections.SECTIONS``; each feature's section is timed as soon as it is
  registered there. The cached database gets calls, appointments and quotes as soon as
  ``seed`` accepts ``--calls``, ``--appointments`` and ``--quotes``.
"""

from __future__ import annotations

from tests.perf.stats import Pending

PENDING: list[Pending] = [
    Pending("logging a call, until the views are refreshed", 10, "the Calls feature"),
    Pending("week view of one rep", 50, "the Appointments feature"),
    Pending("3-page quote PDF, warm", 50, "the Quotes feature"),
    Pending("importing 100,000 CSV rows (event loop never blocked > 100 ms)", 10_000,
            "the CSV import feature"),
]
