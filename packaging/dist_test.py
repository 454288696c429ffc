"""`make dist-test`: run the built app the way a user's machine would, and check what it makes.

The folder dist/CallDesk is copied elsewhere first and run from there with a clean
environment: no virtualenv or source tree on PATH or PYTHONPATH, HOME in a new temporary
folder, the offscreen platform, the working directory outside the repository. The checks run
here, with the development tools (pypdf); the app runs only from its own folder.

Usage: python packaging/dist_test.py [dist/CallDesk]
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "CallDesk.exe" if sys.platform == "win32" else "CallDesk"


class Failure(Exception):
    pass


class FrozenApp:
    def __init__(self, folder: Path, scratch: Path) -> None:
        self.binary = folder / NAME
        self.scratch = scratch
        home = scratch / "home"
        runtime = scratch / "run"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        self.env = {
            "HOME": str(home), "USERPROFILE": str(home), "XDG_RUNTIME_DIR": str(runtime),
            "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
            "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
        }
        if sys.platform == "win32":  # Windows cannot start a process without these
            self.env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP")
                             if k in os.environ})

    def run(self, *args: str, extra: dict[str, str] | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(self.binary), *args], cwd=self.scratch,
                                env={**self.env, **(extra or {})}, capture_output=True,
                                text=True, encoding="utf-8", timeout=timeout)
        if "Traceback" in result.stderr or result.returncode != 0:
            raise Failure(f"`CallDesk {' '.join(args)}` exited {result.returncode}:\n"
                          f"{result.stdout}\n{result.stderr}")
        return result


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Failure(message)


def check_translations(app: FrozenApp) -> str:
    """Every compiled translation of the source tree is in the app (and no .ts source)."""
    source = {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    bundled_dir = app.binary.parent / "_internal" / "resources" / "translations"
    bundled = {p.name for p in bundled_dir.glob("*")} if bundled_dir.is_dir() else set()
    expect(source <= bundled, f"translations not bundled: {sorted(source - bundled)}")
    expect(not {n for n in bundled if n.endswith(".ts")}, "translation sources bundled")
    return f"translations bundled: {', '.join(sorted(source)) or 'none built yet'}"


def check_paint(app: FrozenApp) -> str:
    result = app.run(extra={"CALLDESK_EXIT_AFTER_PAINT": "1"}, timeout=60)
    expect(result.stdout.startswith("painted "), f"no first paint: {result.stdout!r}")
    found = list(Path(app.env["HOME"]).rglob("calldesk.db"))
    expect(len(found) == 1, "the default database was not created under HOME")
    expect(not Path(str(found[0]) + ".lock").exists(), "the lock file was left behind")
    return f"window painted and quit (exit 0), database at {found[0]}"


def check_open_file(app: FrozenApp) -> str:
    """`CallDesk contacts.vcf` (what the menu entry's %F makes of a file manager's "Open
    with") opens the import dialog on that file; so does a .csv."""
    card, leads = app.scratch / "friends.vcf", app.scratch / "leads.csv"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Asha Rao\r\nTEL:+91 98765 43210\r\n"
                    "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:राजेश कुमार\r\n"
                    "TEL:098765 43211\r\nEND:VCARD\r\n", encoding="utf-8")
    leads.write_text("Name,Phone\nRavi Kumar,+91 99887 76655\n", encoding="utf-8")
    shown = []
    for path, expected in ((card, "vCard file · 2 cards"), (leads, "CSV · UTF-8")):
        out = app.run(str(path), extra={"CALLDESK_EXIT_AFTER_PAINT": "dialog"}, timeout=60)
        line = out.stdout.strip()
        expect(line.startswith(f"dialog ImportDialog {path} |") and expected in line,
               f"`CallDesk {path.name}` did not open its import: {line!r}")
        shown.append(f"{path.name}: {line.split(' | ')[1]}")
    return "import dialog opened on " + "; ".join(shown)


