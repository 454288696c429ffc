"""Where the mail password lives: the keyring when there is one, else this session or the
environment; never the database."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.services.mail_account import make_account, save_account
from app.services.mail_password import (
    ENV,
    SERVICE,
    forget_session,
    get_password,
    keyring_usable,
    store_password,
)
from tests.mail_servers import database_text


class MemoryKeyring(KeyringBackend):
    """A complete keyring backend that keeps its secrets in memory."""

    priority = 1  # type: ignore[assignment]

    @properties.classproperty
    def viable(cls) -> bool:  # used only when set on purpose, never picked by keyring itself
        return False

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture()
def backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(ENV, raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    forget_session()
    yield memory
    keyring.set_keyring(previous)
    forget_session()


ACCOUNT = make_account("mail.example.com", "tls", "anil", "anil@surya.example")


def test_password_goes_to_the_keyring_not_the_database(db_path: str,
                                                       backend: MemoryKeyring) -> None:
    save_account(ACCOUNT)
    assert keyring_usable()
    assert store_password(ACCOUNT, "pässwörd") is True
    assert backend.secrets == {(SERVICE, "anil@mail.example.com:465"): "pässwörd"}
    forget_session()  # a new session reads it back from the keyring
    assert get_password(ACCOUNT) == "pässwörd"
    assert "anil@surya.example" in database_text()
    assert "pässwörd" not in database_text()


def test_without_a_keyring_the_password_lasts_the_session(backend: MemoryKeyring,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not keyring_usable()
    assert store_password(ACCOUNT, "only-now") is False
    assert get_password(ACCOUNT) == "only-now"
    forget_session()
    assert get_password(ACCOUNT) is None  # asked again next session
    monkeypatch.setenv(ENV, "from-env")
    assert get_password(ACCOUNT) == "from-env"
