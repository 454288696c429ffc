"""Handing a link or a file to the desktop (tel:, mailto:, a PDF) and, when nothing opens it,
saying so in the window with what to install or set."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWidget

MESSAGE_MS = 60_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DesktopLaunch", text)


def failure_text(url: QUrl) -> str:
    """What went wrong and how to fix it, for a link or file the desktop did not open."""
    scheme = url.scheme()
    if scheme == "tel":
        return _tr(
            "Nothing was dialled: no program here handles tel: links. Install a softphone "
            "(e.g. Linphone or GNOME Calls) and make it the default for them (xdg-mime "
            "default APP.desktop x-scheme-handler/tel), or dial by hand.")
    if scheme == "mailto":
        return _tr("No email program opened the address: install one and make it the default "
                   "for mailto: links (on Linux: xdg-mime default APP.desktop "
                   "x-scheme-handler/mailto).")
    name = url.toLocalFile() or url.toString()
    return _tr("Saved %1, but no program opened it: install a PDF viewer (e.g. Evince or "
               "Okular) and make it the default for PDF files (on Linux: xdg-mime default "
               "APP.desktop application/pdf; xdg-open must be installed).").replace("%1", name)


def open_external(url: QUrl, widget: QWidget | None = None) -> str:
    """Open *url* with the desktop; '' when it opened, else the explanation, which is also
    shown in the status bar of *widget*'s main window."""
    if QDesktopServices.openUrl(url):
        return ""
    text = failure_text(url)
    # A dialog (call mode) sits on the main window: its status bar carries the message.
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    if isinstance(widget, QMainWindow):
        widget.statusBar().showMessage(text, MESSAGE_MS)
    return text
