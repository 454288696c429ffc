"""A big import is read and cleaned in a second process while this one writes: the same
contacts, problems and counts as cleaning in place; cancelling or a refused file stops the
second process and writes nothing."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from app.db.contact_list import contact_count
from app.io.csv_quotes import LooseQuoteError
from app.services import import_cleaner
from app.services.contacts import TEXT_LIMIT
from app.services.import_types import ImportCancelled
from app.services.importer import import_file, undo_last_import
from tests.engines import check_search_index
from tests.perf.bench_import import write_csv
from tests.samples import dump_contacts

ROWS = 1_200


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    write_csv(path, ROWS)
    with path.open("a", encoding="utf-8") as handle:  # a refusal and a repair to account for
        handle.write("x" * (TEXT_LIMIT + 1) + ",Long,,,,,,,,,,,\n")
        handle.write("Lena,Novak,,,,not-an-address,Mobile,12,,,,,\n")
    return path


def _cleaning_children() -> list[str]:
    return [p.name for p in multiprocessing.active_children()
            if p.name == import_cleaner.CHILD_NAME]


def _import(path: Path, monkeypatch: pytest.MonkeyPatch, in_child: bool):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(import_cleaner, "CHILD_MIN_BYTES", 0 if in_child else 1 << 40)
    seen: list[list[str]] = []
    summary = import_file(path, region="IN",
                          progress=lambda done, total: seen.append(_cleaning_children()) or True)
    return summary, seen


def test_a_second_process_cleans_what_this_one_writes(db_path: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = _csv(tmp_path)
    before = dump_contacts()
    in_place, seen_in_place = _import(path, monkeypatch, in_child=False)
    written_in_place = dump_contacts()
    undo_last_import()
    assert dump_contacts() == before
    in_child, seen_in_child = _import(path, monkeypatch, in_child=True)
    assert any(seen_in_child), "the cleaning ran in the cleaner process"
    assert not any(seen_in_place)
    assert _cleaning_children() == [], "the cleaner has ended with the import"
    assert (in_child.seen, in_child.imported, in_child.merged, in_child.refused) == (
        in_place.seen, in_place.imported, in_place.merged, in_place.refused)
    assert in_child.balanced and in_child.seen == ROWS + 2 and in_child.refused == 1
    assert [p.text("row") for p in in_child.problems] == [
        p.text("row") for p in in_place.problems]
    assert dump_contacts() == written_in_place
    check_search_index()
    undo_last_import()
    assert dump_contacts() == before


def test_cancelling_stops_the_cleaner_and_writes_nothing(db_path: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _csv(tmp_path)
    monkeypatch.setattr(import_cleaner, "CHILD_MIN_BYTES", 0)
    before = contact_count()
    with pytest.raises(ImportCancelled):
        import_file(path, region="IN", progress=lambda done, total: False)
    assert contact_count() == before
    assert _cleaning_children() == []


def test_a_loose_quote_found_by_the_cleaner_refuses_the_file(
        db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _csv(tmp_path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('Ravi,"Rao,,,,,,,,,,,\nAsha,Rao,,,,,,,,,,,\n')
    monkeypatch.setattr(import_cleaner, "CHILD_MIN_BYTES", 0)
    before = contact_count()
    with pytest.raises(LooseQuoteError, match="nothing was imported"):
        import_file(path, region="IN")  # no progress: only the cleaner reads the file
    assert contact_count() == before
    assert _cleaning_children() == []
