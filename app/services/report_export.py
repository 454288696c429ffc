"""A report to a file: its table as CSV, or its chart and table as PDF. The file is written
atomically, and never over the open database, its companions or its backups."""

from __future__ import annotations

from pathlib import Path

from app.db.protected_files import refuse_database_target
from app.io.atomic import atomic_text_writer, write_bytes_atomic
from app.io.csv_report import write_report_csv
from app.pdf.report_pdf import ReportSheet, render_report_pdf
from app.services.errors import ValidationError

FORMATS = {".csv": "csv", ".pdf": "pdf"}


def export_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.casefold())
    if fmt is None:
        raise ValidationError("File", f"'{path.name}' must end in .csv or .pdf")
    return fmt


def export_report(sheet: ReportSheet, path: str | Path) -> Path:
    """Write *sheet* to *path* (.csv or .pdf); returns the file written."""
    target = Path(path).expanduser()
    fmt = export_format(target)
    refuse_database_target(target)
    if not target.parent.is_dir():
        raise ValidationError("File", f"the folder {target.parent} does not exist")
    if fmt == "csv":
        with atomic_text_writer(target) as stream:
            write_report_csv(stream, sheet.headers, sheet.rows)
        return target.resolve()
    return write_bytes_atomic(target, render_report_pdf(sheet))
