"""`users add|list|disable`: the team. On a PostgreSQL server `add` creates the login too; its
password comes from CALLDESK_NEW_PASSWORD or is asked for."""

from __future__ import annotations

import argparse
import os
import sys

from app.commands.common import one_line_errors, open_existing_database
from app.commands.errors import CliError

PASSWORD_ENV = "CALLDESK_NEW_PASSWORD"


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("users", parents=[common],
                                   help="add, list or disable the team's users")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="add a user (and server login)")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=("owner", "seller", "rep"))
    add.add_argument("--email", default="")
    add.add_argument("--rep", default="", metavar="REP_NAME",
                     help="for --role rep: the rep whose calendar this user has")
    actions.add_parser("list", parents=[common], help="list the users")
    disable = actions.add_parser("disable", parents=[common], help="stop a user signing in")
    disable.add_argument("login")
    parser.set_defaults(handler=run)


def _password() -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"set {PASSWORD_ENV} to the new login's password (no terminal to ask)")
    import getpass

    first = getpass.getpass("Password for the new login: ")
    if getpass.getpass("Again: ") != first:
        raise CliError("the two passwords differ; nothing was added")
    return first


def run(args: argparse.Namespace) -> int:
    from app.db.connection import is_postgres
    from app.services.errors import ValidationError
    from app.services.users import NewUser, add_user, disable_user, list_users

    open_existing_database(args.db)
    with one_line_errors(ValidationError):
        if args.action == "add":
            password = _password() if is_postgres() else ""
            add_user(NewUser(args.login, args.name, args.role, args.email, args.rep,
                             password))
            where = "with a server login" if is_postgres() else "in this file"
            print(f"added {args.role} {args.login} ({args.name}) {where}")
        elif args.action == "disable":
            disable_user(args.login)
            print(f"disabled {args.login}: they can no longer sign in")
        else:
            users = list_users()
            width = max((len(u.login) for u in users), default=5)
            for u in users:
                state = "" if u.active else "  (disabled)"
                print(f"{u.login:<{width}}  {u.role:<6}  {u.shown_name}{state}")
    return 0
