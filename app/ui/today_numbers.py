"""Today's numbers so far (dials, connects, appointments booked) against the daily targets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

NAMES = ("dials", "connects", "booked")


class TodayNumbers(QWidget):
    targets_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {"dials": self.tr("Dials"), "connects": self.tr("Connects"),
                  "booked": self.tr("Appointments booked")}
        self.title = QLabel(f"<b>{self.tr('Today so far')}</b>")
        self.values: dict[str, QLabel] = {}
        self.bars: dict[str, QProgressBar] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        self.targets_button = QPushButton(self.tr("Daily tar&gets…"))
        self.targets_button.clicked.connect(self.targets_requested)
        grid.addWidget(self.targets_button, 0, 2)
        for row, name in enumerate(NAMES, start=1):
            value = QLabel()
            value.setObjectName(f"today_{name}")
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            grid.addWidget(QLabel(labels[name]), row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(bar, row, 2)
            self.values[name], self.bars[name] = value, bar
        grid.setColumnStretch(2, 1)

    def show_numbers(self, counts: dict[str, int], targets: dict[str, int]) -> None:
        for name in NAMES:
            count, target = counts[name], targets.get(name, 0)
            if target:
                self.values[name].setText(self.tr("%1 of %2").replace("%1", f"{count:,}")
                                          .replace("%2", f"{target:,}"))
                self.bars[name].setRange(0, target)
                self.bars[name].setValue(min(count, target))
            else:
                self.values[name].setText(f"{count:,}")
                self.bars[name].setRange(0, 1)
                self.bars[name].setValue(0)
            self.bars[name].setVisible(bool(target))
