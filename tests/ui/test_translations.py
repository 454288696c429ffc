"""The Hindi interface: every visible string is in the committed translation, each entry is
finished with the same placeholders and Alt+letter key, and a window started in Hindi shows
Hindi on its tabs and on Qt's own buttons."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services.languages import LANGUAGES, translated_languages
from app.ui import translations

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%\d|%n|%s|\{\w+\}")
ACCELERATOR = re.compile(r"(?<!&)&([A-Za-z0-9])")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def _tool():
    spec = importlib.util.spec_from_file_location("translation_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("code", translated_languages())
def test_every_string_of_the_code_is_in_the_committed_file(tmp_path: Path, code: str) -> None:
    fresh = tmp_path / f"calldesk_{code}.ts"
    _tool().lupdate(fresh)
    in_code = set(_messages(fresh))
    committed = set(_messages(TS_DIR / f"calldesk_{code}.ts"))
    missing = sorted(in_code - committed)
    assert not missing, f"run `make translations` and translate: {missing[:10]}"
    assert not sorted(committed - in_code), "the committed file holds strings the code lost"


# Every listed language's file, and its file of Qt's strings where Qt ships none of its own.
TS_FILES = [f"{kind}_{code}.ts" for code in translated_languages()
            for kind in ("calldesk", "qtbase")
            if kind == "calldesk" or (TS_DIR / f"{kind}_{code}.ts").is_file()]


@pytest.mark.parametrize("name", TS_FILES)
def test_every_entry_is_finished_with_the_sources_placeholders_and_key(name: str) -> None:
    problems = []
    for (context, source), message in _messages(TS_DIR / name).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        for form in _forms(message):
            if not form.strip():
                problems.append(f"{context}: {source!r} is empty")
            elif Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            key = ACCELERATOR.search(source.replace("&&", ""))
            shown = ACCELERATOR.search(form.replace("&&", ""))
            if (key and key[1].upper()) != (shown and shown[1].upper()):
                problems.append(f"{context}: {source!r} -> {form!r}: Alt+key differs")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("code", translated_languages())
def test_the_import_fields_of_app_io_are_translated(code: str) -> None:
    """app.io knows no Qt: the import dialog lists its field words for translation."""
    from app.io.column_mapping import FIELD_CHOICES

    sources = {source for context, source in _messages(TS_DIR / f"calldesk_{code}.ts")
               if context == "ImportDialog"}
    assert {label for _, label in FIELD_CHOICES} <= sources


def test_one_list_of_languages_and_a_file_for_each() -> None:
    assert list(LANGUAGES)[:2] == ["en", "hi"]
    for code in translated_languages():
        assert (TS_DIR / f"calldesk_{code}.ts").is_file()


@pytest.fixture()
def built_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The .qm files as the build makes them, loaded from a scratch folder; English again
    (strings and formats) after the test."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in TS_DIR.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm",
                        str(tmp_path / ts.with_suffix(".qm").name)], check=True)
    monkeypatch.setattr(translations, "TRANSLATION_DIR", tmp_path)
    yield tmp_path
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "en")
    QLocale.setDefault(QLocale.system())


def test_the_window_speaks_hindi_on_its_tabs_and_on_qts_own_buttons(qtbot, db_path: str,
                                                                      built_qm: Path) -> None:
    from app.ui.app_context import AppContext
    from app.ui.first_start import apply_language
    from app.ui.main_window import MainWindow
    from app.ui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert apply_language(app, "hi") == "hi"
    assert QLocale().name() == "hi_IN"  # the home country of the test database is India
    window = MainWindow(AppContext(db_path=db_path, home_region="IN"))
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:2] == ["आज (&D)", "संपर्क (&C)"]
    assert all(DEVANAGARI.search(text) for text in tabs)
    assert window.menuBar().actions()[0].text() == "फ़ाइल (&F)"

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "सेव करें"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "रद्द करें"
    edit_menu = dialog.pages[0].owner.createStandardContextMenu()
    assert "कॉपी करें (&C)" in [a.text().split("\t")[0] for a in edit_menu.actions()]


def test_day_and_month_names_follow_the_language(qtbot, built_qm: Path) -> None:
    from datetime import date

    from app.ui.local_time import day_text

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "en", "IN")
    QLocale.setDefault(QLocale("en_IN"))
    assert day_text(date(2026, 1, 5)) == "Mon 05 Jan"
    translations.install_language(app, "hi", "IN")
    assert day_text(date(2026, 1, 5)) == "सोम 05 जन॰"


def test_money_in_the_interface_follows_hindi(qtbot, db_path: str, built_qm: Path) -> None:
    from app.services.money import locale_for_region

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "hi", "IN")
    assert locale_for_region("IN", translations.interface_language()) == "hi_IN"


def test_settings_offers_the_computers_language_english_and_hindi(qtbot, db_path: str) -> None:
    from app.services.first_start import language
    from app.ui.general_settings_page import GeneralSettingsPage

    page = GeneralSettingsPage()
    qtbot.addWidget(page)
    page.load()
    combo = page.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "hi"]
    assert combo.itemText(2) == "हिन्दी"
    combo.setCurrentIndex(combo.findData("hi"))
    page.save()
    assert language() == "hi"
    combo.setCurrentIndex(0)
    page.save()
    assert language() == ""


def test_lang_on_the_command_line_is_read_without_the_full_parser() -> None:
    from app.cli import _window_args, build_parser

    args = _window_args(["--lang", "hi", "--db", "x.db"])
    assert args is not None and args.lang == "hi" and args.db == "x.db"
    assert _window_args(["--lang", "xx"]) is None  # left to argparse, which names the choices
    parsed = build_parser().parse_args(["screenshot", "out", "--lang", "hi"])
    assert parsed.lang == "hi"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "xx"])


def test_the_accelerator_of_the_source_is_kept_in_hindi() -> None:
    tool = _tool()
    assert tool.with_accelerator("&Calls…", "कॉल…") == "कॉल (&C)…"
    assert tool.with_accelerator("Save && &PDF", "सेव करें && PDF") == "सेव करें && PDF (&P)"
    assert tool.with_accelerator("Plain", "सादा") == "सादा"


VISIBLE_CALLS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "addAction", "addMenu", "addTab", "setTabText", "addItem", "addRow", "setTitle",
    "setSubTitle", "showMessage", "addButton", "setInformativeText", "setLabelText",
    "setHorizontalHeaderLabels", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "QToolButton", "information", "warning", "critical", "question",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question"}
NOT_WORDS = re.compile(r"<[^>]*>|&\w+;|\b(?:Ctrl|Alt|Shift|Meta|PgUp|PgDown|F\d+)\b[+\w,]*"
                       r"|\bCallDesk\b|[\w.+-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)+(?::\d+)?\b")


def _untranslated_literals(path: Path) -> list[str]:
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in VISIBLE_CALLS:
            continue
        # The text is the first argument; a message box's are its title and its text.
        shown = node.args[1:3] if name in MESSAGE_BOXES else node.args[:1]
        for arg in shown:
            parts = [arg] if isinstance(arg, ast.Constant) else (
                list(arg.values) if isinstance(arg, ast.JoinedStr) else [])
            text = "".join(p.value for p in parts
                           if isinstance(p, ast.Constant) and isinstance(p.value, str))
            if re.search(r"[A-Za-z]{2,}", NOT_WORDS.sub("", text)):
                found.append(f"{path.name}:{node.lineno}: {name}({text[:50]!r})")
    return found


def test_no_visible_text_is_written_past_translation() -> None:
    """Words handed straight to a label, button, menu or message box never reach the .ts
    file: they must go through tr() or translate() (demo screenshots type sample data)."""
    found = [hit for path in sorted((ROOT / "app" / "ui").glob("*.py"))
             if not path.name.startswith("screenshot") for hit in _untranslated_literals(path)]
    assert not found, "\n".join(found)


def test_no_f_string_is_handed_to_tr() -> None:
    """An f-string in tr() is looked up after its values are filled in: never found."""
    import ast

    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            text = node.args[1:2] if name == "translate" else (
                node.args[:1] if name in ("tr", "_tr", "QT_TRANSLATE_NOOP") else [])
            if any(isinstance(arg, ast.JoinedStr) for arg in text):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_built_in_call_outcomes_are_shown_in_hindi_until_renamed(qtbot, db_path: str,
                                                                   built_qm: Path) -> None:
    from app.services.outcomes import list_outcomes
    from app.ui.call_outcome_panel import CallOutcomePanel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "hi", "IN")
    panel = CallOutcomePanel()
    qtbot.addWidget(panel)
    shown = [panel.outcomes.item(i).text() for i in range(panel.outcomes.count())]
    assert len(shown) == len(list_outcomes())
    assert shown[1].endswith("कोई जवाब नहीं") and shown[-1].endswith("बिक्री")
    from app.ui.outcome_names import outcome_name

    assert outcome_name("Demo visit booked") == "Demo visit booked"  # a label of one's own


def test_a_booking_clash_reads_the_same_in_english_and_is_worded_in_hindi(
        qtbot, built_qm: Path) -> None:
    from datetime import datetime

    from app.services.appointments import ClashError
    from app.services.scheduling import Busy
    from app.ui.service_messages import error_text, unassigned_number

    start = int(datetime(2026, 11, 30, 10, 0).timestamp())
    clash = ClashError(Busy(1, start, start + 45 * 60, "सुनीता वर्मा"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "en", "IN")
    QLocale.setDefault(QLocale("en_IN"))
    assert error_text(clash) == str(clash)  # the service's own words, in English
    assert error_text(clash) == ("Start: clashes with सुनीता वर्मा on Mon 30 Nov 2026 "
                                 "10:00–10:45 (travel buffer included)")
    translations.install_language(app, "hi", "IN")
    assert error_text(clash) == ("शुरुआत: सोम 30 नव॰ 2026 10:00–10:45 को सुनीता वर्मा से "
                                 "टकराता है (आने-जाने का समय मिलाकर)")
    assert unassigned_number("फ़ोन 1", "+915555555555") == (
        "फ़ोन 1: +91 5555 555 555 अपने देश में आवंटित नंबर नहीं है")


_SYSTEM_CHOICE = """
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from app.ui import translations
app = QApplication([])
print(translations.install_language(app, "", "IN"), QLocale().name(),
      QLocale().dayName(1, QLocale.FormatType.ShortFormat))
