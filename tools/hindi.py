"""The Hindi of CallDesk's interface, as Indian shops speak it: English source -> Hindi.
`make translations` writes it into resources/translations/calldesk_hi.ts.

Words kept the same everywhere: कोटेशन (quote), संपर्क (contact), कॉल (call), अपॉइंटमेंट
(appointment), फ़ॉलो-अप (follow-up), लीड (lead), प्रतिनिधि (rep), सेटिंग्स (settings),
इंपोर्ट/एक्सपोर्ट, ईमेल, रिपोर्ट, आज. Accelerators (&) and placeholders (%1, %n, {name})
stay as in the English.
"""

# Plural strings (%n) are a tuple (one, other).
HINDI: dict[str, str | tuple[str, ...]] = {
}

# Where one English string needs another Hindi in one place: (context, source) -> Hindi.
BY_CONTEXT: dict[tuple[str, str], str | tuple[str, ...]] = {
}
