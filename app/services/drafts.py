"""Drafts of unsaved work, kept in the database so they survive a crash of the app.

An editor (the quote editor, for one) calls :func:`save_draft` every few seconds while it has
unsaved changes, with its state as JSON, and :func:`discard_draft` when the work is saved or
deliberately thrown away. Whatever is still there on the next start was lost in a crash, and
the window offers it back (``app/ui/draft_recovery.py``: one handler per kind).

Drafts live in the ``setting`` table under ``draft:<kind>:<key>``, so they travel with the data
file and a restore from backup brings back the drafts of that moment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from app.db.connection import db
from app.db.fields import from_epoch, utc_now
from app.db.models import Setting
from app.services.errors import ValidationError
from app.services.settings import set_setting

PREFIX = "draft:"
MAX_DRAFT_CHARS = 5_000_000


@dataclass(frozen=True)
class Draft:
    kind: str  # "quote", ...
    key: str  # which one: "" for a new record, else e.g. the quote id
    payload_json: str
    saved_at: datetime


def _me() -> str:
    """Whose drafts: on a team server several sellers keep drafts side by side."""
    from app.services.users import current_user

    try:
        return str(current_user().id)
    except LookupError:
        return "0"


def _setting_key(kind: str, key: str, user: str | None = None) -> str:
    if not kind or ":" in kind:
        raise ValueError(f"draft kind must be a word without ':', not {kind!r}")
    return f"{PREFIX}{kind}:{user or _me()}/{key}"


def _legacy_key(kind: str, key: str) -> str:
    """The key of a draft kept before drafts were per user (the owner's)."""
    return f"{PREFIX}{kind}:{key}"


def save_draft(kind: str, payload_json: str, key: str = "") -> None:
    """Keep (replace) the draft of *kind*/*key*; *payload_json* must be a JSON document."""
    try:
        json.loads(payload_json)
    except ValueError as exc:
        raise ValidationError("Draft", f"is not JSON: {exc}") from exc
    if len(payload_json) > MAX_DRAFT_CHARS:
        raise ValidationError("Draft", f"is longer than {MAX_DRAFT_CHARS:,} characters")
    value = json.dumps({"saved_at": int(utc_now().timestamp()), "payload": payload_json})
    with db.atomic():
        set_setting(_setting_key(kind, key), value)


def pending_drafts(kind: str | None = None) -> list[Draft]:
    """Drafts left over, oldest first (all kinds, or one)."""
    prefix = PREFIX if kind is None else _legacy_key(kind, "")
    me = _me()
    drafts: list[Draft] = []
    for row in Setting.select().where(Setting.key.startswith(prefix)):
        found_kind, _, rest = str(row.key)[len(PREFIX):].partition(":")
        owner, per_user, key = rest.partition("/")
        if not per_user:
            key = owner  # kept before drafts were per user: the owner's, shown to all
        elif owner != me:
            continue  # another person's unsaved work, on their own desk
        try:
            stored = json.loads(row.value)
            drafts.append(Draft(found_kind, key, str(stored["payload"]),
                                from_epoch(int(stored["saved_at"]))))
        except (ValueError, KeyError, TypeError):
            continue  # not a draft this version understands: leave it alone
    drafts.sort(key=lambda d: d.saved_at)
    return drafts


def discard_draft(kind: str, key: str = "") -> None:
    Setting.delete().where(Setting.key.in_([_setting_key(kind, key),
                                            _legacy_key(kind, key)])).execute()
