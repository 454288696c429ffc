"""The rep's day sheet by email: the same PDF as the print path, to the rep, through the
outbox; from the service and `agenda pdf --email`. Real aiosmtpd."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db.connection import close_database
from app.services.appointment_export import write_day_sheet
from app.services.day_sheet_mail import email_day_sheet
from app.services.errors import ValidationError
from app.services.outbox import send_due
from app.services.reps import RepInput, create_rep
from tests.mail_servers import PASSWORD, SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import VISIT, customer, visit

DAY = VISIT.date()


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_day_sheet_goes_to_the_rep_as_printed(mail_account, smtp: SmtpServer,  # noqa: F811
                                              tmp_path: Path) -> None:
    visit(customer())
    message_id, count = email_day_sheet("ravi kumar", DAY)
    assert count == 1
    assert send_due().sent == [message_id]
    [got] = smtp.received
    assert got.rcpt_tos == ["ravi@surya.example"]
    assert str(got.message["Subject"]) == "Day sheet Tue 02 Jun 2026"
    [pdf] = list(got.message.iter_attachments())
    assert pdf.get_filename() == "Day sheet Ravi Kumar 2026-06-02.pdf"
    printed = tmp_path / "sheet.pdf"
    write_day_sheet("Ravi Kumar", DAY, printed)
    sent = _text(pdf.get_content())
    assert sent == _text(printed.read_bytes())  # the same document as the print path
    assert "14 Laxmi Estate, Pune" in sent[0] and "Priya Sharma" in sent[0]


def test_a_rep_without_an_address_is_refused(mail_account) -> None:  # noqa: F811
    create_rep(RepInput("Sunil Rao", time_zone="Asia/Kolkata"))
    with pytest.raises(ValidationError) as caught:
        email_day_sheet("Sunil Rao", DAY)
    assert caught.value.field == "Rep" and "Sunil Rao has no email address" in str(caught.value)


def test_agenda_pdf_email_command(db_path: str, mail_account, smtp: SmtpServer,  # noqa: F811
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    visit(customer())
    close_database()
    monkeypatch.setenv("CALLDESK_MAIL_PASSWORD", PASSWORD)
    code = main(["agenda", "pdf", "--rep", "Ravi Kumar", "--date", "2026-06-02", "--email",
                 "--db", db_path])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "day sheet of Ravi Kumar for 2026-06-02 (1 appointment(s)): in the outbox" in out
    assert "sent" in out
    [got] = smtp.received
    assert got.rcpt_tos == ["ravi@surya.example"]
    close_database()
    assert main(["agenda", "pdf", "--rep", "Ravi Kumar", "--date", "2026-06-02",
                 "--db", db_path]) != 0
    assert "give FILE.pdf to write, or --email" in capsys.readouterr().err
