"""Actions that belong to one tab: their shortcuts work while focus is anywhere inside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

ActionSpec = tuple[str, str, str, Callable[[], object]]  # name, text, shortcut, slot


def tab_actions(tab: QWidget, specs: Iterable[ActionSpec]) -> dict[str, QAction]:
    """One action per spec, added to *tab* (for the menus to show too), by name."""
    actions: dict[str, QAction] = {}
    for name, text, key, slot in specs:
        action = QAction(text, tab)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        tab.addAction(action)
        actions[name] = action
    return actions
