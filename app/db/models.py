"""peewee models mirroring the schema that app/db/migrations creates (migrations own the DDL)."""

from __future__ import annotations

from peewee import (
    AutoField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from app.db.connection import db
from app.db.fields import FlagField, UtcTimestampField

CONTACT_STATUSES = ("lead", "prospect", "customer", "inactive")


class BaseModel(Model):  # type: ignore[misc,unused-ignore]
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class AppUser(BaseModel):
    id = AutoField()
    login = TextField(unique=True)
    name = TextField(default="")
    email = TextField(default="")
    role = TextField(default="seller")
    rep_id = IntegerField(null=True)
    active = FlagField(default=True)
    created_at = UtcTimestampField()


class Contact(BaseModel):
    id = AutoField()
    first_name = TextField(default="")
    last_name = TextField(default="")
    name_key = TextField(default="")
    company = TextField(default="")
    title = TextField(default="")
    street = TextField(default="")
    city = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")
    status = TextField(default="lead")
    source = TextField(default="")
    tags = TextField(default="")
    notes = TextField(default="")
    do_not_call = FlagField(default=False)
    do_not_contact = FlagField(default=False)  # no email to this contact
    primary_phone = TextField(default="")
    primary_email = TextField(default="")
    other_emails = TextField(default="")
    created_at = UtcTimestampField()
    updated_at = UtcTimestampField()
    last_contacted_at = IntegerField(default=0)  # epoch seconds; 0 = never contacted
    # The user who added it, and who changed it last (NULL: the owner, or before team mode).
    user_id = IntegerField(null=True)
    updated_by = IntegerField(null=True)
    row_version = IntegerField(default=1)  # moved by a trigger on every update
    gst_treatment = TextField(default="")  # registered, unregistered, consumer, overseas
    gstin = TextField(default="")
    gst_state = TextField(default="")  # GST state code, '27' for Maharashtra


class Phone(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    contact_id: int
    e164 = TextField(null=True)  # NULL when the raw text could not be parsed
    raw_text = TextField(column_name="raw", default="")  # `raw` would shadow Model.raw()
    label = TextField(default="")
    extension = TextField(default="")
    is_primary = FlagField(default=False)
    digits = TextField(default="")


class Email(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    contact_id: int
    address = TextField()
    address_key = TextField()
    label = TextField(default="")
    is_primary = FlagField(default=False)


class Rep(BaseModel):
    id = AutoField()
    name = TextField(unique=True)
    phone = TextField(default="")
    email = TextField(default="")
    territory = TextField(default="")
    color = TextField(default="#3b82f6")
    working_hours = TextField(default="{}")
    default_length_min = IntegerField(default=60)
    buffer_min = IntegerField(default=15)
    active = FlagField(default=True)
    created_at = UtcTimestampField()


class CallOutcome(BaseModel):
    code = TextField(primary_key=True)
    label = TextField()
    position = IntegerField()
    sets_status = TextField(null=True)
    builtin = FlagField(default=False)
    active = FlagField(default=True)
    reached = FlagField(default=False)  # the call got through to a person (a "connect")


class Call(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="calls", on_delete="CASCADE")
    contact_id: int
    phone = TextField(default="")
    direction = TextField()
    started_at = UtcTimestampField()
    duration_s = IntegerField(default=0)
    outcome = ForeignKeyField(CallOutcome, column_name="outcome", field="code")
    outcome_id: str
    notes = TextField(default="")
    next_step = TextField(default="none")
    next_step_reason = TextField(default="")
    follow_up_at = UtcTimestampField(null=True)
    follow_up_done_at = UtcTimestampField(null=True)
    created_at = UtcTimestampField()
    user_id = IntegerField(null=True)  # who logged it (NULL: the owner)


class SavedQueue(BaseModel):
    id = AutoField()
    name = TextField(unique=True)
    filter_json = TextField(default="{}")
    created_at = UtcTimestampField()
    updated_at = UtcTimestampField()


class Appointment(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="appointments", on_delete="CASCADE")
    contact_id: int
    rep = ForeignKeyField(Rep, backref="appointments")
    rep_id: int
    call = ForeignKeyField(Call, null=True, on_delete="SET NULL")
    call_id: int | None
    starts_at = UtcTimestampField()
    ends_at = UtcTimestampField()
    location = TextField(default="")
    purpose = TextField(default="")
    notes = TextField(default="")
    status = TextField(default="scheduled")
    outcome = TextField(default="")
    override_reason = TextField(default="")
    uid = TextField(unique=True)
    created_at = UtcTimestampField()
    updated_at = UtcTimestampField()
    user_id = IntegerField(null=True)  # who booked it (NULL: the owner)


class Product(BaseModel):
    id = AutoField()
    sku = TextField(unique=True)
    name = TextField()
    description = TextField(default="")
    unit = TextField(default="")
    unit_price_minor = IntegerField(default=0)
    tax_rate_bp = IntegerField(default=0)
    active = FlagField(default=True)
    hsn_code = TextField(default="")
    created_at = UtcTimestampField()


class ProductAddon(BaseModel):
    product = ForeignKeyField(Product, backref="addon_links", on_delete="CASCADE")
    product_id: int
    addon = ForeignKeyField(Product, on_delete="CASCADE")
    addon_id: int
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("product", "addon")


class QuoteSequence(BaseModel):
    prefix = TextField(primary_key=True)
    next_number = IntegerField()


class Quote(BaseModel):
    id = AutoField()
    number = TextField(null=True, unique=True)
    prefix = TextField(default="")
    seq = IntegerField(null=True)
    revision = IntegerField(default=0)
    parent = ForeignKeyField("self", null=True, on_delete="SET NULL")
    parent_id: int | None
    contact = ForeignKeyField(Contact, backref="quotes", on_delete="CASCADE")
    contact_id: int
    status = TextField(default="draft")
    issued_on = TextField()
    valid_until = TextField()
    currency = TextField()
    discount_kind = TextField(default="")
    discount_value = TextField(default="0")
    notes = TextField(default="")
    terms = TextField(default="")
    subtotal_minor = IntegerField(default=0)
    discount_minor = IntegerField(default=0)
    tax_minor = IntegerField(default=0)
    total_minor = IntegerField(default=0)
    created_at = UtcTimestampField()
    updated_at = UtcTimestampField()
    sent_at = UtcTimestampField(null=True)
    user_id = IntegerField(null=True)
    updated_by = IntegerField(null=True)
    row_version = IntegerField(default=1)
    decided_at = IntegerField(default=0)  # epoch seconds accepted/declined; 0 = not yet
    place_of_supply = TextField(default="")  # GST state code; '' = the customer's state


class QuoteLine(BaseModel):
    id = AutoField()
    quote = ForeignKeyField(Quote, backref="lines", on_delete="CASCADE")
    quote_id: int
    position = IntegerField()
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    product_id: int | None
    description = TextField(default="")
    quantity = TextField(default="1")
    unit = TextField(default="")
    unit_price_minor = IntegerField(default=0)
    discount_kind = TextField(default="")
    discount_value = TextField(default="0")
    tax_rate_bp = IntegerField(default=0)
    optional = FlagField(default=False)
    line_total_minor = IntegerField(default=0)
    hsn_code = TextField(default="")


class ImportBatch(BaseModel):
    id = AutoField()
    source = TextField(default="")
    started_at = UtcTimestampField()
    finished_at = UtcTimestampField(null=True)
    summary_json = TextField(default="{}")
    undone_at = UtcTimestampField(null=True)
    user_id = IntegerField(null=True)


class ImportChange(BaseModel):
    id = AutoField()
    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    batch_id: int
    contact_id = IntegerField()
    action = TextField()
    before_json = TextField(default="")


class QueueClaim(BaseModel):
    contact_id = IntegerField(primary_key=True)
    user_id = IntegerField()
    claimed_at = IntegerField()


class Counter(BaseModel):
    name = TextField(primary_key=True)
    value = IntegerField()


ALL_MODELS = [
    Setting, Contact, Phone, Email, Rep, CallOutcome, Call, SavedQueue, Appointment, Product,
    ProductAddon, QuoteSequence, Quote, QuoteLine, ImportBatch, ImportChange, Counter, AppUser,
    QueueClaim,
]
