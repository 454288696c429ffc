"""The table view of a list tab: whole rows selected one at a time, fixed row heights (no
measuring of rows however many the model pages in), no row numbers, a message in place of a
blank box while the list is empty, and one text baseline across scripts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from app.ui.baseline_delegate import BaselineDelegate
from app.ui.empty_state_table import EmptyStateTable
from app.ui.sort_arrow_style import SortArrowStyle

ROW_HEIGHT = 26


def list_table(model: QAbstractItemModel, object_name: str, widths: dict[int, int],
               empty_text: Callable[[], str], *,
               stretch: int | None = None) -> EmptyStateTable:
    """A view of *model* with the given column widths. Column *stretch* takes the spare width;
    without one the last column does. *empty_text* is asked only while the model has no rows."""
    table = EmptyStateTable(empty_text)
    table.setObjectName(object_name)
    table.setModel(model)
    # Devanagari and Latin cells share one baseline (the fonts' ascents differ).
    table.setItemDelegate(BaselineDelegate(table, getattr(model, "cells", None)))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    rows.hide()
    header = table.horizontalHeader()
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    arrows = SortArrowStyle.for_headers()
    if arrows is not None:
        header.setStyle(arrows)
    return table
