"""Base of the lazy table models: the rows of one query, fetched a page at a time by keyset.

A subclass says how to fetch the page after a key (``_fetch_page``) and how to turn a fetched
row into the texts of its cells (``_cells``). Rows are kept as fetched; their display texts are
built the first time the view paints a row and kept, so ``data()`` never queries and a new
page or a new search costs only the rows a person actually sees.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
_DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value

Index = QModelIndex | QPersistentModelIndex


class KeysetRow(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def key(self) -> tuple[object, ...]: ...


QueryT = TypeVar("QueryT")
RowT = TypeVar("RowT", bound=KeysetRow)


class KeysetTableModel(QAbstractTableModel, Generic[QueryT, RowT]):
    def __init__(self, query: QueryT, parent=None, *, exhausted: bool = False) -> None:
        """*exhausted*: whether the view may page in rows before the first ``set_query``."""
        super().__init__(parent)
        self._query = query
        self._rows: list[RowT] = []
        self._cells_cache: dict[int, tuple[str, ...]] = {}  # row number -> display texts
        self._last_key: tuple[object, ...] | None = None
        self._exhausted = exhausted
        self._headers: tuple[str, ...] = ()

    # -- what a subclass provides -----------------------------------------------------------
    def _fetch_page(self, query: QueryT, after: tuple[object, ...] | None,
                    limit: int) -> list[RowT]:
        raise NotImplementedError

    def _cells(self, row: RowT) -> tuple[str, ...]:
        raise NotImplementedError

    # -- queries ------------------------------------------------------------------------
    @property
    def query(self) -> QueryT:
        return self._query

    def set_query(self, query: QueryT) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._cells_cache = {}
        self._last_key = None
        self._exhausted = False
        try:
            self._append(self._fetch_page(query, None, PAGE_SIZE))
        except BaseException:
            self._exhausted = True  # an empty list, not one the view would page into
            raise
        finally:
            self.endResetModel()  # a failed query still leaves the view a whole model

    def refresh(self) -> None:
        self.set_query(self._query)

    def loaded_row_count(self) -> int:
        return len(self._rows)

    def formatted_row_count(self) -> int:
        """Rows whose display text has been built (only those the view has painted)."""
        return len(self._cells_cache)

    def row_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        for row, r in enumerate(self._rows):
            if r.id == row_id:
                return row
        return None

    def cells(self, row: int) -> tuple[str, ...]:
        """The display texts of a loaded row, built on first use."""
        cells = self._cells_cache.get(row)
        if cells is None:
            cells = self._cells_cache[row] = self._cells(self._rows[row])
        return cells

    def _append(self, rows: list[RowT]) -> None:
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            self._last_key = rows[-1].key
        self._rows.extend(rows)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each paint: plain int comparison
        # first (enum comparison costs more), everything else after.
        if role != _DISPLAY_ROLE:
            return None
        if index.isValid():
            return self.cells(index.row())[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows = self._fetch_page(self._query, self._last_key, PAGE_SIZE)
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()
