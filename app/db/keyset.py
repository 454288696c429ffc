"""SQL shared by the list queries: the filters asked for, and keyset paging ("(cols) > (?, ?)",
ORDER BY and LIMIT).

The columns of a key end in a unique one (an id), so the row after *after* in the order is
exactly the first row whose key compares past it, and no page ever needs OFFSET.
"""

from __future__ import annotations


def given_conditions(*conditions: tuple[str, object]) -> tuple[list[str], list[object]]:
    """The (condition, value) pairs whose value is given (neither None nor ''), split into the
    conditions and their values, in order."""
    where: list[str] = []
    params: list[object] = []
    for condition, value in conditions:
        if value is not None and value != "":
            where.append(condition)
            params.append(value)
    return where, params


def keyset_after(columns: tuple[str, ...], descending: bool, prefix: str = "") -> str:
    """The condition "(a, b) > (?, ?)" (``<`` when descending) on *columns*."""
    names = ", ".join(prefix + c for c in columns)
    return f"({names}) {'<' if descending else '>'} ({', '.join('?' * len(columns))})"


def keyset_order(columns: tuple[str, ...], descending: bool, prefix: str = "") -> str:
    """The ORDER BY list of *columns*, each DESC when descending."""
    direction = " DESC" if descending else ""
    return ", ".join(prefix + c + direction for c in columns)


def keyset_page(
    select: str, where: list[str], params: list[object], columns: tuple[str, ...],
    descending: bool, after: tuple[object, ...] | None, limit: int,
) -> tuple[str, list[object]]:
    """*select* filtered by *where* (with *params*), the rows after the key *after* in the order
    of *columns*, at most *limit* of them."""
    where = list(where)
    params = list(params)
    if after is not None:
        where.append(keyset_after(columns, descending))
        params.extend(after)
    sql = select + (" WHERE " + " AND ".join(where) if where else "")
    params.append(limit)
    return f"{sql} ORDER BY {keyset_order(columns, descending)} LIMIT ?", params
