"""The mail password: in the OS keyring where there is one, never in the database or settings.

Without a usable keyring the password lives in this process only (asked once per session by
the window), or comes from CALLDESK_MAIL_PASSWORD for the command line.
"""

from __future__ import annotations

import os

from app.services.mail_account import MailAccount

SERVICE = "CallDesk mail"
ENV = "CALLDESK_MAIL_PASSWORD"
_session: dict[str, str] = {}


def keyring_usable() -> bool:
    """Whether a real keyring backend is there (not keyring's "fail" or a null one)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken backend module must not stop mail from working
        return False
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 1)
    return not (isinstance(priority, int | float) and priority <= 0)


def store_password(account: MailAccount, password: str) -> bool:
    """Keep *password*: True when it went into the keyring, False when only for this session."""
    _session[account.key] = password
    if not keyring_usable():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, account.key, password)
    except Exception:  # keyring.errors.* and D-Bus failures alike: the session copy remains
        return False
    return True


def remember_for_session(account: MailAccount, password: str) -> None:
    _session[account.key] = password


def get_password(account: MailAccount) -> str | None:
    """The password of *account*: this session's, then the environment's, then the keyring's;
    None when nobody has given one."""
    if account.key in _session:
        return _session[account.key]
    if ENV in os.environ:
        return os.environ[ENV]
    if not keyring_usable():
        return None
    import keyring

    try:
        found = keyring.get_password(SERVICE, account.key)
    except Exception:
        return None
    return found


def forget_session() -> None:
    _session.clear()
