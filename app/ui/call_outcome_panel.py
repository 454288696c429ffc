"""The outcome part of call mode: outcome (keys 1-9 and 0, or typed), notes and the required
next step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import clock
from app.services.follow_ups import tomorrow_at
from app.services.outcomes import MAX_KEYED, list_outcomes
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.outcome_names import outcome_name

NEXT_FOLLOW_UP, NEXT_APPOINTMENT, NEXT_QUOTE, NEXT_NONE = ("follow_up", "appointment", "quote",
                                                          "none")
PRESET_DEFAULT = 2  # "Tomorrow 9:00"


class CallOutcomePanel(QGroupBox):
    """Keys: 1-9 and 0 pick the first ten outcomes; letters typed on the list filter it by
    name (Enter picks the first match), so outcomes past the tenth are as quick; then focus
    moves to the notes. Alt+F / Alt+P / Alt+Q / Alt+O choose the next step."""

    outcome_picked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How did it go?"))
        self.outcomes = QListWidget()
        self.outcomes.setObjectName("outcomeList")
        self.outcomes.setUniformItemSizes(True)
        for index, outcome in enumerate(list_outcomes(), start=1):
            key = f"{index % 10}  " if index <= MAX_KEYED else "    "
            shown = outcome_name(outcome.label)
            item = QListWidgetItem(key + shown)
            item.setData(Qt.ItemDataRole.UserRole, outcome.code)
            # typed in either language: the stored label and the one shown
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{outcome.label}\n{shown}".casefold())
            self.outcomes.addItem(item)
        self.outcomes.installEventFilter(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("outcomeFilter")
        self.filter.setPlaceholderText(self.tr("Type to find an outcome"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._pick_filtered)
        self.filter.installEventFilter(self)
        self.outcomes.currentItemChanged.connect(
            lambda item, _: self.outcome_picked.emit(self.outcome_code()) if item else None)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("callNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.outcomes.itemActivated.connect(lambda _: self.notes.setFocus())

        self.step_follow_up = QRadioButton(self.tr("Follow-up (Alt+F)"))
        self.step_appointment = QRadioButton(self.tr("Book an appointment (Alt+P)"))
        self.step_quote = QRadioButton(self.tr("Create a quote (Alt+Q)"))
        self.step_none = QRadioButton(self.tr("None, because… (Alt+O)"))
        self.steps = QButtonGroup(self)
        for button, code in ((self.step_follow_up, NEXT_FOLLOW_UP),
                             (self.step_appointment, NEXT_APPOINTMENT),
                             (self.step_quote, NEXT_QUOTE), (self.step_none, NEXT_NONE)):
            button.setProperty("step", code)
            self.steps.addButton(button)
        self.steps.buttonToggled.connect(self._step_changed)
        for key, code in (("Alt+F", NEXT_FOLLOW_UP), ("Alt+P", NEXT_APPOINTMENT),
                          ("Alt+Q", NEXT_QUOTE), ("Alt+O", NEXT_NONE)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda c=code: self.select_step(c))
        # Beside the next step, not instead of it: the info goes by email, the follow-up stays.
        self.send_info = QCheckBox(self.tr("Send info by email after saving (Alt+I)"))
        self.send_info.setObjectName("sendInfo")
        self.send_info.setToolTip(self.tr("Opens an email to this contact with the follow-up "
                                          "template once the call is logged"))
        toggle = QShortcut(QKeySequence("Alt+I"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(lambda: self.send_info.setChecked(
            self.send_info.isEnabled() and not self.send_info.isChecked()))
        self.preset = QComboBox()
        self.preset.setObjectName("followUpPreset")
        self._presets = [
            (self.tr("In 1 hour"), lambda now: now + timedelta(hours=1)),
            (self.tr("In 3 hours"), lambda now: now + timedelta(hours=3)),
            (self.tr("Tomorrow 9:00"), lambda now: tomorrow_at(9, now)),
            (self.tr("Tomorrow 14:00"), lambda now: tomorrow_at(14, now)),
            (self.tr("In 2 days, 9:00"), lambda now: tomorrow_at(9, now) + timedelta(days=1)),
            (self.tr("In a week, 9:00"), lambda now: tomorrow_at(9, now) + timedelta(days=6)),
        ]
        for label, _ in self._presets:
            self.preset.addItem(label)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.follow_up_at = QDateTimeEdit()
        self.follow_up_at.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.follow_up_at.setObjectName("followUpAt")
        self.follow_up_at.setCalendarPopup(True)
        self.follow_up_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reason = QLineEdit()
        self.reason.setObjectName("noStepReason")
        self.reason.setPlaceholderText(self.tr("Why there is no next step"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.step_follow_up)
        follow_row.addWidget(self.preset)
        follow_row.addWidget(self.follow_up_at)
        follow_row.addStretch(1)
        none_row = QHBoxLayout()
        none_row.addWidget(self.step_none)
        none_row.addWidget(self.reason, 1)
        other_row = QHBoxLayout()
        other_row.addWidget(self.step_appointment)
        other_row.addWidget(self.step_quote)
        other_row.addStretch(1)
        info_row = QHBoxLayout()
        info_row.addWidget(self.send_info)
        info_row.addStretch(1)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addLayout(follow_row)
        steps_layout.addLayout(other_row)
        steps_layout.addLayout(none_row)
        steps_layout.addLayout(info_row)
        form = QFormLayout(self)
        outcome_box = QWidget()
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        outcome_layout.addWidget(self.filter)
        outcome_layout.addWidget(self.outcomes)
        form.addRow(self.tr("Outcome (1–9, 0)"), outcome_box)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Next step"), steps)
        rows = min(self.outcomes.count(), 12)
        self.outcomes.setFixedHeight(self.outcomes.sizeHintForRow(0) * rows + 8)
        self._apply_preset(PRESET_DEFAULT)
        self.preset.setCurrentIndex(PRESET_DEFAULT)
        self._step_changed()

    # -- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        text = event.text()
        if watched is self.outcomes and plain and text.isdigit():
            self.pick_key(int(text) or 10)
            return True
        if watched is self.outcomes and plain and text.isprintable() and text.strip():
            self.filter.setFocus()
            self.filter.insert(text)  # typing a name on the list filters it
            return True
        if watched is self.filter and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.outcomes.setFocus()
            return True
        return super().eventFilter(watched, event)

    def pick_key(self, number: int) -> bool:
        """Key *number* (1-9, 0 for the tenth) picks that outcome and moves on to the notes."""
        if not 1 <= number <= min(MAX_KEYED, self.outcomes.count()):
            return False
        self.filter.clear()
        self.outcomes.setCurrentRow(number - 1)
        self.notes.setFocus()
        return True

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        first = None
        for row in range(self.outcomes.count()):
            item = self.outcomes.item(row)
            hidden = bool(wanted) and wanted not in str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and wanted:
            self.outcomes.setCurrentItem(first)

    def _pick_filtered(self) -> None:
        item = self.outcomes.currentItem()
        if item is not None and not item.isHidden():
            self.filter.clear()
            self.outcomes.setCurrentItem(item)
            self.notes.setFocus()

    def focus_outcomes(self) -> None:
        """At the end of a call: offer the follow-up times counted from now, then the keys."""
        self._apply_preset(self.preset.currentIndex())
        self.outcomes.setFocus()

    # -- next step ------------------------------------------------------------------------
    def _apply_preset(self, index: int) -> None:
        make: Callable[[datetime], datetime] = self._presets[index][1]
        when = make(clock.now()).astimezone()
        self.follow_up_at.setDateTime(QDateTime(when.replace(tzinfo=None)))

    def _step_changed(self, *_args) -> None:
        step = self.next_step()
        for widget in (self.preset, self.follow_up_at):
            widget.setEnabled(step == NEXT_FOLLOW_UP)
        self.reason.setEnabled(step == NEXT_NONE)

    def select_step(self, step: str) -> None:
        """Choose the next step and put the cursor where its details go."""
        for button in self.steps.buttons():
            if button.property("step") == step:
                button.setChecked(True)
        target = {NEXT_FOLLOW_UP: self.preset, NEXT_NONE: self.reason}.get(step)
        focus = target or self.steps.checkedButton()
        if focus is not None:
            focus.setFocus()

    # -- values ---------------------------------------------------------------------------
    def outcome_code(self) -> str:
        item = self.outcomes.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def next_step(self) -> str:
        button = self.steps.checkedButton()
        return str(button.property("step")) if button is not None else ""

    def follow_up_time(self) -> datetime | None:
        if self.next_step() != NEXT_FOLLOW_UP:
            return None
        local = self.follow_up_at.dateTime().toPython()
        return local.astimezone() if isinstance(local, datetime) else None
