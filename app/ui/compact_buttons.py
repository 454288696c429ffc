"""Push buttons as narrow as their text, for toolbars that must fit narrow windows.

The style's minimum push-button width (about 80 px) adds up quickly across a row of short
buttons and would set the minimum width of the whole window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

TEXT_MARGIN = 24


def fit_buttons_to_text(*buttons: QAbstractButton) -> None:
    for button in buttons:
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + TEXT_MARGIN)
