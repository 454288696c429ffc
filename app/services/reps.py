"""Field reps: people in the diary (not users of the app), with their working week.

rep.working_hours holds JSON: {"tz": "Asia/Kolkata", "mon": [["09:00", "17:00"]], ...}.
An empty or missing "tz" means the zone of the computer CallDesk runs on, looked up each time
it is needed, so a one-office setup needs no time-zone choice at all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import tzinfo

from peewee import IntegrityError

from app.db.connection import db
from app.db.fields import utc_now
from app.db.models import Appointment, Rep
from app.services.errors import NotFoundError, ValidationError
from app.services.phones import parse_phone
from app.services.scheduling import (
    WEEKDAYS,
    Hours,
    hours_to_json,
    parse_hours,
    resolve_zone,
    validate_zone,
)
from app.services.settings import default_region

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_LENGTH_MIN = 12 * 60
MAX_BUFFER_MIN = 4 * 60


def office_hours() -> Hours:
    day = [(9 * 60, 17 * 60)]
    return {d: (list(day) if d not in ("sat", "sun") else []) for d in WEEKDAYS}


DEFAULT_LENGTH_MIN = 60  # a visit booked before any rep says otherwise


@dataclass
class RepInput:
    name: str
    phone: str = ""
    email: str = ""
    territory: str = ""
    color: str = "#3b82f6"
    hours: Hours = field(default_factory=office_hours)
    time_zone: str = ""  # '' = this computer's zone
    default_length_min: int = DEFAULT_LENGTH_MIN
    buffer_min: int = 15
    active: bool = True


@dataclass(frozen=True)
class RepInfo:
    id: int
    name: str
    phone: str
    email: str
    territory: str
    color: str
    hours: Hours
    time_zone: str
    default_length_min: int
    buffer_min: int
    active: bool

    @property
    def zone(self) -> tzinfo:
        return resolve_zone(self.time_zone)

    def to_input(self) -> RepInput:
        return RepInput(self.name, self.phone, self.email, self.territory, self.color,
                        {d: list(s) for d, s in self.hours.items()}, self.time_zone,
                        self.default_length_min, self.buffer_min, self.active)


def _clean(data: RepInput) -> dict[str, object]:
    name = data.name.strip()
    if not name:
        raise ValidationError("Name", "enter the rep's name")
    phone = ""
    if data.phone.strip():
        phone = parse_phone(data.phone, default_region(), "Phone").e164
    email = data.email.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError("Email", f"'{email}' is not an email address")
    if not _COLOR.match(data.color.strip()):
        raise ValidationError("Colour", f"'{data.color}' is not a colour like #3b82f6")
    if not 5 <= data.default_length_min <= MAX_LENGTH_MIN:
        raise ValidationError("Default length", f"must be 5 to {MAX_LENGTH_MIN} minutes")
    if not 0 <= data.buffer_min <= MAX_BUFFER_MIN:
        raise ValidationError("Travel buffer", f"must be 0 to {MAX_BUFFER_MIN} minutes")
    zone = validate_zone(data.time_zone)
    raw = hours_to_json(data.hours)
    parse_hours(dict(raw))  # validates
    stored: dict[str, object] = {"tz": zone, **raw}
    return {
        "name": name, "phone": phone, "email": email, "territory": data.territory.strip(),
        "color": data.color.strip().lower(), "working_hours": json.dumps(stored),
        "default_length_min": data.default_length_min, "buffer_min": data.buffer_min,
        "active": data.active,
    }


def _info(rep: Rep) -> RepInfo:
    try:
        raw = json.loads(rep.working_hours or "{}")
    except ValueError:
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    try:
        hours = parse_hours(raw)
    except ValidationError:
        hours = {d: [] for d in WEEKDAYS}
    return RepInfo(rep.id, rep.name, rep.phone, rep.email, rep.territory, rep.color, hours,
                   str(raw.get("tz", "") or ""), rep.default_length_min, rep.buffer_min,
                   bool(rep.active))


def _unique_name_error(name: str) -> ValidationError:
    return ValidationError("Name", f"there is already a rep called '{name}'")


def create_rep(data: RepInput) -> int:
    values = _clean(data)
    try:
        with db.atomic():
            rep = Rep.create(created_at=utc_now(), **values)
    except IntegrityError as exc:
        raise _unique_name_error(str(values["name"])) from exc
    return int(rep.id)


def update_rep(rep_id: int, data: RepInput) -> None:
    values = _clean(data)
    try:
        with db.atomic():
            changed = Rep.update(**values).where(Rep.id == rep_id).execute()
    except IntegrityError as exc:
        raise _unique_name_error(str(values["name"])) from exc
    if not changed:
        raise NotFoundError(f"rep {rep_id} no longer exists")


def delete_rep(rep_id: int) -> None:
    """Remove a rep with no appointments; reps with a history are made inactive instead."""
    with db.atomic():
        if Appointment.select().where(Appointment.rep == rep_id).exists():
            raise ValidationError(
                "Rep", "this rep has appointments; untick Active to hide them instead")
        Rep.delete().where(Rep.id == rep_id).execute()


def get_rep(rep_id: int) -> RepInfo:
    rep = Rep.get_or_none(Rep.id == rep_id)
    if rep is None:
        raise NotFoundError(f"rep {rep_id} no longer exists")
    return _info(rep)


def find_rep(name: str) -> RepInfo:
    """The rep with this name (case-insensitive), or ValidationError naming the choices."""
    wanted = name.strip().casefold()
    reps = list_reps()
    for rep in reps:
        if rep.name.casefold() == wanted:
            return rep
    known = ", ".join(r.name for r in reps) or "none yet"
    raise ValidationError("Rep", f"no rep called '{name}' (reps: {known})")


def list_reps(active_only: bool = False) -> list[RepInfo]:
    query = Rep.select().order_by(Rep.name)
    if active_only:
        query = query.where(Rep.active == True)  # noqa: E712
    return [_info(rep) for rep in query]
