"""The table view of a list tab: whole rows selected one at a time, fixed row heights (no
measuring of rows however many the model pages in), no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 26


def list_table(model: QAbstractItemModel, object_name: str,
               widths: dict[int, int]) -> QTableView:
    """A view of *model* with the given column widths; the last column takes what is left."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    rows.hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    return table
