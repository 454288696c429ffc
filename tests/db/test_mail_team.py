"""Team mode on a server: each user has their own mail account, sees only their own, and the
outbox sends each user's messages through that user's mailbox only."""

from __future__ import annotations

import time

import pytest

from app.services.mail_account import load_account, make_account, save_account
from app.services.outbox import OutgoingMail, due_ids, queue_mail
from app.services.users import current_user
from tests.db.test_team_roles import _connect, team  # noqa: F401


@pytest.mark.postgresql_only
def test_each_user_has_their_own_account_and_outbox(team) -> None:  # noqa: F811
    save_account(make_account("smtp.owner.example:587", "starttls", "owner",
                              "Owner <owner@shop.example>"))
    mine = queue_mail(OutgoingMail(None, "priya@example.com", "From the owner", "Body"))
    with _connect(str(team["seller"])) as conn:
        assert conn.execute("SELECT count(*) FROM mail_account").fetchone()[0] == 0
        conn.execute("INSERT INTO mail_account (smtp_host, smtp_port, security, login, "
                     "from_addr) VALUES ('smtp.seller.example', 587, 'starttls', 'sunita', "
                     "'Sunita <sunita@shop.example>')")
        seller_id = conn.execute("SELECT calldesk_user_id()").fetchone()[0]
        conn.execute("INSERT INTO email_message (message_id, to_addrs, subject, created_at) "
                     "VALUES ('<s1@shop.example>', 'a@b.example', 'From the seller', %s)",
                     (int(time.time()),))
        assert conn.execute("SELECT user_id FROM email_message WHERE message_id = "
                            "'<s1@shop.example>'").fetchone()[0] == seller_id
        with pytest.raises(Exception, match="row-level security"):
            conn.execute("INSERT INTO mail_account (user_id, smtp_host, smtp_port, from_addr) "
                         "VALUES (%s, 'evil.example', 25, 'x@y.example')",
                         (current_user().id,))
    account = load_account()
    assert account is not None and account.smtp_host == "smtp.owner.example"
    assert due_ids(int(time.time()) + 1) == [mine]  # the seller's message is theirs to send
