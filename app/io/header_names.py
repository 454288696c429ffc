"""Column headers CallDesk recognises, by contact field: English and common other languages
(German, French, Spanish, Italian, Portuguese, Dutch, Hindi, Russian). Keys are compared after
``normalize_header``; add a spelling here and every spreadsheet import learns it."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-_./:()#*'’,]+")


def normalize_header(text: str) -> str:
    folded = unicodedata.normalize("NFC", text.replace("\ufeff", "")).casefold()
    return _SEPARATORS.sub(" ", folded).strip()


GENERIC: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "contact", "contact name", "display name",
        "customer", "customer name", "client", "client name", "kontakt", "kontaktname",
        "vollständiger name", "nom complet", "nombre completo", "nome completo", "naam",
        "volledige naam", "नाम", "पूरा नाम", "ग्राहक", "ग्राहक का नाम", "имя", "фио",
    ),
    "first_name": (
        "first name", "firstname", "first", "given name", "givenname", "forename", "vorname",
        "prénom", "prenom", "nombre", "nome", "primeiro nome", "voornaam", "पहला नाम",
    ),
    "middle_name": ("middle name", "additional name", "zweiter vorname", "segundo nombre"),
    "last_name": (
        "last name", "lastname", "last", "surname", "family name", "familyname", "nachname",
        "familienname", "nom", "nom de famille", "apellido", "apellidos", "cognome",
        "sobrenome", "achternaam", "उपनाम", "अंतिम नाम", "कुलनाम", "фамилия",
    ),
    "company": (
        "company", "company name", "organization", "organisation", "organization name",
        "business", "business name", "account", "account name", "firm", "firma",
        "firmenname", "unternehmen", "société", "societe", "entreprise", "empresa",
        "compañía", "compania", "azienda", "società", "bedrijf", "कंपनी", "फर्म", "संस्था",
        "компания", "организация",
    ),
    "title": (
        "job title", "jobtitle", "position", "role", "designation", "funktion", "berufsbezeichnung",
        "poste", "fonction", "cargo", "puesto", "ruolo", "functie", "पद",
    ),
    "phone": (
        "phone", "phone number", "telephone", "telephone number", "tel", "tel no", "phone no",
        "number", "contact number", "telefon", "telefonnummer", "rufnummer", "téléphone",
        "telephone fixe", "numéro", "numéro de téléphone", "teléfono", "telefono",
        "número", "numero", "telefoon", "फ़ोन", "फोन", "फ़ोन नंबर", "फोन नंबर", "नंबर",
        "दूरभाष", "संपर्क नंबर", "телефон",
    ),
    "phone:mobile": (
        "mobile", "mobile phone", "mobile number", "cell", "cell phone", "cellphone",
        "handy", "handynummer", "mobil", "mobiltelefon", "mobilnummer", "portable",
        "téléphone portable", "mobile", "móvil", "movil", "celular", "cellulare", "mobiel",
        "मोबाइल", "मोबाइल नंबर",
    ),
    "phone:work": ("work phone", "office phone", "business phone", "telefon geschäftlich",
                   "téléphone travail", "teléfono trabajo"),
    "phone:home": ("home phone", "private phone", "telefon privat", "téléphone domicile"),
    "phone:fax": ("fax", "fax number", "telefax", "फैक्स"),
    "email": (
        "email", "e mail", "mail", "email address", "e mail address", "emailaddress",
        "e mail adresse", "email adresse", "courriel", "adresse email", "adresse e mail",
        "correo", "correo electrónico", "correo electronico", "posta elettronica",
        "ईमेल", "ई मेल", "ईमेल पता", "почта", "эл почта", "электронная почта",
    ),
    "street": (
        "street", "street address", "address", "address 1", "address line 1", "straße",
        "strasse", "anschrift", "adresse", "rue", "dirección", "direccion", "calle",
        "indirizzo", "endereço", "endereco", "adres", "straat", "पता",
    ),
    "city": (
        "city", "town", "locality", "stadt", "ort", "ville", "ciudad", "città", "citta",
        "cidade", "plaats", "शहर", "नगर", "город",
    ),
    "region": (
        "state", "region", "province", "county", "state province", "bundesland",
        "département", "departement", "provincia", "estado", "provincie", "राज्य", "प्रदेश",
    ),
    "postal_code": (
        "zip", "zip code", "zipcode", "postal code", "postcode", "post code", "pin",
        "pin code", "pincode", "plz", "postleitzahl", "code postal", "código postal",
        "codigo postal", "cap", "cep", "postcode", "पिन", "पिन कोड", "पिनकोड",
    ),
    "country": ("country", "nation", "land", "pays", "país", "pais", "paese", "देश", "страна"),
    "status": ("status", "stage", "lead status", "statut", "stato", "स्थिति"),
    "source": ("source", "lead source", "quelle", "herkunft", "origine", "fuente", "origem",
               "स्रोत"),
    "tags": ("tags", "tag", "labels", "categories", "category", "groups", "group",
             "group membership", "kategorie", "kategorien", "gruppe", "schlagwörter",
             "étiquettes", "catégorie", "etiquetas", "categoría", "categoria", "टैग", "श्रेणी"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "description", "notizen",
              "notiz", "bemerkung", "bemerkungen", "anmerkungen", "kommentar", "remarques",
              "commentaire", "notas", "nota", "comentarios", "opmerkingen", "टिप्पणी",
              "नोट्स", "नोट", "विवरण"),
    "extra:Birthday": ("birthday", "date of birth", "dob", "geburtstag", "geburtsdatum",
                       "anniversaire", "date de naissance", "cumpleaños",
                       "fecha de nacimiento", "compleanno", "जन्मदिन", "जन्म तिथि"),
    "extra:Website": ("website", "web site", "web page", "url", "homepage", "webseite",
                      "site web", "sitio web", "वेबसाइट"),
    "do_not_call": ("do not call", "dnc", "donotcall", "nicht anrufen", "ne pas appeler",
                    "no llamar"),
}

# Outlook's CSV export; "Title" there is the name prefix, "Job Title" the position.
OUTLOOK: dict[str, str] = {
    "title": "extra:Name prefix", "suffix": "extra:Name suffix", "nickname": "extra:Nickname",
    "middle name": "middle_name", "e mail address": "email", "e mail 2 address": "email",
    "e mail 3 address": "email", "primary phone": "phone:main", "home phone": "phone:home",
    "home phone 2": "phone:home", "mobile phone": "phone:mobile",
    "business phone": "phone:work", "business phone 2": "phone:work",
    "business fax": "phone:work fax", "home fax": "phone:home fax", "other phone": "phone:other",
    "other fax": "phone:fax", "car phone": "phone:car", "pager": "phone:pager",
    "assistant s phone": "phone:assistant", "assistants phone": "phone:assistant",
    "company main phone": "phone:company", "callback": "phone:callback",
    "radio phone": "phone:radio", "isdn": "phone:isdn", "tty tdd phone": "phone:tty",
    "telex": "phone:telex", "company": "company", "job title": "title",
    "department": "extra:Department", "notes": "notes", "categories": "tags",
    "web page": "extra:Web page", "birthday": "extra:Birthday", "anniversary": "extra:Anniversary",
    "spouse": "extra:Spouse", "manager s name": "extra:Manager",
    "assistant s name": "extra:Assistant",
}
for _kind in ("business", "home", "other"):
    OUTLOOK[f"{_kind} street"] = f"street@{_kind}"
    OUTLOOK[f"{_kind} street 2"] = f"street@{_kind}"
    OUTLOOK[f"{_kind} street 3"] = f"street@{_kind}"
    OUTLOOK[f"{_kind} city"] = f"city@{_kind}"
    OUTLOOK[f"{_kind} state"] = f"region@{_kind}"
    OUTLOOK[f"{_kind} postal code"] = f"postal_code@{_kind}"
    OUTLOOK[f"{_kind} country region"] = f"country@{_kind}"
    OUTLOOK[f"{_kind} country"] = f"country@{_kind}"
    OUTLOOK[f"{_kind} po box"] = f"extra:{_kind.capitalize()} PO box"

# Google Contacts, current ("First Name", "Labels") and legacy ("Given Name",
# "Group Membership") exports. Numbered groups ("Phone 1 - Value") are matched by pattern.
GOOGLE: dict[str, str] = {
    "first name": "first_name", "given name": "first_name", "middle name": "middle_name",
    "additional name": "middle_name", "last name": "last_name", "family name": "last_name",
    "name": "name", "name prefix": "extra:Name prefix", "name suffix": "extra:Name suffix",
    "nickname": "extra:Nickname", "file as": "", "short name": "", "maiden name": "",
    "phonetic first name": "", "phonetic middle name": "", "phonetic last name": "",
    "yomi name": "", "given name yomi": "", "additional name yomi": "",
    "family name yomi": "", "initials": "", "organization name": "company",
    "organization title": "title", "organization department": "extra:Department",
    "birthday": "extra:Birthday", "gender": "", "location": "", "billing information": "",
    "directory server": "", "mileage": "", "occupation": "extra:Occupation",
    "hobby": "", "sensitivity": "", "priority": "", "subject": "", "notes": "notes",
    "language": "", "photo": "", "labels": "labels", "group membership": "labels",
}

GOOGLE_GROUP = re.compile(
    r"^(phone|e mail|email|address|website|organization|organisation|relation|event|"
    r"custom field|im|external id) (\d+) (.+)$"
)

# Status words in other languages -> the stored status.
STATUS_WORDS: dict[str, str] = {
    "lead": "lead", "new": "lead", "neu": "lead", "nouveau": "lead", "nuevo": "lead",
    "prospect": "prospect", "interessent": "prospect", "prospekt": "prospect",
    "prospecto": "prospect", "customer": "customer", "client": "customer",
    "kunde": "customer", "cliente": "customer", "klant": "customer", "ग्राहक": "customer",
    "inactive": "inactive", "inaktiv": "inactive", "inactif": "inactive",
    "inactivo": "inactive", "inattivo": "inactive",
}

TRUE_WORDS = frozenset({"1", "yes", "y", "true", "x", "ja", "oui", "sí", "si", "हाँ", "हां"})