def check_seed(app: FrozenApp) -> str:
    db = str(app.scratch / "seeded.db")
    app.run("seed", "--db", db, "--contacts", "300", "--calls", "600", "--reps", "2",
            "--appointments", "40", "--products", "20", "--quotes", "10")
    report = app.run("check", "--db", db).stdout
    counts = {m[1]: int(m[2].replace(",", "")) for m in re.finditer(r"(\w+)\s+([\d,]+)$",
                                                                   report, re.M)}
    expect(counts.get("contact") == 300 and counts.get("call") == 600,
           f"seeded counts wrong: {counts}")
    expect("integrity: ok" in report, report)
    return f"seeded 300 contacts, 600 calls, {counts.get('appointment')} appointments"


def check_phone(app: FrozenApp) -> str:
    out = app.run("phone", "098765 43210", "--region", "IN").stdout
    expect("stored:  +919876543210" in out, out)
    expect("at home: 098765 43210" in out and "abroad:  +91 98765 43210" in out, out)
    german = app.run("phone", "030 12345678", "--region", "DE").stdout  # another region's data
    expect("+493012345678" in german, german)
    return "+91 98765 43210 read as +919876543210, shown 098765 43210 / +91 98765 43210"


def check_quote_pdf(app: FrozenApp) -> str:
    import pypdf

    db = str(app.scratch / "demo.db")
    app.run("demo", "add", "--db", db)
    pdf = app.scratch / "quote.pdf"
    app.run("quote", "pdf", "Q-0002", str(pdf), "--db", db)
    reader = pypdf.PdfReader(str(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    expect("राजेश" in text and "तांबे" in text, f"Devanagari text missing: {text[:300]!r}")
    expect(any("NotoSansDevanagari" in f for f in fonts), f"Devanagari font not embedded: "
           f"{fonts}")
    expect("₹" in text and "Q-0002" in text, "rupee amounts or the quote number missing")
    return f"Devanagari quote PDF, {len(reader.pages)} page(s), fonts {sorted(fonts)}"


def check_exports(app: FrozenApp) -> str:
    db = str(app.scratch / "demo.db")
    ics, vcf = app.scratch / "visits.ics", app.scratch / "contacts.vcf"
    app.run("export", "appointments", str(ics), "--db", db)
    app.run("export", "contacts", str(vcf), "--db", db)
    calendar = ics.read_text(encoding="utf-8")
    cards = vcf.read_text(encoding="utf-8")
    events = calendar.count("BEGIN:VEVENT")
    expect(calendar.startswith("BEGIN:VCALENDAR") and events > 0, "no events in the .ics")
    expect(cards.count("BEGIN:VCARD") == 305 and "+919876543210" in cards,
           "the vCard export is incomplete")
    again = str(app.scratch / "again.db")
    app.run("import", str(vcf), "--db", again)
    counts = app.run("check", "--db", again).stdout
    expect(re.search(r"contact\s+305$", counts, re.M) is not None, counts)
    return f".ics with {events} events; vCard with 305 contacts, imported back whole"


def check_mail(app: FrozenApp) -> str:
    """A quote emailed through a real SMTP server (aiosmtpd on loopback, STARTTLS with a
    private certificate authority, AUTH): the account set with `mail account`, the password
    from CALLDESK_MAIL_PASSWORD, as no keyring answers in the clean HOME, the message queued
    and sent by `mail send-outbox`; the server receives the quote's PDF."""
    import logging

    import pypdf

    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's notes on each AUTH
    sys.path.insert(0, str(ROOT))
    from tests.mail_servers import CERT_FILE, PASSWORD, USER, SmtpServer

    db = str(app.scratch / "mail.db")
    app.run("demo", "add", "--db", db)
    import sqlite3

    # The name the first start asks for (the message is signed {my_name}); no command sets it.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE app_user SET name = 'Anil Deshpande' WHERE role = 'owner'")
    conn.close()
    server = SmtpServer("starttls")
    server.start()
    secret = {"CALLDESK_MAIL_PASSWORD": PASSWORD}
    try:
        saved = app.run("mail", "account", "--db", db, "--smtp", f"127.0.0.1:{server.port}",
                        "--security", "starttls", "--user", USER, "--ca-file", CERT_FILE,
                        "--from", "Anil Deshpande <anil@surya.example>", extra=secret).stdout
        expect("no system keyring here" in saved or "in the system keyring" in saved, saved)
        queued = app.run("quote", "email", "Q-0002", "--to", "rajesh@example.in",
                         "--queue-only", "--db", db).stdout
        expect("in the outbox" in queued, queued)
        sent = app.run("mail", "send-outbox", "--db", db, extra=secret).stdout
        expect("sent 1, waiting 0, failed 0" in sent, sent)
        received = server.received
    finally:
        server.stop()
    expect(len(received) == 1 and received[0].rcpt_tos == ["rajesh@example.in"],
           f"the server received {[(r.mail_from, r.rcpt_tos) for r in received]}")
    message = received[0].message
    pdfs = [part for part in message.iter_attachments()
            if part.get_content_type() == "application/pdf"]
    expect(len(pdfs) == 1, f"attachments: {[p.get_filename() for p in message.iter_attachments()]}")
    data = pdfs[0].get_content()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    expect("Q-0002" in text and "राजेश" in text, f"the attached PDF: {text[:200]!r}")
    expect(PASSWORD.encode() not in Path(db).read_bytes(), "the password is in the database")
    keyring = "no keyring: password from the environment" if "no system keyring" in saved \
        else "password in the keyring"
    return (f"Q-0002 sent over STARTTLS to {received[0].rcpt_tos[0]} with "
            f"{pdfs[0].get_filename()} ({len(data) // 1024} KB); {keyring}")


def check_screens(app: FrozenApp) -> str:
    shots = app.scratch / "shots"
    listed = app.run("screenshot", str(shots)).stdout.split()
    pngs = sorted(shots.glob("*.png"))
    expect(len(pngs) == len(listed) >= 20, f"{len(pngs)} screenshots")
    small = [p.name for p in pngs if p.stat().st_size < 8000]
    expect(not small, f"blank-looking screenshots: {small}")
    return f"{len(pngs)} tabs and dialogs rendered (first start, guide and About included)"


def check_server(app: FrozenApp) -> str:
    """The packaged driver reaches a PostgreSQL server (CALLDESK_TEST_PG names an
    administrator's URL; without one this check says so and is not counted as passed)."""
    admin = os.environ.get("CALLDESK_TEST_PG")
    if not admin:
        raise Failure("CALLDESK_TEST_PG is not set: no server to try the packaged driver on")
    import psycopg

    name = f"cd_dist_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = admin.rsplit("/", 1)[0] + "/" + name
        app.run("seed", "--db", url, "--contacts", "50", "--calls", "100")
        listed = app.run("users", "list", "--db", url).stdout
        expect("owner" in listed, listed)
        out = app.scratch / "server.vcf"
        app.run("export", "contacts", str(out), "--db", url)
        cards = out.read_text(encoding="utf-8").count("BEGIN:VCARD")
        expect(cards == 50, f"{cards} contacts exported from the server, not 50")
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return "seeded, listed users and exported 50 contacts on a PostgreSQL server"


def check_deb(app: FrozenApp, package: Path | None) -> str:
    """The .deb `make dist` built beside the folder: its fields, where it puts things, a menu
    entry that opens vCards and CSV files, and the app it unpacks starts."""
    if package is None:
        if sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
            raise Failure("no calldesk_<this version>_*.deb beside the folder: run `make dist`")
        return "no dpkg-deb here: skipped"
    sys.path.insert(0, str(ROOT))
    from app import __version__

    fields = {key: subprocess.run(["dpkg-deb", "--field", str(package), key],
                                  capture_output=True, text=True, check=True).stdout.strip()
              for key in ("Package", "Version", "Architecture", "Depends", "Installed-Size")}
    expect(fields["Package"] == "calldesk" and fields["Version"] == __version__,
           f"package fields: {fields}")
    expect("libc6" in fields["Depends"] and "libegl1" in fields["Depends"],
           f"Depends names no system library: {fields['Depends']!r}")
    listing = subprocess.run(["dpkg-deb", "--contents", str(package)], capture_output=True,
                             text=True, check=True).stdout
    for entry in ("./opt/calldesk/CallDesk", "./usr/bin/calldesk -> /opt/calldesk/CallDesk",
                  "./usr/share/applications/calldesk.desktop",
                  "./usr/share/icons/hicolor/scalable/apps/calldesk.svg"):
        expect(entry in listing, f"the package lacks {entry}")
    expect("root/root" in listing and "install-linux.sh" not in listing,
           "files not owned by root, or the tar.gz's install script packed")
    odd = [line for line in listing.splitlines() if line[:10] not in
           ("drwxr-xr-x", "-rwxr-xr-x", "-rw-r--r--", "lrwxrwxrwx")]
    expect(not odd, f"modes other than 0755 and 0644 (a umask of the build?): {odd[:3]}")
    known = _unknown_packages(fields["Depends"])
    expect(not known, f"Depends names packages apt does not know: {known}")
    root = _dpkg_root(app.scratch / "deb-root")
    dpkg = ["dpkg", f"--root={root}", f"--log={root}/var/log/dpkg.log", "--force-not-root",
            "--force-script-chrootless"]
    # Dependencies are the system's business here; an empty root has none of them.
    subprocess.run([*dpkg, "--force-depends", "-i", str(package)], check=True,
                   capture_output=True, text=True)
    entry = (root / "usr/share/applications/calldesk.desktop").read_text(encoding="utf-8")
    types = re.search(r"^MimeType=(.*)$", entry, re.M)
    expect("\nExec=calldesk %F\n" in entry and types is not None
           and {"text/vcard", "text/x-vcard", "text/csv"} <= set(types[1].split(";")),
           f"menu entry: {entry!r}")
    expect(os.readlink(root / "usr/bin/calldesk") == "/opt/calldesk/CallDesk",
           "/usr/bin/calldesk does not lead to /opt/calldesk/CallDesk")
    started = subprocess.run([str(root / "opt/calldesk/CallDesk"), "--version"],
                             env=app.env, capture_output=True, text=True, timeout=60)
    expect(started.stdout.strip() == f"CallDesk {__version__}", started.stdout + started.stderr)
    subprocess.run([*dpkg, "--remove", "calldesk"], check=True, capture_output=True, text=True)
    left = [str(p.relative_to(root)) for p in root.rglob("*")
            if p.is_file() and p.relative_to(root).parts[0] != "var"]
    expect(not left, f"files left after dpkg --remove: {left[:5]}")
    shutil.rmtree(root)
    return (f"{package.name}: {package.stat().st_size / 1e6:.0f} MB; dpkg installs "
            f"{int(fields['Installed-Size']) / 1024:.0f} MB in /opt/calldesk, /usr/bin/calldesk, "
            f"menu entry and icon, the installed app starts, removal leaves nothing; "
            f"{len(fields['Depends'].split(','))} dependencies"
            + ("" if _apt_knows("libc6") else " (apt has no package lists: names not checked)"))


def _apt_knows(name: str) -> bool:
    if shutil.which("apt-cache") is None:
        return False
    found = subprocess.run(["apt-cache", "show", name], capture_output=True, text=True)
    return "Package:" in found.stdout


def _unknown_packages(depends: str) -> list[str]:
    """The Depends names this machine's apt does not know (none checked without its lists)."""
    if not _apt_knows("libc6"):
        return []
    names = [part.split()[0] for part in depends.split(",")]
    return [name for name in names if not _apt_knows(name)]


def _dpkg_root(root: Path) -> Path:
    """An empty system for dpkg --root: its database and log folder."""
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/log"):
        (root / folder).mkdir(parents=True)
    (root / "var/lib/dpkg/status").touch()
    return root


def check_libraries(app: FrozenApp) -> str:
    """No bundled library lacks one that this machine has: the build leaves out libraries
    that only an omitted plugin wanted, never one a kept library links to. What this
    machine lacks too (xcb and Wayland helpers a desktop has) is named, not failed."""
    if not sys.platform.startswith("linux"):
        return "not a Linux build: skipped"
    folder = app.binary.parent
    system = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    on_system = {line.split()[0] for line in system.splitlines()[1:] if line.strip()}
    libraries = [p for p in folder.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    dropped, absent = {}, set()
    for library in [app.binary, *libraries]:
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": str(folder / "_internal")}).stdout
        for lost in (line.split()[0] for line in out.splitlines() if "not found" in line):
            if lost in on_system:
                dropped.setdefault(str(library.relative_to(folder)), set()).add(lost)
            else:
                absent.add(lost)
    expect(not dropped, f"bundled libraries lack libraries left out of the build: {dropped}")
    return (f"{len(libraries)} libraries find all they link to"
            + (f" (from the desktop: {', '.join(sorted(absent))})" if absent else ""))


def check_icu(app: FrozenApp) -> str:
    """The smaller ICU data library answers what Qt asks of it: Hindi collation, a Hindi
    time-zone name, and a legacy converter (Qt's text decoders)."""
    import ctypes

    found = sorted(app.binary.parent.rglob("libicui18n.so.*"))
    if not found:
        return "no bundled ICU (not a Linux build): skipped"
    version = found[0].name.rsplit(".", 1)[1]
    i18n = ctypes.CDLL(str(found[0]))
    common = ctypes.CDLL(str(found[0].with_name(f"libicuuc.so.{version}")))

    def call(library: ctypes.CDLL, name: str, *args: object) -> tuple[object, int]:
        status = ctypes.c_int(0)
        function = getattr(library, f"{name}_{version}")
        function.restype = ctypes.c_void_p if name.endswith("open") else ctypes.c_int32
        return function(*args, ctypes.byref(status)), status.value

    collator, status = call(i18n, "ucol_open", b"hi")
    expect(collator is not None and status <= 0, f"no Hindi collation (status {status})")
    converter, status = call(common, "ucnv_open", b"Shift_JIS")
    expect(converter is not None and status <= 0, f"no Shift_JIS converter ({status})")
    zone = (ctypes.c_uint16 * 13)(*map(ord, "Asia/Kolkata"), 0)  # ICU's UTF-16 UChar
    calendar, status = call(i18n, "ucal_open", zone, -1, b"hi", 0)
    expect(calendar is not None and status <= 0, f"no calendar for Asia/Kolkata ({status})")
    buffer = (ctypes.c_uint16 * 64)()
    length, status = call(i18n, "ucal_getTimeZoneDisplayName", ctypes.c_void_p(calendar), 0,
                          b"hi", buffer, 64)
    name = bytes(buffer)[:2 * int(length)].decode("utf-16-le")
    expect(status <= 0 and name == "भारतीय मानक समय", f"Hindi zone name {name!r} ({status})")
    size = found[0].with_name(f"libicudata.so.{version}").stat().st_size
    return f"ICU {version} data {size / 1e6:.1f} MB: Hindi collation, zone name {name}, Shift_JIS"


CHECKS = (check_libraries, check_icu, check_translations, check_paint, check_open_file,
          check_seed, check_phone, check_quote_pdf, check_exports, check_mail, check_screens,
          check_server, check_deb)


def main(argv: list[str]) -> int:
    built = Path(argv[0] if argv else ROOT / "dist" / "CallDesk").resolve()
    if not (built / NAME).exists():
        print(f"error: no built app at {built}; run `make dist` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="calldesk-dist-test-") as folder:
        scratch = Path(folder)
        moved = scratch / "CallDesk"  # away from the source tree and the build folder
        shutil.copytree(built, moved, symlinks=True)
        app = FrozenApp(moved, scratch)
        sys.path.insert(0, str(ROOT))
        from app import __version__

        # This version's package, not an older one left beside it.
        packages = sorted(built.parent.glob(f"calldesk_{__version__}_*.deb"))
        failed = 0
        for check in CHECKS:
            started = time.monotonic()
            try:
                note = check(app, packages[-1] if packages else None) \
                    if check is check_deb else check(app)
                status = "ok  "
            except (Failure, subprocess.SubprocessError, OSError) as exc:
                # A tool that failed (dpkg, dpkg-deb) fails its check: its own words, not a
                # traceback, and the checks after it still run.
                detail = getattr(exc, "stderr", None)
                note = f"{exc}: {detail.strip()[-300:]}" if isinstance(detail, str) \
                    and detail.strip() else str(exc)
                status, failed = "FAIL", failed + 1
            name = check.__name__.removeprefix("check_")
            print(f"{status} {name:<12} {time.monotonic() - started:6.1f} s  {note}", flush=True)
    print(f"{len(CHECKS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
