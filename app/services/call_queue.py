"""Call queues: saved filters worked lead by lead, least recently contacted first.

Skipped always: do-not-call contacts, contacts without a usable number and anyone called in
the last hour. Held back: leads for whom it is before 9:00 or from 20:00 on where they are
(time zone from their primary number via phonenumbers.timezone); they come back when the
queue is restarted at a better hour.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from app.db.call_list import QueueCandidate, QueueSql, queue_candidates, queue_window_end
from app.db.connection import db
from app.db.fields import from_epoch, to_epoch
from app.db.models import CONTACT_STATUSES, SavedQueue
from app.db.upsell_list import upsell_conditions
from app.services import clock
from app.services.call_types import QueueFilter, QueueLead, QueueStep, SavedQueueInfo
from app.services.contact_types import display_name
from app.services.errors import NotFoundError, ValidationError

CALL_FROM_HOUR = 9
CALL_UNTIL_HOUR = 20  # calls may start up to 19:59 local time
RECENT_CALL = timedelta(hours=1)
PAGE = 50
SORTED_PAGE = 1_000  # a sorted (city) query costs the same for 50 rows or 1,000
WINDOW = 5_000  # contacts of the queue order tested per candidate query
MAX_QUERIES = 8  # per "Next" before reporting back (about 0.4 s at 1M contacts, worst case)
NAME_LIMIT = 80
MAX_LISTED = 1_000  # contacts a queue of listed contacts may name
_UNKNOWN = "Etc/Unknown"


# -- filters ----------------------------------------------------------------------------
def validate_filter(f: QueueFilter) -> QueueFilter:
    for status in f.statuses:
        if status not in CONTACT_STATUSES:
            raise ValidationError("Status", f"'{status}' is not a contact status")
    if f.not_called_days < 0:
        raise ValidationError("Not called in", "cannot be negative")
    tags = [t.strip() for t in f.tags if t.strip()]
    for tag in tags:
        if "," in tag or "%" in tag or "_" in tag:
            raise ValidationError("Tags", f"'{tag}' cannot contain , % or _")
    if bool(f.bought_product_id) != bool(f.lacks_product_id):
        raise ValidationError("Upsell", "choose both the product bought and its add-on")
    listed = sorted(set(f.contact_ids))
    if len(listed) > MAX_LISTED:
        raise ValidationError("Contacts", f"at most {MAX_LISTED:,} contacts in a listed queue")
    return QueueFilter(list(f.statuses), tags, f.source.strip(), f.city.strip(),
                       f.not_called_days, f.never_called, f.bought_product_id,
                       f.lacks_product_id, listed)


def filter_sql(f: QueueFilter, now: datetime) -> QueueSql:
    # Nobody called in the last hour; "never called" is last_contacted_at = 0.
    if f.never_called:
        range_where, range_params = ["last_contacted_at = 0"], []
    else:
        limit = now - RECENT_CALL
        if f.not_called_days:
            limit = min(limit, now - timedelta(days=f.not_called_days))
        range_where, range_params = ["last_contacted_at < ?"], [to_epoch(limit)]
    where: list[str] = []
    params: list[object] = []
    if f.statuses:
        where.append(f"status IN ({','.join('?' * len(f.statuses))})")
        params.extend(f.statuses)
    if f.source:
        where.append("lower(source) = lower(?)")
        params.append(f.source)
    index = "contact_last_contacted"
    if f.city:
        # Spellings as usually typed, so the city index (binary collation) can be used.
        spellings = list(dict.fromkeys((f.city, f.city.lower(), f.city.title(),
                                        f.city.upper(), f.city.capitalize())))
        where.append(f"city IN ({','.join('?' * len(spellings))})")
        params.extend(spellings)
        index = "contact_city"
    for tag in f.tags:
        # tags are stored as "a, b, c": match a whole tag, any case
        where.append("lower(', ' || tags || ',') LIKE lower(?)")
        params.append(f"%, {tag},%")
    if f.bought_product_id and f.lacks_product_id:
        upsell_where, upsell_params = upsell_conditions(f.bought_product_id, f.lacks_product_id)
        where.extend(upsell_where)
        params.extend(upsell_params)
    if f.contact_ids:
        # A listed few: found by id and sorted, not by walking the whole queue order.
        where.append(f"contact.id IN ({','.join('?' * len(f.contact_ids))})")
        params.extend(f.contact_ids)
        index = ""
    return QueueSql(range_where, list(range_params), where, params, index)


def filter_to_json(f: QueueFilter) -> str:
    return json.dumps({
        "statuses": f.statuses, "tags": f.tags, "source": f.source, "city": f.city,
        "not_called_days": f.not_called_days, "never_called": f.never_called,
        "bought_product_id": f.bought_product_id, "lacks_product_id": f.lacks_product_id,
        **({"contact_ids": f.contact_ids} if f.contact_ids else {}),
    }, ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> QueueFilter:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return QueueFilter(
        statuses=[str(s) for s in data.get("statuses", []) if s in CONTACT_STATUSES],
        tags=[str(t) for t in data.get("tags", [])], source=str(data.get("source", "")),
        city=str(data.get("city", "")), not_called_days=max(0, int(data.get("not_called_days",
                                                                            0) or 0)),
        never_called=bool(data.get("never_called", False)),
        bought_product_id=_int(data.get("bought_product_id")),
        lacks_product_id=_int(data.get("lacks_product_id")),
        contact_ids=[_int(i) for i in data.get("contact_ids", []) if _int(i)]
        if isinstance(data.get("contact_ids"), list) else [],
    )


def _int(value: object) -> int:
    return value if type(value) is int and value > 0 else 0


# How long a lead handed out by a queue stays with that seller (a call logged sooner moves it
# out of every queue anyway: it was just called).
CLAIM_MINUTES = 15


# -- saved queues -----------------------------------------------------------------------
def list_queues() -> list[SavedQueueInfo]:
    return [SavedQueueInfo(q.id, q.name, filter_from_json(q.filter_json))
            for q in SavedQueue.select().order_by(SavedQueue.name)]


def save_queue(name: str, f: QueueFilter, queue_id: int | None = None) -> SavedQueueInfo:
    clean_name = " ".join(name.split())
    if not clean_name:
        raise ValidationError("Queue name", "enter a name")
    if len(clean_name) > NAME_LIMIT:
        raise ValidationError("Queue name", f"is longer than {NAME_LIMIT} characters")
    clean = validate_filter(f)
    now = clock.now()
    with db.atomic():
        clash = SavedQueue.get_or_none(SavedQueue.name == clean_name)
        if clash is not None and clash.id != queue_id:
            raise ValidationError("Queue name", f"'{clean_name}' already exists")
        if queue_id is None:
            queue_id = int(SavedQueue.insert(name=clean_name, filter_json=filter_to_json(clean),
                                             created_at=now, updated_at=now).execute())
        elif not SavedQueue.update(name=clean_name, filter_json=filter_to_json(clean),
                                   updated_at=now).where(SavedQueue.id == queue_id).execute():
            raise NotFoundError(f"Queue {queue_id} no longer exists")
    return SavedQueueInfo(queue_id, clean_name, clean)


def delete_queue(queue_id: int) -> None:
    with db.atomic():
        SavedQueue.delete().where(SavedQueue.id == queue_id).execute()


# -- local time -------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def zones_for(e164: str) -> tuple[str, ...]:
    """The time zones a number may ring in (several for some US and other numbers)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ()
    from phonenumbers import timezone as phone_timezone  # large tables: load on first use

    zones = tuple(z for z in phone_timezone.time_zones_for_number(number) if z != _UNKNOWN)
    if not zones:
        # A number outside the prefix tables (new ranges, test numbers): its country's zones,
        # when the country has few enough of them to say something.
        country_level = getattr(phone_timezone, "_country_level_time_zones_for_number", None)
        found = tuple(country_level(number)) if country_level else ()
        zones = tuple(z for z in found if z != _UNKNOWN) if len(found) <= 4 else ()
    return zones


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_hours(e164: str, now: datetime) -> list[tuple[str, int]]:
    hours = []
    for name in zones_for(e164):
        zone = _zone(name)
        if zone is not None:
            hours.append((name, now.astimezone(zone).hour))
    return hours


