"""Name, company and place pools for seeding: Latin and Devanagari scripts."""

from __future__ import annotations

LATIN_FIRST = (
    "Aarav Aditi Aisha Akash Amit Ananya Anjali Arjun Ashok Deepa Divya Farhan Gaurav Ishaan "
    "Kavya Kiran Meera Mohan Neha Nikhil Pooja Priya Rahul Rajesh Ravi Rohan Sanjay Sara Shreya "
    "Sunil Sunita Tanvi Vikram Vivek Zara Emma Oliver Liam Olivia Noah Ava James Sophia Lucas "
    "Mia Henry Amelia Jack Charlotte Thomas Emily George Grace Daniel Hannah Lukas Anna Felix "
    "Lena Jonas Marie Paul Laura Max Julia Ben Sophie Elias Clara Noor Omar Chen Wei Maria Jose"
).split()
LATIN_LAST = (
    "Sharma Verma Patel Gupta Singh Kumar Iyer Nair Reddy Rao Mehta Shah Joshi Desai Kapoor Khan "
    "Bose Das Ghosh Pillai Menon Agarwal Chopra Malhotra Banerjee Mishra Pandey Yadav Jain Sinha "
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clarke Walker Wright Hughes "
    "Evans Roberts Turner Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Koch "
    "Richter Klein Wolf Garcia Martinez Rossi Novak Silva Lee Kim Nguyen"
).split()
DEVANAGARI_FIRST = (
    "आरव अदिति अमित अनन्या अर्जुन दीपा गौरव कविता किरण मीरा मोहन नेहा पूजा प्रिया राहुल राजेश "
    "रवि संजय श्रेया सुनील सुनीता विक्रम विवेक लक्ष्मी गीता हरीश"
).split()
DEVANAGARI_LAST = (
    "शर्मा वर्मा पटेल गुप्ता सिंह कुमार मेहता शाह जोशी कपूर खन्ना मिश्रा पांडे यादव जैन सिन्हा "
    "अग्रवाल चौधरी त्रिपाठी दुबे"
).split()
COMPANY_WORDS = (
    "Sharma Apex Bright Crest Delta Everest Fusion Galaxy Horizon Indus Jupiter Kaveri Lotus "
    "Metro Nova Orbit Prime Quantum Royal Sagar Summit Trident Unity Vertex Zenith Clarke "
    "Miller Schmidt Weber Rossi Ganga Himalaya Sunrise Silverline Bluewater Redwood"
).split()
COMPANY_KINDS = (
    "Traders", "Electricals", "Textiles", "Roofing", "Plumbing", "Motors", "Foods", "Pharma",
    "Hardware", "Solar", "Interiors", "Logistics", "Dental Clinic", "Builders", "Exports",
)
COMPANY_SUFFIXES = ("", " Pvt Ltd", " LLP", " LLC", " Ltd", " GmbH", " Inc", " & Sons")
DEVANAGARI_COMPANIES = (
    "कुमार इलेक्ट्रिकल्स", "शर्मा ट्रेडर्स", "गुप्ता टेक्सटाइल्स", "मेहता मोटर्स", "जैन हार्डवेयर",
    "सिंह बिल्डर्स", "पटेल फूड्स",
)
TAGS = ("vip", "hot", "cold", "referral", "trade-fair", "wholesale", "retail", "key-account",
        "callback", "price-sensitive", "new", "renewal")
SOURCES = ("cold list", "website", "referral", "trade fair", "inbound call", "google ads",
           "import", "walk-in")
NOTES = (
    "Prefers calls before noon.", "Asked for bulk pricing.", "Call back after the festival.",
    "Decision maker is the owner.", "Interested in the annual service plan.",
    "Needs a quote with GST.", "Speaks Hindi and English.", "Compare with competitor offer.",
    "", "", "",
)
STREETS = ("MG Road", "Anna Salai", "Park Street", "Linking Road", "Elm St", "High Street",
           "Hauptstr.", "Main Street", "Station Road", "Brigade Road")
STATUSES = ("lead", "lead", "lead", "prospect", "prospect", "customer", "inactive")