"""


def test_a_computer_in_a_language_calldesk_lacks_gets_english_days() -> None:
    """System default on a Tamil computer: English text, and English day names with it."""
    import os

    env = {**os.environ, "LANG": "ta_IN.UTF-8", "LC_ALL": "ta_IN.UTF-8",
           "LANGUAGE": "ta_IN", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _SYSTEM_CHOICE], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["en", "en_IN", "Mon"]


def test_without_the_built_translation_the_interface_is_english_with_one_warning(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from datetime import date

    from app.ui.local_time import day_text

    monkeypatch.setattr(translations, "TRANSLATION_DIR", tmp_path)  # no .qm in it
    monkeypatch.setattr(translations, "_warned", set())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert translations.install_language(app, "hi", "IN") == "en"
        assert translations.install_language(app, "hi", "IN") == "en"
        assert translations.interface_language() == "en"
        assert QLocale().name() == "en_IN"
        assert day_text(date(2026, 1, 5)) == "Mon 05 Jan"
        warnings = capsys.readouterr().err.splitlines()
        assert len(warnings) == 1
        assert "calldesk_hi.qm is missing" in warnings[0] and "English" in warnings[0]
    finally:
        translations.install_language(app, "en")
        QLocale.setDefault(QLocale.system())


def test_hindi_labels_shown_without_their_key_lose_the_bracketed_letter(
        qtbot, db_path: str, built_qm: Path) -> None:
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.mnemonic import without_mnemonic
    from app.ui.shortcuts_dialog import menu_shortcuts

    assert without_mnemonic("दिन (&D)") == "दिन" and without_mnemonic("कॉल (&C)…") == "कॉल…"
    assert without_mnemonic("&Day") == "Day" and without_mnemonic("Save && &PDF") == "Save & PDF"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "hi", "IN")
    window = MainWindow(AppContext(db_path=db_path, home_region="IN"))
    qtbot.addWidget(window)
    view_menu = window.menuBar().actions()[2].menu()
    views = [a.text() for a in view_menu.actions() if a.shortcut().toString().startswith("Ctrl+")
             and not a.isSeparator()][:window.tabs.count()]
    assert views[:2] == ["आज", "संपर्क"]
    buttons = [b.text() for b in window.appointments.view_buttons.buttons()]
    assert buttons[0] == "दिन" and not [t for t in buttons if re.search(r"\(\w\)|&", t)]
    rows = menu_shortcuts(window)
    left = [row for row in rows if re.search(r"\(&?[A-Z0-9]\)|&", row[0] + row[1])]
    assert rows and not left, left
    assert all(DEVANAGARI.search(menu) for menu, _action, _key in rows)


def test_settings_shows_built_in_outcomes_in_hindi_and_keeps_them_unless_renamed(
        qtbot, db_path: str, built_qm: Path) -> None:
    from app.services.outcomes import list_outcomes
    from app.ui.outcomes_settings_page import COL_LABEL, OutcomesSettingsPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install_language(app, "hi", "IN")
    page = OutcomesSettingsPage()
    qtbot.addWidget(page)
    page.load()
    before = [o.label for o in list_outcomes(include_inactive=True)]
    shown = [page.table.item(r, COL_LABEL).text() for r in range(page.table.rowCount())]
    assert shown[1] == "कोई जवाब नहीं" and shown[before.index("Sale")] == "बिक्री"
    page.table.setCurrentCell(0, COL_LABEL)
    page.move_row(1)  # a move keeps the stored labels too
    page.table.item(0, COL_LABEL).setText("बात हुई (मालिक से)")
    page.save()
    after = {o.code: o.label for o in list_outcomes(include_inactive=True)}
    assert sorted(after.values()) == sorted(
        ["बात हुई (मालिक से)", *(label for label in before if label != before[1])])
    page.load()
    assert page.table.item(0, COL_LABEL).text() == "बात हुई (मालिक से)"