def callable_now(hours: list[tuple[str, int]]) -> bool:
    """Callable only when it is within hours in every zone the number may be in; a number
    without a known zone is callable (nothing says otherwise)."""
    return all(CALL_FROM_HOUR <= hour < CALL_UNTIL_HOUR for _, hour in hours)


def _lead(c: QueueCandidate, hours: list[tuple[str, int]]) -> QueueLead:
    zone, hour = hours[0] if hours else ("", None)
    return QueueLead(
        c.id, display_name(c.first_name, c.last_name, c.company), c.phone, c.city, c.status,
        from_epoch(c.last_contacted_at) if c.last_contacted_at else None, hour, zone, c.key,
    )


def claim_lead(contact_id: int, now: datetime) -> bool:
    """Hand the lead to this user unless another user took it in the last CLAIM_MINUTES:
    two sellers working one queue never get the same lead. One statement, so two claims at
    the same moment cannot both win."""
    from app.services.users import current_user

    me = current_user().id
    stamp = to_epoch(now)
    with db.atomic():
        row = db.execute_sql(
            "INSERT INTO queue_claim (contact_id, user_id, claimed_at) VALUES (?, ?, ?) "
            "ON CONFLICT (contact_id) DO UPDATE SET user_id = excluded.user_id, "
            "claimed_at = excluded.claimed_at WHERE queue_claim.user_id = excluded.user_id "
            "OR queue_claim.claimed_at < ? RETURNING contact_id",
            (contact_id, me, stamp, stamp - CLAIM_MINUTES * 60)).fetchone()
    return row is not None


def next_lead(f: QueueFilter, cursor: tuple[int, int] | None = None,
              now: datetime | None = None, max_queries: int = MAX_QUERIES) -> QueueStep:
    """The next lead after *cursor* that may be called now, and the leads held back on the
    way to it. Pass the returned cursor back to continue the queue.

    One call runs at most *max_queries* candidate queries, each testing no more than WINDOW
    contacts of the queue order (or one sorted page of a city's contacts), so a rare filter
    over a million contacts stays responsive; it then answers with no lead and
    ``exhausted=False``, and asking again continues from there."""
    current = now or clock.now()
    sql = filter_sql(validate_filter(f), current)
    held: list[QueueLead] = []
    until = queue_window_end(sql, cursor, WINDOW) if sql.windowed else None
    size = PAGE if sql.windowed else SORTED_PAGE
    queries = max_queries if sql.windowed else max(1, max_queries // 3)
    for _ in range(queries):
        page = queue_candidates(sql, cursor, until, size)
        for candidate in page:
            cursor = candidate.key
            hours = local_hours(candidate.phone, current)
            lead = _lead(candidate, hours)
            if not callable_now(hours):
                held.append(lead)
            elif claim_lead(candidate.id, current):
                return QueueStep(lead, held, cursor)
        if len(page) == size:
            continue  # more in this window
        if until is None:
            return QueueStep(None, held, cursor, exhausted=True)
        cursor = until
        until = queue_window_end(sql, cursor, WINDOW)
    return QueueStep(None, held, cursor, exhausted=False)
