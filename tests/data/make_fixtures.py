"""Build one small database per schema version: `python -m tests.data.make_fixtures`.

Each file is made by running the migration steps up to that version, with the same little data
set (inserted at version 1, so every later step has to carry it). Re-run after adding a step and
commit the new ``schema_vN.db``; a test checks there is one for every version.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from app.db.migrations import LATEST_VERSION, STEPS

HERE = Path(__file__).resolve().parent
T0 = 1_767_225_600  # 2026-01-01 00:00 UTC

DATA = f"""
INSERT INTO setting (key, value) VALUES ('default_region', 'IN'), ('company_name', 'Sharma & Sons');
INSERT INTO contact (id, first_name, last_name, name_key, company, city, status, tags, notes,
                     primary_phone, primary_email, created_at, updated_at) VALUES
  (1, 'Priya', 'Sharma', 'priya sharma', 'Sharma Traders', 'Mumbai', 'customer', 'vip',
      'Wants bulk pricing 📦', '+919876543210', 'priya@example.com', {T0}, {T0}),
  (2, 'राजेश', 'कुमार', 'राजेश कुमार', '', 'दिल्ली', 'prospect', '',
      'हिंदी में बात करें', '+919811122334', '', {T0}, {T0 + 60}),
  (3, '', '', 'miller roofing', 'Miller Roofing', 'Springfield', 'lead', '', '', '', '',
      {T0}, {T0});
INSERT INTO phone (contact_id, e164, raw, label, is_primary, digits) VALUES
  (1, '+919876543210', '+91 98765 43210', 'mobile', 1, '919876543210'),
  (1, '+912226591234', '022 2659 1234', 'work', 0, '912226591234'),
  (2, '+919811122334', '098111 22334', 'mobile', 1, '919811122334'),
  (3, NULL, 'call the office', 'work', 0, '');
INSERT INTO email (contact_id, address, address_key, label, is_primary) VALUES
  (1, 'priya@example.com', 'priya@example.com', 'work', 1);
INSERT INTO rep (id, name, created_at) VALUES (1, 'Arjun', {T0});
INSERT INTO call (id, contact_id, phone, direction, started_at, duration_s, outcome, notes,
                  next_step, follow_up_at, created_at) VALUES
  (1, 1, '+919876543210', 'out', {T0 + 3600}, 180, 'quote_requested', 'Send a quote',
      'follow_up', {T0 + 86400}, {T0 + 3600});
INSERT INTO appointment (contact_id, rep_id, call_id, starts_at, ends_at, purpose, uid,
                         created_at, updated_at) VALUES
  (1, 1, 1, {T0 + 90000}, {T0 + 93600}, 'Site visit', 'fixture-1@calldesk', {T0}, {T0});
INSERT INTO product (id, sku, name, unit, unit_price_minor, tax_rate_bp, created_at) VALUES
  (1, 'PIPE-20', 'PVC pipe 20 mm', 'm', 4550, 1800, {T0});
INSERT INTO quote (id, number, prefix, seq, contact_id, status, issued_on, valid_until,
                   currency, subtotal_minor, tax_minor, total_minor, created_at, updated_at)
  VALUES (1, 'Q-0001', 'Q-', 1, 1, 'sent', '2026-01-02', '2026-02-01', 'INR', 91000, 16380,
          107380, {T0}, {T0});
INSERT INTO quote_line (quote_id, position, product_id, description, quantity, unit,
                        unit_price_minor, tax_rate_bp, line_total_minor) VALUES
  (1, 1, 1, 'PVC pipe 20 mm', '20', 'm', 4550, 1800, 91000),
  (1, 2, NULL, 'Delivery', '1', '', 0, 0, 0);
"""


def build(version: int, dest: Path) -> Path:
    dest.unlink(missing_ok=True)
    conn = sqlite3.connect(dest)
    try:
        conn.executescript(f"BEGIN;\n{STEPS[0]}\nPRAGMA user_version = 1;\n{DATA}\nCOMMIT;")
        for step in range(2, version + 1):
            conn.executescript(f"BEGIN;\n{STEPS[step - 1]}\nPRAGMA user_version = {step};\nCOMMIT;")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return dest


def fixture_path(version: int) -> Path:
    return HERE / f"schema_v{version}.db"


def main() -> int:
    for version in range(1, LATEST_VERSION + 1):
        print(build(version, fixture_path(version)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
