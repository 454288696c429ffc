"""Help ▸ About: the version, the data file in use, and the licences of what CallDesk ships."""

from __future__ import annotations

import sys
from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from app import __version__
from app.db.postgres import is_postgres_url, redacted
from app.ui.fonts import FONT_DIR

# (what, distribution to ask for its version or "", licence), for everything in the app.
BUNDLED = (
    ("Noto Sans, Noto Sans Devanagari (fonts)", "", "SIL Open Font License 1.1"),
    ("Qt", "", "LGPL 3.0"),
    ("PySide6, Shiboken6", "PySide6_Essentials", "LGPL 3.0"),
    ("Python", "", "Python Software Foundation License"),
    ("peewee", "peewee", "MIT"),
    ("phonenumbers", "phonenumbers", "Apache 2.0"),
    ("ReportLab", "reportlab", "BSD 3-Clause"),
    ("uharfbuzz (HarfBuzz)", "uharfbuzz", "Apache 2.0 (HarfBuzz: MIT)"),
    ("Pillow", "pillow", "MIT-CMU (HPND)"),
    ("Babel", "babel", "BSD 3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("icalendar", "icalendar", "BSD 2-Clause"),
    ("vobject", "vobject", "Apache 2.0"),
    ("python-dateutil", "python-dateutil", "Apache 2.0 / BSD 3-Clause"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
    ("tzdata", "tzdata", "Apache 2.0"),
    ("pytz", "pytz", "MIT"),
    ("six", "six", "MIT"),
)


def _version(dist: str) -> str:
    if not dist:
        return ""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, db_path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CallDesk"))
        self.resize(620, 600)
        header = QLabel(self.tr(
            "<h2>CallDesk %1</h2><p>Contacts, calls, appointments and quotes for people who "
            "sell by phone. Your data stays on this computer.</p>").replace("%1", __version__))
        header.setObjectName("aboutHeader")
        header.setWordWrap(True)
        shown = redacted(db_path)
        data = QLabel((self.tr("Database server: %1") if is_postgres_url(db_path)
                       else self.tr("Data file: %1")).replace("%1", escape(shown)))
        data.setObjectName("aboutDataFile")
        data.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setObjectName("aboutLicences")
        self.licences.setHtml(self.licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(data)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def licences_html(self) -> str:
        versions = {"Qt": qVersion(), "Python": sys.version.split()[0],
                    "PySide6, Shiboken6": pyside_version}
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{escape(versions.get(name) or _version(dist))}"
            f"</td><td>{escape(licence)}</td></tr>" for name, dist, licence in BUNDLED)
        fonts = FONT_DIR / "COPYRIGHT-noto.txt"
        try:
            font_text = fonts.read_text(encoding="utf-8")
        except OSError:
            font_text = ""
        return ("<h3>" + self.tr("Included software and fonts") + "</h3>"
                "<table cellpadding='3'><tr><th align='left'>" + self.tr("Component")
                + "</th><th align='left'>" + self.tr("Version") + "</th><th align='left'>"
                + self.tr("Licence") + "</th></tr>" + rows + "</table>"
                "<p>" + self.tr("Qt and PySide6 are used under the LGPL 3.0: they are "
                                "separate libraries in the app folder and can be replaced.")
                + "</p><h3>" + self.tr("Font licence") + "</h3>"
                f"<pre style='white-space: pre-wrap'>{escape(font_text)}</pre>")
