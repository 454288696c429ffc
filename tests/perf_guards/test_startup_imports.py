"""Starting the window imports only what the first paint needs: no PDF, geocoder, locale
database, calendar or file-format libraries, and none of the tabs that are not shown (checked
in a fresh process, real startup)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_STARTUP = ("reportlab", "babel", "phonenumbers.geocoder", "phonenumbers.carrier",
                  "phonenumbers.timezone", "icalendar", "vobject", "charset_normalizer",
                  "pypdf", "app.ui.settings_dialog", "app.ui.contact_dialog",
                  "app.ui.calls_tab", "app.ui.appointments_tab", "app.ui.quotes_tab",
                  "app.services.importer", "app.services.exporter", "app.ui.detail_sections",
                  # the PostgreSQL driver, which a single-user file never needs
                  "psycopg",
                  # phone numbers (the first paint shows none) and the outbox worker with the
                  # mail libraries (started once the window has painted)
                  "phonenumbers", "app.services.mail_worker", "imaplib", "smtplib",
                  # the business profile and quote arithmetic (only the setup and quotes)
                  "app.services.business", "app.services.quote_totals")

# A database that has been used before (its home country is known), then the modules loaded
# when the first paint has been delivered: what runs after it, such as the outbox worker's
# start, does not delay the window.
_SCRIPT = """
import sys
from app.db.connection import close_database, open_database
from app.services.settings import DEFAULT_REGION, set_setting
open_database(sys.argv[1])
set_setting(DEFAULT_REGION, "IN")
close_database()
import app.ui.startup_probe as probe
report = probe.FirstPaintProbe._report
def _report(self):
    print("loaded", " ".join(sorted(sys.modules)), flush=True)
    report(self)
probe.FirstPaintProbe._report = _report
from app.cli import main
code = main(["--db", sys.argv[1]])
print("exit", code)
"""


def test_first_paint_imports_nothing_heavy(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CALLDESK_EXIT_AFTER_PAINT": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(tmp_path / "c.db")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines.get("exit") == "0", done.stderr
    assert "painted" in lines, "the window reports its first paint and exits"
    loaded = set(lines["loaded"].split())
    assert "app.ui.main_window" in loaded
    heavy = sorted(m for m in loaded if m.split(".")[0] in NOT_AT_STARTUP or m in NOT_AT_STARTUP)
    assert heavy == []
