"""Version 1: the whole domain. Text columns are NOT NULL with '' so keyset paging needs no NULL
handling; timestamps are INTEGER seconds since the epoch, UTC; money is INTEGER minor units;
quantities and discount values are Decimal text; tax rates are INTEGER basis points."""

SQL = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'lead'
        CHECK (status IN ('lead', 'prospect', 'customer', 'inactive')),
    source TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    do_not_call INTEGER NOT NULL DEFAULT 0,
    primary_phone TEXT NOT NULL DEFAULT '',
    primary_email TEXT NOT NULL DEFAULT '',
    other_emails TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_contacted_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_name_key ON contact (name_key, id);
CREATE INDEX contact_company ON contact (company, id);
CREATE INDEX contact_city ON contact (city, id);
CREATE INDEX contact_status_name ON contact (status, name_key, id);
CREATE INDEX contact_last_contacted ON contact (last_contacted_at, id);
CREATE INDEX contact_primary_phone ON contact (primary_phone, id);
CREATE INDEX contact_primary_email ON contact (primary_email, id);

CREATE TABLE phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    e164 TEXT,
    raw TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    extension TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    digits TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phone_contact ON phone (contact_id);
CREATE INDEX phone_e164 ON phone (e164);

CREATE TABLE email (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    address_key TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX email_contact ON email (contact_id);
CREATE INDEX email_address_key ON email (address_key);

CREATE TABLE rep (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    territory TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '#3b82f6',
    working_hours TEXT NOT NULL DEFAULT '{}',
    default_length_min INTEGER NOT NULL DEFAULT 60 CHECK (default_length_min > 0),
    buffer_min INTEGER NOT NULL DEFAULT 15 CHECK (buffer_min >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

CREATE TABLE call_outcome (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    sets_status TEXT,
    builtin INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO call_outcome (code, label, position, sets_status, builtin) VALUES
    ('connected', 'Connected', 1, 'prospect', 1),
    ('no_answer', 'No answer', 2, NULL, 1),
    ('busy', 'Busy', 3, NULL, 1),
    ('voicemail', 'Voicemail left', 4, NULL, 1),
    ('wrong_number', 'Wrong number', 5, NULL, 1),
    ('not_interested', 'Not interested', 6, 'inactive', 1),
    ('call_back', 'Call back later', 7, 'prospect', 1),
    ('appointment_set', 'Appointment set', 8, 'prospect', 1),
    ('quote_requested', 'Quote requested', 9, 'prospect', 1),
    ('sale', 'Sale', 10, 'customer', 1);

CREATE TABLE call (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    phone TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    started_at INTEGER NOT NULL,
    duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    outcome TEXT NOT NULL REFERENCES call_outcome (code),
    notes TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT 'none'
        CHECK (next_step IN ('follow_up', 'appointment', 'quote', 'none')),
    next_step_reason TEXT NOT NULL DEFAULT '',
    follow_up_at INTEGER,
    follow_up_done_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX call_contact_started ON call (contact_id, started_at);
CREATE INDEX call_started ON call (started_at, id);
CREATE INDEX call_outcome_started ON call (outcome, started_at);
CREATE INDEX call_follow_up_open ON call (follow_up_at)
    WHERE follow_up_at IS NOT NULL AND follow_up_done_at IS NULL;

CREATE TABLE saved_queue (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter_json TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE appointment (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    rep_id INTEGER NOT NULL REFERENCES rep (id),
    call_id INTEGER REFERENCES call (id) ON DELETE SET NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN
        ('scheduled', 'confirmed', 'completed', 'no_show', 'cancelled', 'rescheduled')),
    outcome TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointment_rep_starts ON appointment (rep_id, starts_at);
CREATE INDEX appointment_contact_starts ON appointment (contact_id, starts_at);
CREATE INDEX appointment_starts ON appointment (starts_at);
CREATE INDEX appointment_call ON appointment (call_id);

CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    unit_price_minor INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_minor >= 0),
    tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE INDEX product_name ON product (name);

CREATE TABLE product_addon (
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    addon_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, addon_id),
    CHECK (product_id <> addon_id)
);
CREATE INDEX product_addon_addon ON product_addon (addon_id);

CREATE TABLE quote_sequence (
    prefix TEXT PRIMARY KEY,
    next_number INTEGER NOT NULL CHECK (next_number > 0)
);

CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    number TEXT UNIQUE,
    prefix TEXT NOT NULL DEFAULT '',
    seq INTEGER,
    revision INTEGER NOT NULL DEFAULT 0,
    parent_id INTEGER REFERENCES quote (id) ON DELETE SET NULL,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'void', 'revised')),
    issued_on TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    currency TEXT NOT NULL,
    discount_kind TEXT NOT NULL DEFAULT '' CHECK (discount_kind IN ('', 'pct', 'amt')),
    discount_value TEXT NOT NULL DEFAULT '0',
    notes TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '',
    subtotal_minor INTEGER NOT NULL DEFAULT 0,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX quote_contact ON quote (contact_id, issued_on);
CREATE INDEX quote_issued ON quote (issued_on, id);
CREATE INDEX quote_status_issued ON quote (status, issued_on);
CREATE INDEX quote_parent ON quote (parent_id);

CREATE TABLE quote_line (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product_id INTEGER REFERENCES product (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    quantity TEXT NOT NULL DEFAULT '1',
    unit TEXT NOT NULL DEFAULT '',
    unit_price_minor INTEGER NOT NULL DEFAULT 0,
    discount_kind TEXT NOT NULL DEFAULT '' CHECK (discount_kind IN ('', 'pct', 'amt')),
    discount_value TEXT NOT NULL DEFAULT '0',
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    optional INTEGER NOT NULL DEFAULT 0,
    line_total_minor INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quote_line_quote ON quote_line (quote_id, position);
CREATE INDEX quote_line_product ON quote_line (product_id);

CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    summary_json TEXT NOT NULL DEFAULT '{}',
    undone_at INTEGER
);

CREATE TABLE import_change (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'merged')),
    before_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_change_batch ON import_change (batch_id);
"""
