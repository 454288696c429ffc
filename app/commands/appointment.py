"""`appointment invite ID`: email the rep (and optionally the customer) an invitation to an
appointment; after a change it is an update, after a cancellation a cancellation."""

from __future__ import annotations

import argparse

from app.commands.common import one_line_errors, open_existing_database


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("appointment", parents=[common], help="work with appointments")
    actions = parser.add_subparsers(dest="appointment_action", metavar="ACTION", required=True)
    invite = actions.add_parser("invite", parents=[common],
                                help="email a calendar invitation (iTIP) to the rep")
    invite.add_argument("id", type=int, help="the appointment's number")
    invite.add_argument("--customer", action="store_true", help="invite the customer too")
    invite.add_argument("--queue-only", action="store_true",
                        help="leave it in the outbox (mail send-outbox sends it)")
    invite.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.commands.mail import send_now
    from app.services.appointment_invite import invite
    from app.services.errors import NotFoundError, ValidationError

    open_existing_database(args.db)
    with one_line_errors(ValidationError, NotFoundError):
        message_id = invite(args.id, include_customer=args.customer)
    print(f"appointment {args.id}: invitation in the outbox (message {message_id})")
    return 0 if args.queue_only else send_now(message_id)
