"""The templates CallDesk ships, in English and Hindi. A saved template of the same name
takes the place of a built-in one."""

from __future__ import annotations

from dataclasses import dataclass

CONTACT, QUOTE, APPOINTMENT = "contact", "quote", "appointment"


@dataclass(frozen=True)
class Template:
    name: str  # what --template takes
    title: str  # what a list shows
    language: str  # en | hi
    purpose: str  # contact | quote | appointment: which record's fields it may use
    subject: str
    body: str
    builtin: bool = True


BUILTIN: tuple[Template, ...] = (
    Template("follow-up", "Follow-up after a call", "en", CONTACT,
             "Thank you for your time, {first_name}",
             "Dear {first_name},\n\n"
             "Thank you for speaking with me today. As promised, here is a short note so you "
             "have my details at hand. Reply to this email or call me whenever it suits you.\n\n"
             "Kind regards,\n{my_name}\n"),
    Template("follow-up-hi", "कॉल के बाद फ़ॉलो-अप (हिन्दी)", "hi", CONTACT,
             "आपके समय के लिए धन्यवाद, {first_name} जी",
             "नमस्ते {first_name} जी,\n\n"
             "आज मुझसे बात करने के लिए धन्यवाद। जैसा कहा था, यह छोटा सा संदेश भेज रहा हूँ ताकि मेरा "
             "संपर्क आपके पास रहे। जब भी सुविधा हो, इस ईमेल का जवाब दें या मुझे फ़ोन करें।\n\n"
             "सादर,\n{my_name}\n"),
    Template("quote", "Quote", "en", QUOTE,
             "Quotation {quote_number} for {company}",
             "Dear {first_name},\n\n"
             "Please find attached our quotation {quote_number} for {quote_total}. It is valid "
             "until {valid_until}.\n\n"
             "If you have any questions, or would like to go ahead, just reply to this email.\n\n"
             "Kind regards,\n{my_name}\n"),
    Template("quote-hi", "कोटेशन (हिन्दी)", "hi", QUOTE,
             "कोटेशन {quote_number} – {company}",
             "नमस्ते {first_name} जी,\n\n"
             "हमारा कोटेशन {quote_number} ({quote_total}) संलग्न है। यह {valid_until} तक मान्य है।\n\n"
             "कोई प्रश्न हो या आप आगे बढ़ना चाहें, तो बस इस ईमेल का जवाब दें।\n\n"
             "सादर,\n{my_name}\n"),
    Template("appointment", "Appointment confirmation", "en", APPOINTMENT,
             "Your appointment on {appointment_time}",
             "Dear {first_name},\n\n"
             "This confirms your appointment on {appointment_time} with {rep} at {location}.\n\n"
             "If the time no longer suits you, reply to this email or call me and we will "
             "find another.\n\n"
             "Kind regards,\n{my_name}\n"),
    Template("appointment-hi", "अपॉइंटमेंट की पुष्टि (हिन्दी)", "hi", APPOINTMENT,
             "आपका अपॉइंटमेंट: {appointment_time}",
             "नमस्ते {first_name} जी,\n\n"
             "आपका अपॉइंटमेंट {appointment_time} को {rep} के साथ {location} पर तय है।\n\n"
             "अगर यह समय सुविधाजनक न हो, तो इस ईमेल का जवाब दें या मुझे फ़ोन करें, हम दूसरा समय "
             "तय कर लेंगे।\n\n"
             "सादर,\n{my_name}\n"),
)
