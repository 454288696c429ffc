"""A small real IMAP4rev1 server (asyncio, on loopback) for the tests: one INBOX held in
memory, and just the commands CallDesk's client sends: CAPABILITY, LOGIN, SELECT/EXAMINE,
UID SEARCH, UID FETCH, NOOP, LOGOUT, and LIST and APPEND for the Sent folder (RFC 6154
SPECIAL-USE attributes on LIST). It can also be told to accept and then never answer, or to
refuse APPEND."""

from __future__ import annotations

import asyncio
import re
import shlex
import threading

from tests.mail_servers import PASSWORD, USER, free_port

UIDVALIDITY = 1_700_000_001


class ImapServer:
    def __init__(self, silent: bool = False) -> None:
        self.port = free_port()
        self.silent = silent  # accept connections, never greet: a server that hangs
        self.messages: list[tuple[int, bytes]] = []  # (uid, RFC 5322 bytes)
        self.fetched: list[int] = []
        self.uidvalidity = UIDVALIDITY
        # Folders besides INBOX, by name: their LIST attributes and the messages APPENDed.
        self.folders: dict[str, tuple[str, list[bytes]]] = {"Sent Items": ("\\Sent", []),
                                                           "Drafts": ("\\Drafts", [])}
        self.refuse_append = ""  # a NO reply text: the folder is full, say
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None

    def add(self, data: bytes) -> int:
        with self._lock:
            uid = (self.messages[-1][0] if self.messages else 0) + 1
            self.messages.append((uid, data))
            return uid

    def start(self) -> None:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._server = self._loop.run_until_complete(
                asyncio.start_server(self._session, "127.0.0.1", self.port))
            ready.set()
            self._loop.run_forever()
            self._server.close()
            self._loop.run_until_complete(self._server.wait_closed())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="imap-test-server", daemon=True)
        self._thread.start()
        ready.wait(5)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
            self._loop = self._thread = None  # stopping twice is harmless

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.silent:
            await asyncio.sleep(30)
            writer.close()
            return
        writer.write(b"* OK [CAPABILITY IMAP4rev1 SPECIAL-USE] CallDesk test IMAP ready\r\n")
        logged_in = False
        try:
            while line := await reader.readline():
                tag, _, rest = line.decode("utf-8", "replace").rstrip("\r\n").partition(" ")
                command, _, args = rest.partition(" ")
                command = command.upper()
                if command == "CAPABILITY":
                    writer.write(b"* CAPABILITY IMAP4rev1 SPECIAL-USE\r\n")
                    self._ok(writer, tag, "CAPABILITY completed")
                elif command == "NOOP":
                    self._ok(writer, tag, "NOOP completed")
                elif command == "LOGIN":
                    user, password = shlex.split(args)[:2]
                    logged_in = (user, password) == (USER, PASSWORD)
                    if logged_in:
                        self._ok(writer, tag, "LOGIN completed")
                    else:
                        writer.write(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials"
                                     "\r\n".encode())
                elif not logged_in:
                    writer.write(f"{tag} BAD log in first\r\n".encode())
                elif command in ("SELECT", "EXAMINE"):
                    self._select(writer, tag, command)
                elif command == "UID":
                    self._uid(writer, tag, args)
                elif command == "LIST":
                    self._list(writer, tag)
                elif command == "APPEND":
                    await self._append(reader, writer, tag, args)
                elif command == "LOGOUT":
                    writer.write(b"* BYE logging out\r\n")
                    self._ok(writer, tag, "LOGOUT completed")
                    await writer.drain()
                    break
                else:
                    writer.write(f"{tag} BAD unknown command {command}\r\n".encode())
                await writer.drain()
        finally:
            writer.close()

    @staticmethod
    def _ok(writer: asyncio.StreamWriter, tag: str, text: str) -> None:
        writer.write(f"{tag} OK {text}\r\n".encode())

    def sent(self, folder: str = "Sent Items") -> list[bytes]:
        with self._lock:
            return list(self.folders[folder][1])

    def _list(self, writer: asyncio.StreamWriter, tag: str) -> None:
        with self._lock:
            names = [("", "INBOX")] + [(flags, name) for name, (flags, _) in
                                       self.folders.items()]
        for flags, name in names:
            attributes = " ".join(f for f in ("\\HasNoChildren", flags) if f)
            writer.write(f'* LIST ({attributes}) "/" "{name}"\r\n'.encode())
        self._ok(writer, tag, "LIST completed")

    async def _append(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      tag: str, args: str) -> None:
        match = re.fullmatch(r'"([^"]+)"\s.*\{(\d+)\}', args.strip())
        if match is None:
            writer.write(f"{tag} BAD APPEND needs a quoted folder and a literal\r\n".encode())
            return
        writer.write(b"+ Ready for literal data\r\n")
        await writer.drain()
        data = await reader.readexactly(int(match.group(2)))
        await reader.readline()  # the CRLF that ends the command
        folder = match.group(1)
        if self.refuse_append:
            writer.write(f"{tag} NO {self.refuse_append}\r\n".encode())
            return
        with self._lock:
            if folder not in self.folders:
                writer.write(f"{tag} NO [TRYCREATE] no folder {folder}\r\n".encode())
                return
            self.folders[folder][1].append(data)
        self._ok(writer, tag, "[APPENDUID 1 1] APPEND completed")

    def _select(self, writer: asyncio.StreamWriter, tag: str, command: str) -> None:
        with self._lock:
            count, next_uid = len(self.messages), (self.messages[-1][0] + 1
                                                   if self.messages else 1)
        writer.write(f"* {count} EXISTS\r\n* 0 RECENT\r\n"
                     f"* OK [UIDVALIDITY {self.uidvalidity}] UIDs valid\r\n"
                     f"* OK [UIDNEXT {next_uid}] Predicted next UID\r\n".encode())
        mode = "READ-ONLY" if command == "EXAMINE" else "READ-WRITE"
        self._ok(writer, tag, f"[{mode}] {command} completed")

    def _uid(self, writer: asyncio.StreamWriter, tag: str, args: str) -> None:
        sub, _, rest = args.partition(" ")
        with self._lock:
            messages = list(self.messages)
        if sub.upper() == "SEARCH":
            match = re.fullmatch(r"UID (\d+):\*", rest.strip(), re.IGNORECASE)
            if match is None:
                writer.write(f"{tag} BAD only UID n:* searches here\r\n".encode())
                return
            first = int(match.group(1))
            uids = [u for u, _ in messages if u >= first]
            if not uids and messages:
                uids = [messages[-1][0]]  # RFC 3501: n:* always takes the last message
            writer.write(("* SEARCH " + " ".join(map(str, uids))).rstrip().encode() + b"\r\n")
            self._ok(writer, tag, "SEARCH completed")
        elif sub.upper() == "FETCH":
            wanted = int(rest.split(" ", 1)[0])
            for seq, (uid, data) in enumerate(messages, 1):
                if uid == wanted:
                    self.fetched.append(uid)
                    writer.write(f"* {seq} FETCH (UID {uid} BODY[] {{{len(data)}}}\r\n"
                                 .encode() + data + b")\r\n")
            self._ok(writer, tag, "FETCH completed")
        else:
            writer.write(f"{tag} BAD unknown UID command\r\n".encode())
