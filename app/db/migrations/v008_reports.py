"""Version 8: what the reports count, and indexes so they read ranges instead of tables.

- call_outcome.reached: the call got through to a person ("connects" in the funnel). The
  built-in outcomes that mean somebody answered start with it set.
- quote.decided_at: when a quote was accepted or declined (0 = not yet), for "won in the
  period" and "days to win"; quotes decided before this version take their last change time.
- call_report covers every column the funnel and the activity report read from a call, so a
  period is one range scan of the index, never a visit to the table.
"""

SQL = """
ALTER TABLE call_outcome ADD COLUMN reached INTEGER NOT NULL DEFAULT 0;
UPDATE call_outcome SET reached = 1 WHERE code IN
    ('connected', 'not_interested', 'call_back', 'appointment_set', 'quote_requested', 'sale');
ALTER TABLE quote ADD COLUMN decided_at INTEGER NOT NULL DEFAULT 0;
UPDATE quote SET decided_at = updated_at WHERE status IN ('accepted', 'declined');
CREATE INDEX call_report ON call (started_at, direction, outcome, user_id, duration_s,
                                  contact_id);
CREATE INDEX appointment_created ON appointment (created_at);
CREATE INDEX quote_sent ON quote (sent_at);
CREATE INDEX quote_decided ON quote (decided_at);
CREATE INDEX quote_status_valid ON quote (status, valid_until);
CREATE INDEX contact_created_source ON contact (created_at, source, status);
"""
