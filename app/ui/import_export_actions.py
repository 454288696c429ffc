"""File menu entries for importing, undoing the last import, and exporting contacts; the
slow part of each runs off the UI thread with a progress dialog that can cancel it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QProgressDialog

from app.db.contact_list import ContactQuery
from app.ui.file_dialogs import save_file_name
from app.ui.headless import is_headless

if TYPE_CHECKING:  # the import and export code loads when first used, not at start
    from app.services.exporter import ExportResult
    from app.services.import_types import ImportSummary, UndoResult
    from app.ui.import_dialog import ImportDialog
    from app.ui.process_task import ProcessTask

SUMMARY_PROBLEMS_SHOWN = 200


class ImportExportActions(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.task: ProcessTask | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: ImportDialog | None = None
        self.message: QMessageBox | None = None
        self.last_summary: ImportSummary | None = None
        self._started = 0.0
        self._unit = ""
        self._done_slot: Callable[[Any], None] = lambda _result: None
        menu.addAction(self._action(self.tr("&Import contacts…"), lambda: self.import_contacts(),
                                    "Ctrl+Shift+I"))
        menu.addAction(self._action(self.tr("&Undo last import…"), self.undo_last_import))
        menu.addAction(self._action(self.tr("E&xport contacts…"), self.export_contacts,
                                    "Ctrl+Shift+E"))
        menu.addSeparator()

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done.is_set()

    def may_quit(self) -> bool:
        """Closing the window stops a running job, after asking (where a person can answer);
        its changes are not kept."""
        if self.task is None or not self.busy:
            return True
        if is_headless():
            self.task.stop()
            return True
        answer = QMessageBox.question(
            self.window, self.tr("CallDesk"),
            self.tr("An import or export is still running. Stop it and quit? Nothing it has "
                    "done so far is kept."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.task.stop()
        return True

    # -- import ---------------------------------------------------------------------------
    def import_contacts(self, path: str = "") -> ImportDialog | None:
        if self.busy:
            return None
        from app.ui.import_dialog import ImportDialog  # babel's country names: on first use

        self.dialog = ImportDialog(self.window.ctx, self.window, path)  # type: ignore[attr-defined]
        self.dialog.accepted.connect(self._start_import)
        self.dialog.open()
        return self.dialog

    def _start_import(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.source is None:
            return
        source, roles = dialog.source, dialog.roles()
        region, merge = dialog.region_code(), dialog.merge.isChecked()
        unit = self.tr("cards") if source.format == "vcard" else self.tr("rows")
        self._run("import", dict(path=source.path, fmt=source.format, region=region,
                                 merge=merge, roles=roles,
                                 lenient_quotes=dialog.lenient_quotes()),
                  self.tr("Importing %1…").replace("%1", source.path.name), unit,
                  self._import_done)

    def _import_done(self, summary: ImportSummary) -> None:
        self.last_summary = summary
        self._refresh()
        unit = self.tr("cards") if summary.unit == "card" else self.tr("rows")
        text = self.tr("Read %1 %2: imported %3, merged %4, refused %5.") \
            .replace("%1", f"{summary.seen:,}").replace("%2", unit) \
            .replace("%3", f"{summary.imported:,}").replace("%4", f"{summary.merged:,}") \
            .replace("%5", f"{summary.refused:,}")
        warned = summary.warned()
        if warned:
            text += " " + self.tr("With a warning: %1.").replace("%1", f"{warned:,}")
        details = "\n".join(summary.lines(SUMMARY_PROBLEMS_SHOWN))
        self._show(QMessageBox.Icon.Information, self.tr("Import finished"), text, details)
        if summary.problems and self.message is not None:
            self.message.setInformativeText(self.tr(
                "Show Details names each refused or repaired row or card, by its line in the "
                "file, and says why."))

    # -- undo -----------------------------------------------------------------------------
    def undo_last_import(self) -> None:
        if self.busy:
            return
        from app.services.importer import last_import

        last = last_import()
        if last is None:
            self._show(QMessageBox.Icon.Information, self.tr("Undo last import"),
                       self.tr("There is no import to undo."))
            return
        _, source, added = last
        answer = QMessageBox.question(
            self.window, self.tr("Undo last import"),
            self.tr("Undo the import of %1? The contacts it added (%2) are deleted, with "
                    "anything recorded for them since, and the contacts it merged into go back "
                    "to how they were before. Added contacts that have numbered quotes now are "
                    "kept, with their quotes.").replace("%1", source).replace("%2", f"{added:,}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run("undo_import", {}, self.tr("Undoing the import…"), "", self._undo_done)

    def _undo_done(self, result: UndoResult) -> None:
        self._refresh()
        self._show(QMessageBox.Icon.Information, self.tr("Import undone"),
                   self.tr("Import of %3 undone. Contacts removed: %1. "
                           "Merged contacts restored: %2.")
                   .replace("%1", f"{result.removed:,}").replace("%2", f"{result.reverted:,}")
                   .replace("%3", result.source)
                   + (self.tr(" Kept, because they have numbered quotes: %1.")
                      .replace("%1", f"{result.kept:,}") if result.kept else ""))

    # -- export ---------------------------------------------------------------------------
    def export_contacts(self) -> None:
        if self.busy:
            return
        query: ContactQuery = self.window.contacts.current_query()  # type: ignore[attr-defined]
        if query.text or query.status:
            answer = QMessageBox.question(
                self.window, self.tr("Export contacts"),
                self.tr("Export only the contacts that match the current search and filter? "
                        "Choose No to export all contacts."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.No:
                query = ContactQuery(sort=query.sort, descending=query.descending)
        csv_filter = self.tr("CSV for spreadsheets (*.csv)")
        vcf3, vcf4 = self.tr("vCard 3.0 (*.vcf)"), self.tr("vCard 4.0 (*.vcf)")
        path, chosen = save_file_name(self.window, "export", self.tr("Export contacts"),
                                      "contacts.csv", ";;".join((csv_filter, vcf3, vcf4)))
        if not path:
            return
        if chosen in (vcf3, vcf4) and not path.casefold().endswith((".vcf", ".vcard")):
            path += ".vcf"
        elif chosen == csv_filter and not path.casefold().endswith(".csv"):
            path += ".csv"
        self.start_export(path, query, "4.0" if chosen == vcf4 else "3.0")

    def start_export(self, path: str, query: ContactQuery, vcard_version: str = "3.0") -> None:
        self._run("export", dict(path=path, query=query, vcard_version=vcard_version),
                  self.tr("Exporting contacts…"), self.tr("contacts"), self._export_done)

    def _export_done(self, result: ExportResult) -> None:
        self._show(QMessageBox.Icon.Information, self.tr("Export finished"),
                   self.tr("Contacts exported to %2: %1.")
                   .replace("%1", f"{result.count:,}").replace("%2", str(result.path)))

    # -- running --------------------------------------------------------------------------
    def _run(self, job: str, arguments: dict[str, Any], title: str, unit: str,
             done_slot: Callable[[Any], None]) -> None:
        """Run *job* (see app.services.background_job) in a child process, with a progress
        dialog that can cancel it."""
        from app.ui.process_task import ProcessTask

        db_path: str = self.window.ctx.db_path  # type: ignore[attr-defined]
        self.task = ProcessTask(db_path, job, **arguments)
        self._started, self._unit = time.perf_counter(), unit
        progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("CallDesk"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.task.cancel)
        progress.rejected.connect(self.task.cancel)  # Escape
        self.progress = progress
        signals = self.task.signals
        signals.progress.connect(self._on_progress)
        self._done_slot = done_slot
        signals.finished.connect(self._finished)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        self.task.start()

    def _finished(self, result: object) -> None:
        self._close_progress()
        self._done_slot(result)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        elapsed = max(time.perf_counter() - self._started, 1e-6)
        progress = self.progress
        progress.setMaximum(max(total, 1))
        if self._unit:
            progress.setLabelText(
                self.tr("%1 of %2 %3 · %4 per second")
                .replace("%1", f"{done:,}").replace("%2", f"{total:,}")
                .replace("%3", self._unit).replace("%4", f"{done / elapsed:,.0f}"))
        progress.setValue(min(done, max(total, 1)))  # last: a modal dialog runs events here

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._refresh()
        self._show(QMessageBox.Icon.Warning, self.tr("CallDesk"),
                   self.tr("Nothing was changed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._close_progress()
        self._show(QMessageBox.Icon.Information, self.tr("CallDesk"),
                   self.tr("Cancelled. Nothing was changed."))

    def _refresh(self) -> None:
        self.window.refresh_all()  # type: ignore[attr-defined]

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("importExportMessage")
        if details:
            box.setDetailedText(details)
        self.message = box
        box.open()
