"""`mail account|test|send-outbox|fetch`: the user's mailbox from the command line.

The password is read from CALLDESK_MAIL_PASSWORD or asked for; `mail account` keeps it in the
OS keyring where there is one. It is never written to the database.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from app.commands.common import one_line_errors, open_existing_database
from app.commands.errors import CliError

if TYPE_CHECKING:
    from app.services.mail_account import MailAccount


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("mail", parents=[common], help="your mail account, outbox")
    actions = parser.add_subparsers(dest="mail_action", metavar="ACTION", required=True)
    account = actions.add_parser("account", parents=[common],
                                 help="set the mail account (no options: show it)")
    account.add_argument("--smtp", metavar="HOST:PORT")
    account.add_argument("--security", choices=("none", "starttls", "tls"))
    account.add_argument("--user", default="")
    account.add_argument("--from", dest="from_addr", metavar='"NAME <ADDRESS>"')
    account.add_argument("--imap", default="", metavar="HOST:PORT")
    account.add_argument("--ca-file", default="", metavar="FILE",
                         help="certificates of a private certificate authority")
    actions.add_parser("test", parents=[common],
                       help="connect, log in and offer the From address")
    actions.add_parser("send-outbox", parents=[common], help="send every message that is due")
    actions.add_parser("fetch", parents=[common], help="fetch replies from the IMAP server")
    parser.set_defaults(handler=run)


def _ask_password(prompt: str) -> str | None:
    from app.services.mail_password import ENV

    if ENV in os.environ:
        return os.environ[ENV]
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt)


def run(args: argparse.Namespace) -> int:
    from app.services.errors import ValidationError
    from app.services.mail_errors import MailError

    open_existing_database(args.db)
    with one_line_errors(ValidationError, MailError):
        if args.mail_action == "account":
            return _account(args)
        if args.mail_action == "test":
            return _test()
        if args.mail_action == "fetch":
            return _fetch()
        return _send_outbox()


def _account(args: argparse.Namespace) -> int:
    from app.services.mail_account import load_account, make_account, save_account
    from app.services.mail_password import ENV, store_password

    if args.smtp is None and args.from_addr is None:
        current = load_account()
        if current is None:
            print("no mail account yet; set one with mail account --smtp HOST:PORT "
                  "--security tls --user USER --from \"Name <address>\"")
            return 0
        imap = f", IMAP {current.imap_host}:{current.imap_port}" if current.has_imap else ""
        print(f"SMTP {current.smtp_host}:{current.smtp_port} ({current.security}), user "
              f"{current.user or '(none)'}, from {current.from_addr}{imap}")
        return 0
    missing = [name for name, value in (("--smtp", args.smtp), ("--security", args.security),
                                        ("--from", args.from_addr)) if not value]
    if missing:
        raise CliError(f"{', '.join(missing)} needed to set the account")
    account = make_account(args.smtp, args.security, args.user, args.from_addr, args.imap,
                           args.ca_file)
    save_account(account)
    print(f"saved the mail account: {account.smtp_host}:{account.smtp_port} "
          f"({account.security}), from {account.from_addr}")
    if account.user:
        password = _ask_password(f"Mail password for {account.user}: ")
        if password is None:
            print(f"no password given: set {ENV} for each command that sends")
        elif store_password(account, password):
            print("the password is in the system keyring")
        else:
            print(f"no system keyring here: the password is not kept; set {ENV} for each "
                  "command that sends")
    return 0


def _password_for(account: MailAccount) -> str | None:
    from app.services.mail_password import get_password, remember_for_session

    password = get_password(account)
    if password is None and account.user:
        password = _ask_password(f"Mail password for {account.user}: ")
        if password is not None:
            remember_for_session(account, password)
    return password


def _test() -> int:
    from app.services.mail_account import require_account
    from app.services.smtp_client import test_connection

    account = require_account()
    print(f"ok: {test_connection(account, _password_for(account))}")
    return 0


def _send_outbox() -> int:
    from app.services.mail_account import require_account
    from app.services.outbox import send_due

    _password_for(require_account())
    report = send_due()
    for message_id, reason in report.failed:
        print(f"message {message_id} failed: {reason}")
    for message_id, reason in report.waiting:
        print(f"message {message_id} waits: {reason}")
    for message_id, reason in report.copy_failed:
        print(f"message {message_id} sent; not copied to the Sent folder: {reason}")
    later = _not_due_yet()
    for line in later:
        print(line)
    print(f"sent {len(report.sent)}, waiting {len(report.waiting)}, "
          f"failed {len(report.failed)}" + (f", not due yet {len(later)}" if later else ""))
    return 1 if report.failed or (report.waiting and not report.sent) else 0


def _not_due_yet() -> list[str]:
    """Messages held for Undo or scheduled for later: they are left alone until then."""
    import time
    from datetime import datetime

    from app.services.mail_queries import outbox_rows

    now = int(time.time())
    lines = []
    for r in outbox_rows():
        if r.state != "queued" or r.next_attempt_at <= now or r.last_error:
            continue
        if r.scheduled_at > now:
            when = datetime.fromtimestamp(r.scheduled_at).astimezone().strftime(
                "%Y-%m-%d %H:%M %Z")
            lines.append(f"message {r.id} scheduled for {when}")
        else:
            lines.append(f"message {r.id} held for undo: goes in {r.next_attempt_at - now} s")
    return lines


def _fetch() -> int:
    from app.services.mail_account import require_account
    from app.services.mail_fetch import fetch_replies

    account = require_account()
    result = fetch_replies(account, _password_for(account))
    print(f"fetched {result.stored} new message(s) from known contacts; "
          f"{result.skipped} skipped")
    return 0


def send_now(message_id: int) -> int:
    """After queueing from the command line: try to send at once, and say what happened."""
    from app.services.errors import ValidationError
    from app.services.mail_account import require_account
    from app.services.mail_errors import MailError
    from app.services.outbox import send_due

    with one_line_errors(ValidationError, MailError):
        _password_for(require_account())
        report = send_due()
    if message_id in report.sent:
        print(f"message {message_id} sent")
        return 0
    reasons = dict(report.waiting + report.failed)
    reason = reasons.get(message_id, "not due yet")
    print(f"message {message_id} not sent: {reason}; it stays in the outbox "
          "(mail send-outbox sends it)", file=sys.stderr)
    return 1
