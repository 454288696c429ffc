"""The translation files: `update` runs lupdate over the code into
resources/translations/calldesk_<code>.ts for every language of app/services/languages.py
(creating a new language's file), and fills in the Hindi of tools/hindi.py.

    python tools/translations.py          # what `make translations` runs

lupdate keeps every translation a .ts file already holds, so translations done in Qt
Linguist or by hand stay, except that tools/hindi.py, the source of the Hindi, is written over
every string it has: a Hindi fix goes into tools/hindi.py.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT))


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    return [*files, "main.py"]


# A module's own short helper, `def _tr(text): return QCoreApplication.translate("Ctx", text)`:
# lupdate cannot follow it, so its calls are read as the translate() they stand for.
_HELPER = re.compile(r'def _tr\(text: str\) -> str:\s*return QCoreApplication\.translate\('
                     r'"(\w+)", text\)')
_CALL = re.compile(r"(?<![\w.])_tr\(")


def readable_sources(folder: Path) -> list[str]:
    """The sources as lupdate should read them, copied under *folder*."""
    copies = []
    for name in sources():
        text = (ROOT / name).read_text(encoding="utf-8")
        inner = calls_inside_fstrings(text)
        if inner:  # lupdate does not look into f-strings: the calls there, one a line
            text += "\n\n" + "\n".join(inner) + "\n"
        helper = _HELPER.search(text)
        if helper:
            head, body = text[:helper.end()], text[helper.end():]
            text = head + _CALL.sub(f'QCoreApplication.translate("{helper[1]}", ', body)
        copy = folder / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(text, encoding="utf-8")
        copies.append(str(copy))
    return copies


def calls_inside_fstrings(text: str) -> list[str]:
    """The tr()/translate() calls written inside f-strings, as plain translate() lines."""
    tree = ast.parse(text)
    lines: list[str] = []

    def visit(node: ast.AST, owner: str, in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            owner = node.name
        if in_fstring and isinstance(node, ast.Call):
            line = _as_translate(node, owner)
            if line:
                lines.append(line)
        for child in ast.iter_child_nodes(node):
            visit(child, owner, in_fstring or isinstance(node, ast.JoinedStr))

    visit(tree, "", False)
    return lines


def _as_translate(call: ast.Call, owner: str) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    texts = [a.value for a in call.args if isinstance(a, ast.Constant)]
    if name in ("tr", "_tr") and call.args and isinstance(call.args[0], ast.Constant):
        context = owner if name == "tr" else None
        args = [repr(t) for t in texts]
    elif name == "translate" and len(texts) >= 2 and len(call.args) >= 2:
        context, args = texts[0], [repr(t) for t in texts[1:]]
    else:
        return None
    if context is None:
        return f"_tr({', '.join(args)})"  # rewritten with the module's context below
    n = ", 1" if len(call.args) > len(texts) else ""
    return f"QCoreApplication.translate({context!r}, {', '.join(args)}{n})"


def lupdate(ts: Path) -> None:
    """Every translatable string of the code into *ts*; translations it holds stay."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) \
        or "pyside6-lupdate"
    with tempfile.TemporaryDirectory() as scratch:
        files = readable_sources(Path(scratch))
        subprocess.run([tool, "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", ts.stem.split("_", 1)[1], *files, "-ts", str(ts)],
                       check=True)


def fill(ts: Path, table: dict[str, str | tuple[str, ...]],
         by_context: dict[tuple[str, str], str | tuple[str, ...]]) -> tuple[int, int]:
    """Write the table's translations into *ts*; returns (entries, finished)."""
    tree = ET.parse(ts)
    total = done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source", "")
            text = by_context.get((name, source), table.get(source))
            translation = message.find("translation")
            assert translation is not None
            if text is not None:
                _set(translation, source, text, message.get("numerus") == "yes")
            if translation.get("type") is None:
                done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return total, done


_ACCELERATOR = re.compile(r"(?<!&)&([A-Za-z0-9])")
_TAIL = re.compile(r"[\s…:.>]*$")


def with_accelerator(source: str, text: str) -> str:
    """The source's Alt+letter kept in the translation, the way Indian-language software
    shows it: 'कॉल (&C)…' for '&Calls…', so the keys stay those of an English keyboard."""
    found = _ACCELERATOR.search(source.replace("&&", ""))
    if not found or _ACCELERATOR.search(text.replace("&&", "")):
        return text
    tail = _TAIL.search(text)
    cut = tail.start() if tail else len(text)
    return f"{text[:cut]} (&{found[1].upper()}){text[cut:]}"


def _set(translation: ET.Element, source: str, text: str | tuple[str, ...],
         numerus: bool) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    forms = tuple(with_accelerator(source, f) for f in ((text,) if isinstance(text, str)
                                                          else text))
    if numerus:
        for form in (forms * 2)[:2]:  # Hindi has two forms in Qt: one, and the rest
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)


def write_qt_ts(ts: Path, table: dict[tuple[str, str], str]) -> None:
    """Qt's own strings have no sources here to run lupdate over: the file is written whole."""
    root = ET.Element("TS", version="2.1", language=ts.stem.split("_", 1)[1])
    for name in sorted({context for context, _ in table}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for (owner, source), text in sorted(table.items()):
            if owner == name:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def main() -> int:
    from app.services.languages import translated_languages

    TS_DIR.mkdir(parents=True, exist_ok=True)
    for code in translated_languages():
        ts = TS_DIR / f"calldesk_{code}.ts"
        lupdate(ts)
        if code == "hi":
            sys.path.insert(0, str(ROOT / "tools"))
            from hindi import BY_CONTEXT, HINDI
            from hindi_qt import QT_HINDI

            total, done = fill(ts, HINDI, BY_CONTEXT)
            lupdate(ts)  # back to lupdate's own layout, so the file diffs cleanly
            write_qt_ts(TS_DIR / "qtbase_hi.ts", QT_HINDI)
        else:
            tree = ET.parse(ts)
            total = sum(1 for _ in tree.getroot().iter("message"))
            done = sum(1 for t in tree.getroot().iter("translation") if t.get("type") is None)
        print(f"{ts.relative_to(ROOT)}: {total} entries, {done} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
