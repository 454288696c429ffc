"""Helpers for driving the real contact dialog and answering message boxes without blocking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.ui.contact_dialog import ContactDialog

Driver = Callable[[ContactDialog], None]


@dataclass
class DialogScript:
    """Each time the contact dialog would run modally, the next driver plays the user."""

    drivers: list[Driver] = field(default_factory=list)
    seen: list[ContactDialog] = field(default_factory=list)

    def then(self, driver: Driver) -> DialogScript:
        self.drivers.append(driver)
        return self


@pytest.fixture(autouse=True)
def _no_driver_left_waiting():
    """A modal driver still polling when its test ends would play the user in the next one."""
    yield
    from tests.ui.call_ui_helpers import forget_pending

    forget_pending()


@pytest.fixture()
def dialog_script(monkeypatch: pytest.MonkeyPatch) -> DialogScript:
    script = DialogScript()

    def run(self: ContactDialog) -> int:
        assert script.drivers, "the contact dialog opened unexpectedly"
        self.show()
        self.activateWindow()
        QApplication.processEvents()
        script.seen.append(self)
        script.drivers.pop(0)(self)
        if self.isVisible():  # the user left it open: nothing more happens
            self.hide()
        owner = self.parentWidget()
        if owner is not None:  # as a window manager does when a dialog closes
            owner.window().activateWindow()
            QApplication.processEvents()
        return int(self.result())

    monkeypatch.setattr(ContactDialog, "exec", run)
    return script


@dataclass
class Answers:
    """Canned answers for QMessageBox statics, recording every question asked."""

    replies: list[QMessageBox.StandardButton] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture()
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorded = Answers()

    def question(_parent, title, text, *_args, **_kwargs):
        recorded.asked.append((title, text))
        assert recorded.replies, f"unexpected question: {title}: {text}"
        return recorded.replies.pop(0)

    def note(_parent, title, text, *_args, **_kwargs):
        recorded.asked.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(note))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(note))
    return recorded


def save_button(dialog: ContactDialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


def cancel_button(dialog: ContactDialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Cancel)


def type_text(widget, text: str) -> None:
    """Type *text* into *widget* as key events, any script (QTest.keyClicks is ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "opens_on_today: the window opens on Today, as it does "
                            "for a person who has not chosen otherwise")


@pytest.fixture(autouse=True)
def _start_on_contacts(request: pytest.FixtureRequest, _isolated_qsettings: None) -> None:
    """Most window tests are about the contact list: the window opens on it, as it does for
    a person who chose to come back to the last tab and left Contacts open. Tests of the
    first start on Today are marked opens_on_today."""
    if "qtbot" not in request.fixturenames or request.node.get_closest_marker("opens_on_today"):
        return
    from app.ui.ui_settings import START_KEY, ui_settings

    settings = ui_settings()
    settings.setValue(START_KEY, "last")
    settings.setValue("main/tab_name", "contactsPage")
    settings.sync()
