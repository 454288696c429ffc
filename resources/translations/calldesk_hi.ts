<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CallDesk</source>
        <translation>CallDesk के बारे में</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CallDesk %1&lt;/h2&gt;&lt;p&gt;Contacts, calls, appointments and quotes for people who sell by phone. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CallDesk %1&lt;/h2&gt;&lt;p&gt;फ़ोन से बिक्री करने वालों के लिए संपर्क, कॉल, अपॉइंटमेंट और कोटेशन। आपका डेटा इसी कंप्यूटर पर रहता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database server: %1</source>
        <translation>डेटाबेस सर्वर: %1</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>डेटा फ़ाइल: %1</translation>
    </message>
    <message>
        <source>Included software and fonts</source>
        <translation>शामिल सॉफ़्टवेयर और फ़ॉन्ट</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>वर्ज़न</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL 3.0: they are separate libraries in the app folder and can be replaced.</source>
        <translation>Qt और PySide6 का इस्तेमाल LGPL 3.0 के तहत होता है: ये ऐप फ़ोल्डर में अलग लाइब्रेरी हैं और बदली जा सकती हैं।</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>फ़ॉन्ट लाइसेंस</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot create the folder for the database %s: %s</source>
        <translation>डेटाबेस %s का फ़ोल्डर नहीं बन सका: %s</translation>
    </message>
    <message>
        <source>CallDesk is already open on this database:
%s

Switch to that window, or open another database with --db.</source>
        <translation>CallDesk इस डेटाबेस पर पहले से खुला है:
%s

उसी विंडो पर जाएँ, या --db से कोई दूसरा डेटाबेस खोलें।</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to the database %s.lock</source>
        <translation>डेटाबेस के पास लॉक फ़ाइल %s.lock नहीं बन सकी</translation>
    </message>
    <message>
        <source>Not imported:
%s

Import them with File ▸ Import contacts in the open window.</source>
        <translation>इंपोर्ट नहीं हुईं:
%s

खुली विंडो में फ़ाइल ▸ संपर्क इंपोर्ट करें से इन्हें इंपोर्ट करें।</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>कोटेशन माँगा</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>फ़ॉलो-अप ज़रूरी</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>रुचि नहीं</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>&amp;Confirm appointment</source>
        <translation>अपॉइंटमेंट पक्का करें (&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mplete with outcome…</source>
        <translation>नतीजे के साथ पूरा करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>नहीं आए मार्क करें (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ancel appointment…</source>
        <translation>अपॉइंटमेंट रद्द करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Mark &amp;rescheduled…</source>
        <translation>दोबारा तय हुआ मार्क करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Export appointment as .&amp;ics…</source>
        <translation>अपॉइंटमेंट .ics में एक्सपोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Export shown period as .ics…</source>
        <translation>दिख रही अवधि .ics में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Day sheet &amp;PDF…</source>
        <translation>दिन की शीट PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Email day sheet to rep…</source>
        <translation>डे शीट प्रतिनिधि को ईमेल करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Pick an appointment first (click it, or Up/Down in the calendar).</source>
        <translation>पहले कोई अपॉइंटमेंट चुनें (उस पर क्लिक करें, या कैलेंडर में ऊपर/नीचे)।</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <source>Mark this appointment as %1? This cannot be undone.</source>
        <translation>इस अपॉइंटमेंट को %1 मार्क करें? यह वापस नहीं होगा।</translation>
    </message>
    <message>
        <source>Complete appointment</source>
        <translation>अपॉइंटमेंट पूरा करें</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>नतीजा क्या रहा?</translation>
    </message>
    <message>
        <source>Export appointment</source>
        <translation>अपॉइंटमेंट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>एक्सपोर्ट नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>अपॉइंटमेंट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Appointments exported to %2: %1</source>
        <translation>अपॉइंटमेंट %2 में एक्सपोर्ट हुए: %1</translation>
    </message>
    <message>
        <source>Add a rep first.</source>
        <translation>पहले कोई प्रतिनिधि जोड़ें।</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>दिन की शीट</translation>
    </message>
    <message>
        <source>Email the day sheet of %1 for:</source>
        <translation>%1 की डे शीट इस दिन की ईमेल करें:</translation>
    </message>
    <message>
        <source>Could not email the day sheet: %1</source>
        <translation>डे शीट ईमेल नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Day sheet of %1 for %2 in the outbox (appointments: %3)</source>
        <translation>%1 की %2 की डे शीट आउटबॉक्स में (अपॉइंटमेंट: %3)</translation>
    </message>
    <message>
        <source>Print the day sheet of %1 for:</source>
        <translation>%1 की दिन की शीट इस दिन के लिए प्रिंट करें:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the day sheet: %1</source>
        <translation>दिन की शीट नहीं लिखी जा सकी: %1</translation>
    </message>
    <message>
        <source>Day sheet written to %2 (appointments: %1)</source>
        <translation>दिन की शीट %2 में लिखी गई (अपॉइंटमेंट: %1)</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>मकसद</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>जगह</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>किसने बुक किया</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>तय</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पक्का</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>दोबारा तय</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
</context>
<context>
    <name>AppointmentListPage</name>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Booked by me</source>
        <translation>मेरे बुक किए</translation>
    </message>
    <message>
        <source>No appointments for this rep and status between these dates. Press Ctrl+Shift+B to book one.</source>
        <translation>इन तारीखों के बीच इस प्रतिनिधि और स्थिति का कोई अपॉइंटमेंट नहीं। बुक करने के लिए Ctrl+Shift+B दबाएँ।</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>किसने बुक किया</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>सभी प्रतिनिधि</translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>Appoint&amp;ments</source>
        <translation>अपॉइंटमेंट (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>अपॉइंटमेंट बुक करें (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation>प्रतिनिधि (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>&amp;Day</source>
        <translation>दिन (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>हफ़्ता (&amp;W)</translation>
    </message>
    <message>
        <source>All r&amp;eps</source>
        <translation>सभी प्रतिनिधि (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>सूची (&amp;L)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>बुक करें…</translation>
    </message>
    <message>
        <source>&amp;Day view</source>
        <translation>दिन का व्यू (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation>हफ़्ते का व्यू (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;All reps (one day)</source>
        <translation>सभी प्रतिनिधि (एक दिन) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>आज (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Previous day/week</source>
        <translation>पिछला दिन/हफ़्ता (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next day/week</source>
        <translation>अगला दिन/हफ़्ता (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Book in this view…</source>
        <translation>इस व्यू में बुक करें (&amp;B)…</translation>
    </message>
    <message>
        <source>All appointments in the chosen dates</source>
        <translation>चुनी गई तारीखों के सभी अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>No reps yet. Press Ctrl+Shift+M to add the field reps you book visits for; then B books an appointment here, or Ctrl+Shift+B from anywhere.</source>
        <translation>अभी कोई प्रतिनिधि नहीं। जिन फ़ील्ड प्रतिनिधियों की विज़िट आप बुक करते हैं, उन्हें Ctrl+Shift+M से जोड़ें; फिर B यहाँ अपॉइंटमेंट बुक करता है, या कहीं से भी Ctrl+Shift+B।</translation>
    </message>
    <message>
        <source>No reps yet: add one with Appointments ▸ Reps…</source>
        <translation>अभी कोई प्रतिनिधि नहीं: अपॉइंटमेंट ▸ प्रतिनिधि… से जोड़ें</translation>
    </message>
    <message>
        <source>All reps · %1</source>
        <translation>सभी प्रतिनिधि · %1</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>काम के घंटों के बाहर</translation>
    </message>
    <message>
        <source>%1

Reason to move it anyway:</source>
        <translation>%1

फिर भी खिसकाने की वजह:</translation>
    </message>
    <message>
        <source>Not moved – %1</source>
        <translation>नहीं खिसकाया – %1</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <source>Search contacts by name or phone…</source>
        <translation>नाम या फ़ोन से संपर्क खोजें…</translation>
    </message>
    <message>
        <source>No contact chosen</source>
        <translation>कोई संपर्क नहीं चुना</translation>
    </message>
    <message>
        <source>Add a r&amp;ep…</source>
        <translation>प्रतिनिधि जोड़ें (&amp;E)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>e.g. site survey, product demo</source>
        <translation>जैसे साइट सर्वे, प्रोडक्ट डेमो</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>संपर्क (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rep</source>
        <translation>प्रतिनिधि (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरुआत (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>अवधि (&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>जगह (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>मकसद (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>नोट्स (&amp;N)</translation>
    </message>
    <message>
        <source>Why book outside working hours?</source>
        <translation>काम के घंटों के बाहर बुक क्यों?</translation>
    </message>
    <message>
        <source>Book &amp;anyway</source>
        <translation>फिर भी बुक करें (&amp;A)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>वजह:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>बुक करें (&amp;B)</translation>
    </message>
    <message>
        <source>No reps yet: add one (Add a rep…) to book a visit.</source>
        <translation>अभी कोई प्रतिनिधि नहीं: विज़िट बुक करने के लिए एक जोड़ें (प्रतिनिधि जोड़ें…)।</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>वह संपर्क अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Free on %1</source>
        <translation>%1 को खाली समय</translation>
    </message>
    <message>
        <source>No free time in working hours</source>
        <translation>काम के घंटों में खाली समय नहीं</translation>
    </message>
    <message>
        <source>Contact: choose a contact first (search by name or phone).</source>
        <translation>संपर्क: पहले संपर्क चुनें (नाम या फ़ोन से खोजें)।</translation>
    </message>
    <message>
        <source>Rep: add a rep first (Appointments ▸ Reps…).</source>
        <translation>प्रतिनिधि: पहले प्रतिनिधि जोड़ें (अपॉइंटमेंट ▸ प्रतिनिधि…)।</translation>
    </message>
    <message>
        <source>Reason: say why this booking is outside working hours.</source>
        <translation>वजह: बताएँ कि यह बुकिंग काम के घंटों के बाहर क्यों है।</translation>
    </message>
</context>
<context>
    <name>BulkEmailDialog</name>
    <message numerus="yes">
        <source>Email %n contact(s)</source>
        <translation>
            <numerusform>%n संपर्क को ईमेल</numerusform>
            <numerusform>%n संपर्कों को ईमेल</numerusform>
        </translation>
    </message>
    <message>
        <source>Each contact gets their own message at their first address. Contacts marked Do not email, or without an address, are skipped.</source>
        <translation>हर संपर्क को उसके पहले पते पर अपना अलग संदेश जाता है। &apos;ईमेल न करें&apos; वाले या बिना पते वाले संपर्क छोड़ दिए जाते हैं।</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>टेम्पलेट (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>विषय (&amp;S)</translation>
    </message>
    <message>
        <source>Preview (first contact)</source>
        <translation>झलक (पहला संपर्क)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n contact(s)</source>
        <translation>
            <numerusform>%n संपर्क को भेजें (&amp;S)</numerusform>
            <numerusform>%n संपर्कों को भेजें (&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) in the outbox</source>
        <translation>
            <numerusform>%n ईमेल आउटबॉक्स में</numerusform>
            <numerusform>%n ईमेल आउटबॉक्स में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked Do not email</source>
        <translation>
            <numerusform>%n पर &apos;ईमेल न करें&apos; लगा है</numerusform>
            <numerusform>%n पर &apos;ईमेल न करें&apos; लगा है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an address</source>
        <translation>
            <numerusform>%n का पता नहीं</numerusform>
            <numerusform>%n का पता नहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an empty merge field</source>
        <translation>
            <numerusform>%n में कोई मर्ज फ़ील्ड खाली</numerusform>
            <numerusform>%n में कोई मर्ज फ़ील्ड खाली</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped %1: %2</source>
        <translation>; %1 छोड़े: %2</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsPage</name>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>(from the GSTIN)</source>
        <translation>(GSTIN से)</translation>
    </message>
    <message>
        <source>Round quote totals to the rupee (a round-off line is printed)</source>
        <translation>कोटेशन का कुल पूरे रुपये में करें (राउंड-ऑफ़ की लाइन छपती है)</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>बिज़नेस का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>वेबसाइट (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tax ID (GSTIN, VAT…)</source>
        <translation>टैक्स ID (GSTIN, VAT…) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>&amp;GSTIN</translation>
    </message>
    <message>
        <source>&amp;State (GST)</source>
        <translation>राज्य (GST) (&amp;S)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code)</source>
        <translation>मुद्रा (ISO कोड) (&amp;U)</translation>
    </message>
    <message>
        <source>Quote pre&amp;fix</source>
        <translation>कोटेशन प्रीफ़िक्स (&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;xt quote number</source>
        <translation>अगला कोटेशन नंबर (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>कितने दिन मान्य (&amp;V)</translation>
    </message>
    <message>
        <source>Default tax &amp;rate (%)</source>
        <translation>डिफ़ॉल्ट टैक्स दर (%) (&amp;R)</translation>
    </message>
    <message>
        <source>Default ter&amp;ms</source>
        <translation>डिफ़ॉल्ट शर्तें (&amp;M)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>बिज़नेस</translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>Next follow-up (overdue)</source>
        <translation>अगला फ़ॉलो-अप (समय निकल गया)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>अगला फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>latest %1 of %2</source>
        <translation>%2 में से नए %1</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>अभी कॉल करें</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>सभी कॉल</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>अभी कोई कॉल नहीं।</translation>
    </message>
</context>
<context>
    <name>CallLauncher</name>
    <message>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>पहले कोई संपर्क चुनें।</translation>
    </message>
    <message>
        <source>Follow-ups due: %1+</source>
        <translation>बाकी फ़ॉलो-अप: %1+</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>बाकी फ़ॉलो-अप: %n</numerusform>
            <numerusform>बाकी फ़ॉलो-अप: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallModeDialog</name>
    <message>
        <source>Call — %s</source>
        <translation>कॉल — %s</translation>
    </message>
    <message>
        <source>⚠ Do not call: this contact asked not to be called.</source>
        <translation>⚠ कॉल न करें: इस संपर्क ने कॉल न करने को कहा है।</translation>
    </message>
    <message>
        <source>  ·  %s their time</source>
        <translation>  ·  उनके यहाँ %s</translation>
    </message>
    <message>
        <source>⚠ not assigned  </source>
        <translation>⚠ आवंटित नहीं  </translation>
    </message>
    <message>
        <source>No usable number: dial by hand, then log the call.</source>
        <translation>कोई काम का नंबर नहीं: हाथ से डायल करें, फिर कॉल दर्ज करें।</translation>
    </message>
    <message>
        <source>Press Enter on a number to dial it.</source>
        <translation>डायल करने के लिए नंबर पर Enter दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>कॉल खत्म करें (&amp;E) (Ctrl+E)</translation>
    </message>
    <message>
        <source>Dialled by &amp;hand: start the timer</source>
        <translation>हाथ से डायल किया: टाइमर शुरू करें (&amp;H)</translation>
    </message>
    <message>
        <source>It was left open: enter the real duration</source>
        <translation>यह खुला रह गया था: असली अवधि लिखें</translation>
    </message>
    <message>
        <source>Still talking</source>
        <translation>अभी बात चल रही है</translation>
    </message>
    <message>
        <source>&amp;Log a past call (date, time and duration)</source>
        <translation>पिछली कॉल दर्ज करें (तारीख, समय और अवधि) (&amp;L)</translation>
    </message>
    <message>
        <source>m:ss, e.g. 4:30</source>
        <translation>m:ss, जैसे 4:30</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>कब (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>अवधि (&amp;D)</translation>
    </message>
    <message>
        <source>This contact asked not to be emailed</source>
        <translation>इस संपर्क ने ईमेल न भेजने को कहा है</translation>
    </message>
    <message>
        <source>This contact has no email address</source>
        <translation>इस संपर्क का कोई ईमेल पता नहीं है</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>सेव करें और अगला (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>सेव करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Incoming call — talking.</source>
        <translation>आने वाली कॉल — बात चल रही है।</translation>
    </message>
    <message>
        <source>⚠ %s is not an assigned number in its country: check it with the contact&apos;s details before dialling.</source>
        <translation>⚠ %s अपने देश में आवंटित नंबर नहीं है: डायल करने से पहले संपर्क के ब्योरे से जाँच लें।</translation>
    </message>
    <message>
        <source>%s is not an assigned number. Press Enter again to dial it anyway.</source>
        <translation>%s आवंटित नंबर नहीं है। फिर भी डायल करने के लिए दोबारा Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Calling %s…</source>
        <translation>%s को कॉल हो रही है…</translation>
    </message>
    <message>
        <source>Not dialled.</source>
        <translation>डायल नहीं हुआ।</translation>
    </message>
    <message>
        <source>Dialled by hand — timing the call.</source>
        <translation>हाथ से डायल किया — कॉल का समय गिना जा रहा है।</translation>
    </message>
    <message>
        <source>This call has been running for over an hour. Was it left open?</source>
        <translation>यह कॉल एक घंटे से ज़्यादा चल रही है। क्या यह खुली रह गई थी?</translation>
    </message>
    <message>
        <source>Call ended. Pick the outcome: keys 1–9 and 0, or type its name.</source>
        <translation>कॉल खत्म। नतीजा चुनें: 1–9 और 0 बटन, या उसका नाम लिखें।</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>कॉल सेव नहीं हुई</translation>
    </message>
    <message>
        <source>Discard call</source>
        <translation>कॉल छोड़ दें</translation>
    </message>
    <message>
        <source>This call has not been logged. Close without saving it?</source>
        <translation>यह कॉल दर्ज नहीं हुई है। सेव किए बिना बंद करें?</translation>
    </message>
    <message>
        <source> ext. </source>
        <translation> एक्सटेंशन </translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>कॉल हो रही है…</translation>
    </message>
</context>
<context>
    <name>CallOutcomePanel</name>
    <message>
        <source>How did it go?</source>
        <translation>कैसी रही?</translation>
    </message>
    <message>
        <source>Type to find an outcome</source>
        <translation>नतीजा खोजने के लिए लिखें</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Follow-up (Alt+F)</source>
        <translation>फ़ॉलो-अप (Alt+F)</translation>
    </message>
    <message>
        <source>Book an appointment (Alt+P)</source>
        <translation>अपॉइंटमेंट बुक करें (Alt+P)</translation>
    </message>
    <message>
        <source>Create a quote (Alt+Q)</source>
        <translation>कोटेशन बनाएँ (Alt+Q)</translation>
    </message>
    <message>
        <source>None, because… (Alt+O)</source>
        <translation>कुछ नहीं, क्योंकि… (Alt+O)</translation>
    </message>
    <message>
        <source>Send info by email after saving (Alt+I)</source>
        <translation>सेव करने के बाद जानकारी ईमेल से भेजें (Alt+I)</translation>
    </message>
    <message>
        <source>Opens an email to this contact with the follow-up template once the call is logged</source>
        <translation>कॉल दर्ज होते ही इस संपर्क के लिए फ़ॉलो-अप टेम्पलेट के साथ ईमेल खोलता है</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 घंटे में</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>3 घंटे में</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>कल 9:00</translation>
    </message>
    <message>
        <source>Tomorrow 14:00</source>
        <translation>कल 14:00</translation>
    </message>
    <message>
        <source>In 2 days, 9:00</source>
        <translation>2 दिन बाद, 9:00</translation>
    </message>
    <message>
        <source>In a week, 9:00</source>
        <translation>एक हफ़्ते बाद, 9:00</translation>
    </message>
    <message>
        <source>Why there is no next step</source>
        <translation>अगला कदम क्यों नहीं है</translation>
    </message>
    <message>
        <source>Outcome (1–9, 0)</source>
        <translation>नतीजा (1–9, 0)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अगला कदम</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>In</source>
        <translation>आई</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>गई</translation>
    </message>
    <message>
        <source>✓ %s</source>
        <translation>✓ %s</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>फ़ॉलो-अप हो गया</translation>
    </message>
</context>
<context>
    <name>CallsMenu</name>
    <message>
        <source>C&amp;alls</source>
        <translation>कॉल (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Call selected contact…</source>
        <translation>चुने गए संपर्क को कॉल करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log a past call…</source>
        <translation>पिछली कॉल दर्ज करें (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Incoming call…</source>
        <translation>आने वाली कॉल (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Next lead in queue</source>
        <translation>कतार की अगली लीड (&amp;N)</translation>
    </message>
    <message>
        <source>New call &amp;queue…</source>
        <translation>नई कॉल कतार (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation>बाकी फ़ॉलो-अप (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Search calls</source>
        <translation>कॉल खोजें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>Search calls by contact name or number digits</source>
        <translation>संपर्क के नाम या नंबर के अंकों से कॉल खोजें</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>पूरा समय</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>बीता कल</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>तारीखों की सीमा…</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>आने-जाने वाली</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>जाने वाली</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>आने वाली</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>मेरी कॉल</translation>
    </message>
    <message>
        <source>Whose calls: anyone&apos;s, or one person&apos;s</source>
        <translation>किसकी कॉल: सबकी, या किसी एक की</translation>
    </message>
    <message>
        <source>This contact only</source>
        <translation>सिर्फ़ यह संपर्क</translation>
    </message>
    <message>
        <source>Show only the calls with the contact of the selected row (Ctrl+Shift+C)</source>
        <translation>सिर्फ़ चुनी गई पंक्ति वाले संपर्क की कॉल दिखाएँ (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>सभी संपर्क</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>सभी नतीजे</translation>
    </message>
    <message>
        <source>Calls with &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; के साथ कॉल</translation>
    </message>
    <message>
        <source>No calls logged yet. Select a contact and press Ctrl+L to call, or Ctrl+Shift+L to log a past call.</source>
        <translation>अभी कोई कॉल दर्ज नहीं। संपर्क चुनें और कॉल के लिए Ctrl+L दबाएँ, या पिछली कॉल दर्ज करने के लिए Ctrl+Shift+L।</translation>
    </message>
    <message>
        <source>No calls match this search and these filters.</source>
        <translation>इस खोज और इन फ़िल्टर से कोई कॉल नहीं मिली।</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>No data</source>
        <translation>कोई डेटा नहीं</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Email quote %1</source>
        <translation>कोटेशन %1 ईमेल करें</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>नया ईमेल</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(कोई टेम्पलेट नहीं)</translation>
    </message>
    <message>
        <source>Merge fields: %1</source>
        <translation>मर्ज फ़ील्ड: %1</translation>
    </message>
    <message>
        <source>Send &amp;later, at</source>
        <translation>बाद में भेजें, समय (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>किसे (&amp;T)</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>टेम्पलेट (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>विषय (&amp;S)</translation>
    </message>
    <message>
        <source>Attached: Quotation %1.pdf (this revision, as printed)</source>
        <translation>संलग्न: Quotation %1.pdf (यह संशोधन, जैसा छपा)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>झलक</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Put it in the outbox (Ctrl+Return); it goes in %1 s and can be undone until then</source>
        <translation>आउटबॉक्स में डालें (Ctrl+Return); यह %1 सेकंड में जाएगा और तब तक वापस लिया जा सकता है</translation>
    </message>
    <message>
        <source>%1 asked not to be emailed (Do not email is ticked on the contact).</source>
        <translation>%1 ने ईमेल न भेजने को कहा है (संपर्क पर &apos;ईमेल न करें&apos; लगा है)।</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>समय तय करें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>unparsed number, kept as typed</source>
        <translation>नंबर पढ़ा नहीं गया, जैसा लिखा वैसा रखा</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>आखिरी संपर्क</translation>
    </message>
    <message>
        <source>not assigned in its country</source>
        <translation>अपने देश में आवंटित नहीं</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>कॉल न करें</translation>
    </message>
    <message>
        <source>Do not email</source>
        <translation>ईमेल न करें</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>अपॉइंटमेंट बुक करें…</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>आने वाले</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>बीते हुए</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>अभी कोई अपॉइंटमेंट नहीं।</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>नया कोटेशन</translation>
    </message>
    <message>
        <source>Suggest add-ons</source>
        <translation>ऐड-ऑन सुझाएँ</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation>अभी कोई कोटेशन नहीं।</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>ब्योरा देखने के लिए कोई संपर्क चुनें।</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>यह संपर्क अब मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>संपर्क बदलें</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>नया संपर्क</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>फ़ोन जोड़ें</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>ईमेल जोड़ें</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>संभावित ग्राहक</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, trade-fair</source>
        <translation>कॉमा लगाकर, जैसे vip, trade-fair</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>कॉल न करें</translation>
    </message>
    <message>
        <source>Do not email (asked not to be contacted by email)</source>
        <translation>ईमेल न करें (ईमेल से संपर्क न करने को कहा है)</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>पहला नाम (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>उपनाम (&amp;L)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>कंपनी (&amp;Y)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>पद (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;mails</source>
        <translation>ईमेल (&amp;M)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>गली/मोहल्ला</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>राज्य/क्षेत्र</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>स्थिति (&amp;T)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>स्रोत (&amp;U)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>टैग (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>नोट्स (&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Phone %n</source>
        <translation>
            <numerusform>फ़ोन %n</numerusform>
            <numerusform>फ़ोन %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: read as a number in %2 (the contact&apos;s Country), where it is not assigned; in %3 it is %4. Type it that way or correct the Country.</source>
        <translation>%1: इसे %2 (संपर्क का देश) का नंबर माना गया, जहाँ यह आवंटित नहीं है; %3 में यह %4 है। इसे ऐसे लिखें या देश ठीक करें।</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>सेव नहीं हुआ: %s</translation>
    </message>
    <message>
        <source>Check the warning under the number, then press Save again to keep it as it is.</source>
        <translation>नंबर के नीचे की चेतावनी देखें, फिर जैसा है वैसा रखने के लिए दोबारा सेव दबाएँ।</translation>
    </message>
    <message>
        <source>This contact was deleted elsewhere; nothing was saved.</source>
        <translation>यह संपर्क कहीं और से मिटा दिया गया; कुछ सेव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>शायद डुप्लिकेट</translation>
    </message>
    <message>
        <source>%s already belongs to %s.</source>
        <translation>%s पहले से %s का है।</translation>
    </message>
    <message>
        <source>Save this contact anyway, or open the existing one?</source>
        <translation>फिर भी यह संपर्क सेव करें, या पहले वाला खोलें?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>फिर भी सेव करें</translation>
    </message>
    <message>
        <source>Open %s</source>
        <translation>%s खोलें</translation>
    </message>
    <message>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>इस संपर्क में बिना सेव किए बदलाव हैं। उन्हें छोड़ दें?</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Choose a customer</source>
        <translation>ग्राहक चुनें</translation>
    </message>
    <message>
        <source>Type a name, company, phone or email</source>
        <translation>नाम, कंपनी, फ़ोन या ईमेल लिखें</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>आखिरी संपर्क</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>संभावित</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search names, company, email, city, notes, tags or phone digits  (Ctrl+F)</source>
        <translation>नाम, कंपनी, ईमेल, शहर, नोट्स, टैग या फ़ोन के अंक खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>संभावित ग्राहक</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>नया संपर्क</translation>
    </message>
    <message>
        <source>No contacts match this search and status.</source>
        <translation>इस खोज और स्थिति से कोई संपर्क नहीं मिला।</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import.</source>
        <translation>अभी कोई संपर्क नहीं। जोड़ने के लिए Ctrl+N दबाएँ, या इंपोर्ट के लिए Ctrl+Shift+I।</translation>
    </message>
    <message>
        <source>Saved with warnings</source>
        <translation>चेतावनियों के साथ सेव हुआ</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>संपर्क मिटाएँ</translation>
    </message>
    <message>
        <source>Delete %s with all their phones, emails, calls, appointments and quotes? This cannot be undone.</source>
        <translation>%s को उनके सभी फ़ोन, ईमेल, कॉल, अपॉइंटमेंट और कोटेशन के साथ मिटाएँ? यह वापस नहीं होगा।</translation>
    </message>
    <message>
        <source>%1 has %2 numbered quote(s) (%3). Numbered quotes are never erased, so %1 cannot be deleted.</source>
        <translation>%1 के %2 नंबर वाले कोटेशन हैं (%3)। नंबर वाले कोटेशन कभी मिटाए नहीं जाते, इसलिए %1 को मिटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Mark %1 inactive instead? The contact and the quotes stay; inactive contacts are left out of call queues and can be found with the Inactive filter.</source>
        <translation>इसके बजाय %1 को निष्क्रिय मार्क करें? संपर्क और कोटेशन बने रहते हैं; निष्क्रिय संपर्क कॉल कतारों से बाहर रहते हैं और निष्क्रिय फ़िल्टर से मिल जाते हैं।</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>निष्क्रिय मार्क करें (&amp;I)</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>अभी बैकअप लें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>बैकअप से वापस लाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Network drive (%s): safe mode, slower</source>
        <translation>नेटवर्क ड्राइव (%s): सुरक्षित मोड, धीमा</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %s</source>
        <translation>डेटाबेस सर्वर तक नहीं पहुँच पा रहे: %s</translation>
    </message>
    <message>
        <source>Automatic backup failed: %s</source>
        <translation>अपने-आप बैकअप नहीं हो सका: %s</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>The backup failed: %s</source>
        <translation>बैकअप नहीं हो सका: %s</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>%s में बैकअप हुआ</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, shared with everyone who works on it. Its administrator restores a dump (File ▸ Back up now writes one into %s) into an empty database with pg_restore.</source>
        <translation>यह डेटाबेस PostgreSQL सर्वर पर है, जिसे इस पर काम करने वाले सभी लोग साझा करते हैं। इसका एडमिनिस्ट्रेटर pg_restore से डंप को एक खाली डेटाबेस में वापस लाता है (फ़ाइल ▸ अभी बैकअप लें एक डंप %s में लिखता है)।</translation>
    </message>
    <message>
        <source>An import or export is running. Let it finish, or cancel it, then restore the backup.</source>
        <translation>इंपोर्ट या एक्सपोर्ट चल रहा है। उसे पूरा होने दें या रद्द करें, फिर बैकअप वापस लाएँ।</translation>
    </message>
    <message>
        <source>The backup was not restored: %s</source>
        <translation>बैकअप वापस नहीं आया: %s</translation>
    </message>
    <message>
        <source>Restored the backup of %s; the database as it was is kept as a backup.</source>
        <translation>%s का बैकअप वापस लाया गया; पहले वाला डेटाबेस बैकअप के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>नेटवर्क ड्राइव पर डेटाबेस</translation>
    </message>
    <message>
        <source>%s is on a network drive (%s). CallDesk works there in a safer but slower mode (no write-ahead log). Only one computer may have it open at a time; for speed and safety keep the database on this computer and back it up to the network drive instead.</source>
        <translation>%s नेटवर्क ड्राइव (%s) पर है। CallDesk वहाँ ज़्यादा सुरक्षित पर धीमे मोड में चलता है (write-ahead log के बिना)। इसे एक समय में एक ही कंप्यूटर खोल सकता है; तेज़ी और सुरक्षा के लिए डेटाबेस इसी कंप्यूटर पर रखें और उसका बैकअप नेटवर्क ड्राइव पर लें।</translation>
    </message>
</context>
<context>
    <name>DayChoiceDialog</name>
    <message>
        <source>&amp;Day</source>
        <translation>दिन (&amp;D)</translation>
    </message>
</context>
<context>
    <name>DemoDataActions</name>
    <message>
        <source>Demo data: File ▸ Remove demo data takes it out</source>
        <translation>डेमो डेटा: फ़ाइल ▸ डेमो डेटा हटाएँ से यह निकल जाता है</translation>
    </message>
    <message>
        <source>Remove &amp;demo data…</source>
        <translation>डेमो डेटा हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>डेमो डेटा हटाएँ</translation>
    </message>
    <message>
        <source>Remove the demo contacts with their calls, appointments and quotes, and the demo reps and products? What you added yourself stays.</source>
        <translation>डेमो संपर्कों को उनकी कॉल, अपॉइंटमेंट और कोटेशन के साथ, और डेमो प्रतिनिधि व प्रोडक्ट हटाएँ? जो आपने खुद जोड़ा है वह बना रहेगा।</translation>
    </message>
    <message>
        <source>Removed %1 demo contacts.</source>
        <translation>%1 डेमो संपर्क हटाए गए।</translation>
    </message>
</context>
<context>
    <name>DesktopLaunch</name>
    <message>
        <source>Nothing was dialled: no program here handles tel: links. Install a softphone (e.g. Linphone or GNOME Calls) and make it the default for them (xdg-mime default APP.desktop x-scheme-handler/tel), or dial by hand.</source>
        <translation>कुछ डायल नहीं हुआ: यहाँ कोई प्रोग्राम tel: लिंक नहीं खोलता। कोई सॉफ़्टफ़ोन (जैसे Linphone या GNOME Calls) इंस्टॉल करके उसे इनके लिए डिफ़ॉल्ट बनाएँ (xdg-mime default APP.desktop x-scheme-handler/tel), या हाथ से डायल करें।</translation>
    </message>
    <message>
        <source>No email program opened the address: install one and make it the default for mailto: links (on Linux: xdg-mime default APP.desktop x-scheme-handler/mailto).</source>
        <translation>किसी ईमेल प्रोग्राम ने पता नहीं खोला: कोई ईमेल प्रोग्राम इंस्टॉल करके उसे mailto: लिंक के लिए डिफ़ॉल्ट बनाएँ (Linux पर: xdg-mime default APP.desktop x-scheme-handler/mailto)।</translation>
    </message>
    <message>
        <source>Saved %1, but no program opened it: install a PDF viewer (e.g. Evince or Okular) and make it the default for PDF files (on Linux: xdg-mime default APP.desktop application/pdf; xdg-open must be installed).</source>
        <translation>%1 सेव हुआ, पर किसी प्रोग्राम ने इसे नहीं खोला: कोई PDF व्यूअर (जैसे Evince या Okular) इंस्टॉल करके उसे PDF फ़ाइलों के लिए डिफ़ॉल्ट बनाएँ (Linux पर: xdg-mime default APP.desktop application/pdf; xdg-open इंस्टॉल होना चाहिए)।</translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <source>Discard changes?</source>
        <translation>बदलाव छोड़ दें?</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved work found</source>
        <translation>बिना सेव किया काम मिला</translation>
    </message>
    <message>
        <source>CallDesk closed while a %s was being edited (last kept %s).</source>
        <translation>CallDesk तब बंद हुआ जब एक %s बदला जा रहा था (आखिरी बार %s को रखा गया)।</translation>
    </message>
    <message>
        <source>Open it again to finish it, or discard it?</source>
        <translation>पूरा करने के लिए इसे फिर खोलें, या छोड़ दें?</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>फिर खोलें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>बाद में पूछें</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>कोटेशन</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 पंक्तियाँ</translation>
    </message>
    <message>
        <source>The latest %1 rows</source>
        <translation>नई %1 पंक्तियाँ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ब्योरा</translation>
    </message>
    <message>
        <source>Make call &amp;queue</source>
        <translation>कॉल कतार बनाएँ (&amp;Q)</translation>
    </message>
    <message>
        <source>Call these contacts one by one on the Calls tab</source>
        <translation>इन संपर्कों को कॉल टैब पर एक-एक करके कॉल करें</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&amp;Done (D)</source>
        <translation>हो गया (&amp;D)</translation>
    </message>
    <message>
        <source>+1 &amp;hour (H)</source>
        <translation>+1 घंटा (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow (T)</source>
        <translation>कल (&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today:&lt;/b&gt; nothing. Follow-ups set after calls show here.</source>
        <translation>&lt;b&gt;आज बाकी:&lt;/b&gt; कुछ नहीं। कॉल के बाद तय किए फ़ॉलो-अप यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today:&lt;/b&gt; %1+</source>
        <translation>&lt;b&gt;आज बाकी:&lt;/b&gt; %1+</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due today:&lt;/b&gt; %n</source>
        <translation>
            <numerusform>&lt;b&gt;आज बाकी:&lt;/b&gt; %n</numerusform>
            <numerusform>&lt;b&gt;आज बाकी:&lt;/b&gt; %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>समय निकल गया</translation>
    </message>
    <message numerus="yes">
        <source>no reply · %1  %2  %3  — email “%4”, %n day(s) ago</source>
        <translation>
            <numerusform>जवाब नहीं · %1  %2  %3  — ईमेल “%4”, %n दिन पहले</numerusform>
            <numerusform>जवाब नहीं · %1  %2  %3  — ईमेल “%4”, %n दिन पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Call to follow up the email; logging the call, or their reply, takes it off the list. D: done without a call.</source>
        <translation>ईमेल के फ़ॉलो-अप के लिए कॉल करें; कॉल दर्ज करने या उनके जवाब से यह सूची से हट जाता है। D: बिना कॉल के पूरा।</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>गली/मोहल्ला</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>राज्य/क्षेत्र</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>कॉल न करें</translation>
    </message>
    <message>
        <source>Do not email</source>
        <translation>ईमेल न करें</translation>
    </message>
    <message>
        <source>GST treatment</source>
        <translation>GST श्रेणी</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>GST state</source>
        <translation>GST राज्य</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>किसी और ने बदला</translation>
    </message>
    <message>
        <source>%1 saved this contact at %2, after you opened it. Nothing of yours is lost: choose for each field that differs which to keep, then save.</source>
        <translation>आपके खोलने के बाद %1 ने %2 पर यह संपर्क सेव किया। आपका कुछ नहीं खोया: हर अलग फ़ील्ड के लिए चुनें कि कौन-सा रखना है, फिर सेव करें।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>आपका</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>उनका</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>अपना रखें</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>उनका लें</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>इन विकल्पों के साथ सेव करें</translation>
    </message>
    <message>
        <source>Reload theirs, drop mine</source>
        <translation>उनका फिर लोड करें, मेरा छोड़ें</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <source>waiting in the outbox</source>
        <translation>आउटबॉक्स में रुका है</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>send cut off: may not have arrived</source>
        <translation>भेजना बीच में कटा: शायद नहीं पहुँचा</translation>
    </message>
    <message>
        <source>sent, but not copied to your Sent folder</source>
        <translation>भेजा गया, पर आपके Sent फ़ोल्डर में कॉपी नहीं हुआ</translation>
    </message>
    <message>
        <source>Write an email</source>
        <translation>ईमेल लिखें</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>No emails yet.</source>
        <translation>अभी कोई ईमेल नहीं।</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>%1 के लिए तय</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong (%1: %2). What was saved before is safe; the last action may not have been completed.</source>
        <translation>कुछ गड़बड़ हुई (%1: %2)। पहले सेव किया गया सब सुरक्षित है; आखिरी काम शायद पूरा नहीं हुआ।</translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to CallDesk</source>
        <translation>CallDesk में आपका स्वागत है</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>यह कदम छोड़ें (&amp;S)</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>सेटअप छोड़ें</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>सेटअप</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>डेमो डेटा</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Numbers typed without a country code are read as numbers of this country, and shown in its national format. Other countries&apos; numbers are shown internationally.</source>
        <translation>बिना देश कोड के लिखे नंबर इसी देश के माने जाते हैं और इसके राष्ट्रीय फ़ॉर्मैट में दिखते हैं। दूसरे देशों के नंबर अंतरराष्ट्रीय फ़ॉर्मैट में दिखते हैं।</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>नई भाषा अगली बार खोलने पर लागू होगी।</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>The tab I used last</source>
        <translation>जो टैब मैंने आखिर में खोला था</translation>
    </message>
    <message>
        <source>Home &amp;country</source>
        <translation>अपना देश (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>आपका नाम (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open on</source>
        <translation>खुलने पर दिखाएँ (&amp;O)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
</context>
<context>
    <name>GstPartyBox</name>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <source>Registered business</source>
        <translation>रजिस्टर्ड बिज़नेस</translation>
    </message>
    <message>
        <source>Unregistered business</source>
        <translation>बिना रजिस्ट्रेशन का बिज़नेस</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>उपभोक्ता</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>विदेश</translation>
    </message>
    <message>
        <source>15 characters, e.g. 27AAPFU0939F1ZV</source>
        <translation>15 अक्षर, जैसे 27AAPFU0939F1ZV</translation>
    </message>
    <message>
        <source>(from the GSTIN)</source>
        <translation>(GSTIN से)</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>CallDesk guide</source>
        <translation>CallDesk गाइड</translation>
    </message>
    <message>
        <source>All keyboard shortcuts…</source>
        <translation>सभी कीबोर्ड शॉर्टकट…</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. The keys you need first (Shift+F1 lists every key):</source>
        <translation>सब कुछ कीबोर्ड से होता है। सबसे पहले काम आने वाले बटन (Shift+F1 सभी बटन दिखाता है):</translation>
    </message>
    <message>
        <source>A call, from start to finish</source>
        <translation>एक कॉल, शुरू से आखिर तक</translation>
    </message>
    <message>
        <source>Find the contact: Ctrl+F, type part of a name, company or number, Enter.</source>
        <translation>संपर्क खोजें: Ctrl+F, नाम, कंपनी या नंबर का कुछ हिस्सा लिखें, Enter।</translation>
    </message>
    <message>
        <source>Ctrl+L opens call mode and dials through your phone or softphone; the timer runs while you talk.</source>
        <translation>Ctrl+L कॉल मोड खोलता है और आपके फ़ोन या सॉफ़्टफ़ोन से डायल करता है; बात करते समय टाइमर चलता है।</translation>
    </message>
    <message>
        <source>End the call, pick the outcome with keys 1–9 and write a note.</source>
        <translation>कॉल खत्म करें, 1–9 बटन से नतीजा चुनें और नोट लिखें।</translation>
    </message>
    <message>
        <source>Choose the next step: a follow-up (it appears under Due on the Calls tab), an appointment for a rep, a quote, or none with a reason. Saving stores it all at once.</source>
        <translation>अगला कदम चुनें: फ़ॉलो-अप (यह कॉल टैब में बाकी के नीचे दिखता है), प्रतिनिधि के लिए अपॉइंटमेंट, कोटेशन, या वजह के साथ कुछ नहीं। सेव करने पर सब एक साथ रखा जाता है।</translation>
    </message>
    <message>
        <source>After the call, Ctrl+M writes them an email from a template (set up your mailbox in Settings ▸ Mail first); Ctrl+Alt+M emails the selected quote with its PDF.</source>
        <translation>कॉल के बाद Ctrl+M टेम्पलेट से उन्हें ईमेल लिखता है (पहले सेटिंग्स ▸ मेल में अपना मेलबॉक्स सेट करें); Ctrl+Alt+M चुना गया कोटेशन उसकी PDF के साथ ईमेल करता है।</translation>
    </message>
    <message>
        <source>Working a list: Ctrl+J takes the next lead of a call queue. Someone calls you: Ctrl+I finds them by their number.</source>
        <translation>सूची पर काम: Ctrl+J कॉल कतार की अगली लीड लेता है। कोई आपको कॉल करे: Ctrl+I उन्हें उनके नंबर से ढूँढता है।</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>आपका डेटा कहाँ रहता है</translation>
    </message>
    <message>
        <source>Everything is in one file on this computer; nothing is sent anywhere but the emails you send through your own mailbox:</source>
        <translation>सब कुछ इस कंप्यूटर पर एक फ़ाइल में है; आपके अपने मेलबॉक्स से भेजे ईमेल के सिवा कुछ कहीं नहीं भेजा जाता:</translation>
    </message>
    <message>
        <source>To move to another computer, quit CallDesk, copy this file and open it there (an older file is upgraded after a backup).</source>
        <translation>दूसरे कंप्यूटर पर ले जाने के लिए CallDesk बंद करें, यह फ़ाइल कॉपी करें और वहाँ खोलें (पुरानी फ़ाइल बैकअप के बाद अपग्रेड होती है)।</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>CallDesk takes a backup when it starts, every 30 minutes while you make changes and when it quits, into:</source>
        <translation>CallDesk शुरू होने पर, बदलाव करते समय हर 30 मिनट पर और बंद होने पर बैकअप लेता है, यहाँ:</translation>
    </message>
    <message>
        <source>It keeps the last 10, one a day for two weeks and one a month. File ▸ Back up now (Ctrl+Alt+B) takes one by hand; File ▸ Restore from backup… goes back to one, after keeping the current file as a backup too. Copy the backups folder to a USB stick or another disk now and then.</source>
        <translation>यह आखिरी 10, दो हफ़्ते तक रोज़ एक और हर महीने एक बैकअप रखता है। फ़ाइल ▸ अभी बैकअप लें (Ctrl+Alt+B) हाथ से बैकअप लेता है; फ़ाइल ▸ बैकअप से वापस लाएँ… मौजूदा फ़ाइल का भी बैकअप रखकर किसी बैकअप पर लौटता है। बैकअप फ़ोल्डर को समय-समय पर USB स्टिक या दूसरी डिस्क पर कॉपी करें।</translation>
    </message>
    <message>
        <source>Everything is in a database on a PostgreSQL server, shared with everyone who works on it:</source>
        <translation>सब कुछ PostgreSQL सर्वर के एक डेटाबेस में है, जिसे इस पर काम करने वाले सभी साझा करते हैं:</translation>
    </message>
    <message>
        <source>A server database is not backed up on a schedule by this window. File ▸ Back up now (Ctrl+Alt+B) writes a dump with pg_dump into:</source>
        <translation>सर्वर डेटाबेस का बैकअप यह विंडो तय समय पर नहीं लेती। फ़ाइल ▸ अभी बैकअप लें (Ctrl+Alt+B) pg_dump से एक डंप यहाँ लिखता है:</translation>
    </message>
    <message>
        <source>The server&apos;s administrator restores a dump into an empty database with pg_restore.</source>
        <translation>सर्वर का एडमिनिस्ट्रेटर pg_restore से डंप को एक खाली डेटाबेस में वापस लाता है।</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>संपर्क इंपोर्ट करें</translation>
    </message>
    <message>
        <source>A .csv or .vcf file</source>
        <translation>एक .csv या .vcf फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a file exported from Google Contacts, Outlook, a phone (vCard) or any spreadsheet saved as CSV.</source>
        <translation>Google Contacts, Outlook, फ़ोन (vCard) या CSV में सेव की गई किसी भी स्प्रेडशीट से एक्सपोर्ट की गई फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates (same phone number or email) into one contact</source>
        <translation>डुप्लिकेट (एक ही फ़ोन नंबर या ईमेल) को एक संपर्क में मिलाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>इंपोर्ट करें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Numbers without a country code are from</source>
        <translation>बिना देश कोड वाले नंबर इस देश के हैं (&amp;N)</translation>
    </message>
    <message>
        <source>Check what each column holds; change it in the first row where the guess is wrong:</source>
        <translation>देखें कि हर कॉलम में क्या है; जहाँ अंदाज़ा गलत हो, पहली पंक्ति में बदल दें:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>संपर्क (*.csv *.vcf *.vcard *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>This file will not be imported. Correct the quote in row %1 and load the file again.</source>
        <translation>यह फ़ाइल इंपोर्ट नहीं होगी। पंक्ति %1 में उद्धरण चिह्न ठीक करें और फ़ाइल फिर लोड करें।</translation>
    </message>
    <message>
        <source>%1 · %2 · delimiter: %3 · %4 columns</source>
        <translation>%1 · %2 · विभाजक: %3 · %4 कॉलम</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>vCard file · %1 cards</source>
        <translation>vCard फ़ाइल · %1 कार्ड</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google Contacts CSV</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <source>Spreadsheet CSV</source>
        <translation>स्प्रेडशीट CSV</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>कॉमा</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>सेमीकोलन</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(छोड़ें)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>बीच का नाम</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>गली/मोहल्ला</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>राज्य / क्षेत्र</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>कॉल न करें</translation>
    </message>
    <message>
        <source>Add to notes</source>
        <translation>नोट्स में जोड़ें</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>फ़ोन का लेबल</translation>
    </message>
    <message>
        <source>Email label</source>
        <translation>ईमेल का लेबल</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>पूरा पता</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ईमेल</translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>संपर्क इंपोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>पिछला इंपोर्ट वापस लें (&amp;U)…</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>संपर्क एक्सपोर्ट करें (&amp;X)…</translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and quit? Nothing it has done so far is kept.</source>
        <translation>इंपोर्ट या एक्सपोर्ट अभी चल रहा है। उसे रोककर बंद करें? अब तक का उसका कोई काम नहीं रखा जाएगा।</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 इंपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Read %1 %2: imported %3, merged %4, refused %5.</source>
        <translation>%1 %2 पढ़ीं: इंपोर्ट %3, मिलाए %4, नामंज़ूर %5।</translation>
    </message>
    <message>
        <source>With a warning: %1.</source>
        <translation>चेतावनी के साथ: %1।</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>इंपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>Show Details names each refused or repaired row or card, by its line in the file, and says why.</source>
        <translation>ब्योरा दिखाएँ हर नामंज़ूर या सुधारी गई पंक्ति या कार्ड को फ़ाइल में उसकी लाइन से बताता है, और वजह भी।</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>पिछला इंपोर्ट वापस लें</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>वापस लेने के लिए कोई इंपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it added (%2) are deleted, with anything recorded for them since, and the contacts it merged into go back to how they were before. Added contacts that have numbered quotes now are kept, with their quotes.</source>
        <translation>%1 का इंपोर्ट वापस लें? इससे जोड़े गए संपर्क (%2) मिटा दिए जाएँगे, उनके लिए बाद में दर्ज सब कुछ भी, और जिन संपर्कों में यह मिलाया गया वे पहले जैसे हो जाएँगे। जोड़े गए जिन संपर्कों के अब नंबर वाले कोटेशन हैं, वे कोटेशन सहित रखे जाएँगे।</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>इंपोर्ट वापस लिया जा रहा है…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>इंपोर्ट वापस लिया गया</translation>
    </message>
    <message>
        <source>Import of %3 undone. Contacts removed: %1. Merged contacts restored: %2.</source>
        <translation>%3 का इंपोर्ट वापस लिया गया। हटाए गए संपर्क: %1। पहले जैसे किए गए संपर्क: %2।</translation>
    </message>
    <message>
        <source> Kept, because they have numbered quotes: %1.</source>
        <translation> रखे गए, क्योंकि उनके नंबर वाले कोटेशन हैं: %1।</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>संपर्क एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Export only the contacts that match the current search and filter? Choose No to export all contacts.</source>
        <translation>सिर्फ़ मौजूदा खोज और फ़िल्टर वाले संपर्क एक्सपोर्ट करें? सभी संपर्क एक्सपोर्ट करने के लिए नहीं चुनें।</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>स्प्रेडशीट के लिए CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>संपर्क एक्सपोर्ट हो रहे हैं…</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>एक्सपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>Contacts exported to %2: %1.</source>
        <translation>संपर्क %2 में एक्सपोर्ट हुए: %1।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4 per second</source>
        <translation>%2 %3 में से %1 · %4 प्रति सेकंड</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>कुछ नहीं बदला: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>रद्द किया। कुछ नहीं बदला।</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>आने वाली कॉल</translation>
    </message>
    <message>
        <source>Type the number, or paste the caller-ID text or message that holds it</source>
        <translation>नंबर लिखें, या वह कॉलर-ID टेक्स्ट या मैसेज पेस्ट करें जिसमें नंबर है</translation>
    </message>
    <message>
        <source>&amp;Answer as this contact (Enter)</source>
        <translation>इस संपर्क के रूप में उठाएँ (Enter) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New lead with this number</source>
        <translation>इस नंबर से नई लीड (&amp;N)</translation>
    </message>
    <message>
        <source>Who is calling? (Ctrl+V pastes)</source>
        <translation>कौन कॉल कर रहा है? (Ctrl+V पेस्ट करता है)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — known caller</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — जाना-पहचाना कॉलर</translation>
    </message>
    <message>
        <source>%s — not known; numbers containing these digits:</source>
        <translation>%s — पहचान नहीं; इन अंकों वाले नंबर:</translation>
    </message>
    <message>
        <source>Numbers containing these digits:</source>
        <translation>इन अंकों वाले नंबर:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — not in your contacts</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — आपके संपर्कों में नहीं</translation>
    </message>
    <message>
        <source>No phone number found in this text yet.</source>
        <translation>इस टेक्स्ट में अभी कोई फ़ोन नंबर नहीं मिला।</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>कॉल न करें</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>लोगो चुनें (&amp;H)…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>लोगो हटाएँ</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>लोगो चुनें</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>तस्वीरें (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>&amp;Write email to contact…</source>
        <translation>संपर्क को ईमेल लिखें (&amp;W)…</translation>
    </message>
    <message>
        <source>Email &amp;selected contacts…</source>
        <translation>चुने हुए संपर्कों को ईमेल करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Email &amp;quote…</source>
        <translation>कोटेशन ईमेल करें (&amp;Q)…</translation>
    </message>
    <message>
        <source>Send appointment &amp;invitation</source>
        <translation>अपॉइंटमेंट का निमंत्रण भेजें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>आउटबॉक्स (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Send waiting email now</source>
        <translation>रुके हुए ईमेल अभी भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fetch replies now</source>
        <translation>जवाब अभी लाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Set up your mail account first: File ▸ Settings ▸ Mail.</source>
        <translation>पहले अपना मेल अकाउंट सेट करें: फ़ाइल ▸ सेटिंग्स ▸ मेल।</translation>
    </message>
    <message>
        <source>Select a contact to write to.</source>
        <translation>जिसे लिखना है वह संपर्क चुनें।</translation>
    </message>
    <message>
        <source>Select the contacts to email (Shift or Ctrl + click).</source>
        <translation>ईमेल के लिए संपर्क चुनें (Shift या Ctrl + क्लिक)।</translation>
    </message>
    <message>
        <source>Select the quote to email.</source>
        <translation>ईमेल करने के लिए कोटेशन चुनें।</translation>
    </message>
    <message>
        <source>Select the appointment whose invitation to send.</source>
        <translation>जिसका निमंत्रण भेजना है वह अपॉइंटमेंट चुनें।</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>निमंत्रण</translation>
    </message>
    <message>
        <source>Scheduled for %1 (Mail ▸ Outbox)</source>
        <translation>%1 के लिए तय (मेल ▸ आउटबॉक्स)</translation>
    </message>
    <message>
        <source>Not sent: the message is back in the compose window.</source>
        <translation>नहीं भेजा: संदेश फिर से लिखने की विंडो में है।</translation>
    </message>
    <message>
        <source>In the outbox; sending…</source>
        <translation>आउटबॉक्स में; भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Add an IMAP server in Settings ▸ Mail to fetch replies.</source>
        <translation>जवाब लाने के लिए सेटिंग्स ▸ मेल में IMAP सर्वर जोड़ें।</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (पोर्ट 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (पोर्ट 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>कोई नहीं (एन्क्रिप्ट नहीं)</translation>
    </message>
    <message>
        <source>Your Name &lt;you@example.com&gt;</source>
        <translation>आपका नाम &lt;you@example.com&gt;</translation>
    </message>
    <message>
        <source>optional: imap.example.com:993</source>
        <translation>ज़रूरी नहीं: imap.example.com:993</translation>
    </message>
    <message>
        <source>optional: your company&apos;s CA file</source>
        <translation>ज़रूरी नहीं: आपकी कंपनी की CA फ़ाइल</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>A sent email without a reply from the contact after this many days puts them in the Due list, to call (0 = off)</source>
        <translation>भेजे गए ईमेल का इतने दिनों में संपर्क से जवाब न आए तो वह कॉल के लिए बकाया सूची में आता है (0 = बंद)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>पासवर्ड सिस्टम की कीरिंग में रखा जाता है।</translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept until CallDesk closes, and asked for again next time.</source>
        <translation>यहाँ सिस्टम कीरिंग नहीं है: पासवर्ड CallDesk बंद होने तक रखा जाता है, और अगली बार फिर पूछा जाता है।</translation>
    </message>
    <message>
        <source>&amp;SMTP server</source>
        <translation>SMTP सर्वर (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>सुरक्षा (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>यूज़र (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>भेजने वाला (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;IMAP server</source>
        <translation>IMAP सर्वर (&amp;I)</translation>
    </message>
    <message>
        <source>CA &amp;file</source>
        <translation>CA फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>Call when &amp;no reply after</source>
        <translation>जवाब न आए तो कॉल करें, इतने दिन बाद (&amp;N)</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>मेल</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(बिना बदलाव)</translation>
    </message>
    <message>
        <source>Enter the SMTP server and your From address first.</source>
        <translation>पहले SMTP सर्वर और भेजने वाले का पता लिखें।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>काम कर रहा है: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>आज (&amp;D)</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>कॉल (&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>अपॉइंटमेंट (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>कोटेशन (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>संपर्क (&amp;C)</translation>
    </message>
    <message>
        <source>Numbers without a country code are read in this country, unless the contact&apos;s own Country says otherwise. Click to change it in Settings.</source>
        <translation>बिना देश कोड वाले नंबर इसी देश के माने जाते हैं, जब तक संपर्क का अपना देश कुछ और न कहे। सेटिंग्स में बदलने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>नया संपर्क (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>डेटाबेस खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>यूज़र (&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>संपर्क बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>संपर्क मिटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>व्यू (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Ma&amp;il</source>
        <translation>मेल (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>CallDesk &amp;guide</source>
        <translation>CallDesk गाइड (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CallDesk</source>
        <translation>CallDesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Home country: %1</source>
        <translation>अपना देश: %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>संपर्क: %1</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>इस कंप्यूटर पर एक फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL &amp;server</source>
        <translation>टीम का PostgreSQL सर्वर (&amp;S)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>CallDesk databases (*.db)</source>
        <translation>CallDesk डेटाबेस (*.db)</translation>
    </message>
    <message>
        <source>Address: write it as %1</source>
        <translation>पता: इसे %1 की तरह लिखें</translation>
    </message>
    <message>
        <source>The server answers and the login works.</source>
        <translation>सर्वर जवाब देता है और लॉगिन काम करता है।</translation>
    </message>
    <message>
        <source>File: choose a database file, or type a new file&apos;s name</source>
        <translation>फ़ाइल: डेटाबेस फ़ाइल चुनें, या नई फ़ाइल का नाम लिखें</translation>
    </message>
    <message>
        <source>CallDesk could not be started: %1</source>
        <translation>CallDesk शुरू नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>रुका है</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>cut off: unknown</source>
        <translation>बीच में कटा: पता नहीं</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>वजह</translation>
    </message>
    <message>
        <source>Nothing waiting: every message has been sent.</source>
        <translation>कुछ नहीं रुका: हर मैसेज भेजा जा चुका है।</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>अभी फिर कोशिश करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>छोड़ दें (&amp;D)…</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>%1 के लिए तय</translation>
    </message>
    <message>
        <source>sending in a few seconds</source>
        <translation>कुछ सेकंड में जा रहा है</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Discard this message? It will not be sent.</source>
        <translation>यह मैसेज छोड़ दें? यह भेजा नहीं जाएगा।</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Mail password</source>
        <translation>मेल पासवर्ड</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept until CallDesk closes):</source>
        <translation>%2 पर %1 का पासवर्ड (CallDesk बंद होने तक रखा जाएगा):</translation>
    </message>
    <message>
        <source>No mail password: messages wait in the outbox.</source>
        <translation>मेल पासवर्ड नहीं: मैसेज आउटबॉक्स में रुके हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) sent</source>
        <translation>
            <numerusform>%n ईमेल भेजा गया</numerusform>
            <numerusform>%n ईमेल भेजे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) waiting: %1</source>
        <translation>
            <numerusform>%n ईमेल रुका है: %1</numerusform>
            <numerusform>%n ईमेल रुके हैं: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sent, but not copied to the Sent folder: %1</source>
        <translation>भेजा गया, पर Sent फ़ोल्डर में कॉपी नहीं हुआ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new email(s) from contacts</source>
        <translation>
            <numerusform>संपर्कों से %n नया ईमेल</numerusform>
            <numerusform>संपर्कों से %n नए ईमेल</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Connected</source>
        <translation>बात हो गई</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>व्यस्त</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>वॉइसमेल छोड़ा</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>गलत नंबर</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>रुचि नहीं</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>बाद में कॉल करें</translation>
    </message>
    <message>
        <source>Appointment set</source>
        <translation>अपॉइंटमेंट तय</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>कोटेशन माँगा</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
</context>
<context>
    <name>OutcomesSettingsPage</name>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Sets status</source>
        <translation>स्थिति बदलता है</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>बात हुई</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>दिखाया जाता है</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ऊपर करें (&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>नीचे करें (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove unused</source>
        <translation>बिना इस्तेमाल वाले हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>In call mode, keys 1–9 pick the first nine offered outcomes in this order. An outcome that sets a status moves the contact up (lead → prospect → customer); customers are never moved back. &quot;Reached&quot; means the call got through to the person: reports count those calls as connects. Outcomes used by calls can be switched off, not removed.</source>
        <translation>कॉल मोड में 1–9 बटन इसी क्रम में दिखाए जाने वाले पहले नौ नतीजे चुनते हैं। स्थिति बदलने वाला नतीजा संपर्क को आगे बढ़ाता है (लीड → संभावित ग्राहक → ग्राहक); ग्राहक कभी पीछे नहीं जाते। &quot;बात हुई&quot; का मतलब है कि कॉल उस व्यक्ति तक पहुँची: रिपोर्ट ऐसी कॉल को कनेक्ट गिनती हैं। कॉल में इस्तेमाल हुए नतीजे बंद किए जा सकते हैं, हटाए नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Call outcomes</source>
        <translation>कॉल के नतीजे</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(बिना बदलाव)</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>नया नतीजा</translation>
    </message>
</context>
<context>
    <name>PhoneLineEdit</name>
    <message>
        <source>Number, in any format</source>
        <translation>नंबर, किसी भी फ़ॉर्मैट में</translation>
    </message>
</context>
<context>
    <name>ProcessTask</name>
    <message>
        <source>the background process stopped unexpectedly (exit code %1)</source>
        <translation>बैकग्राउंड प्रोसेस अचानक रुक गया (एग्ज़िट कोड %1)</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products and services</source>
        <translation>प्रोडक्ट और सेवाएँ</translation>
    </message>
    <message>
        <source>Find by name or SKU (Ctrl+F)</source>
        <translation>नाम या SKU से खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>निष्क्रिय भी दिखाएँ (&amp;I)</translation>
    </message>
    <message>
        <source>4, 6 or 8 digits</source>
        <translation>4, 6 या 8 अंक</translation>
    </message>
    <message>
        <source>&amp;Active (offered in quotes)</source>
        <translation>सक्रिय (कोटेशन में दिखता है) (&amp;A)</translation>
    </message>
    <message>
        <source>SKUs of add-ons, comma separated</source>
        <translation>ऐड-ऑन के SKU, कॉमा लगाकर</translation>
    </message>
    <message>
        <source>Ne&amp;w product</source>
        <translation>नया प्रोडक्ट (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation>प्रोडक्ट सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>Save the product (Enter or Ctrl+S)</source>
        <translation>प्रोडक्ट सेव करें (Enter या Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear the form for a new product (Ctrl+N)</source>
        <translation>नए प्रोडक्ट के लिए फ़ॉर्म खाली करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation>SKU (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>इकाई (&amp;U)</translation>
    </message>
    <message>
        <source>Unit &amp;price (%s)</source>
        <translation>इकाई मूल्य (%s) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%)</source>
        <translation>टैक्स दर (%) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;HSN/SAC code</source>
        <translation>HSN/SAC कोड (&amp;H)</translation>
    </message>
    <message>
        <source>Add-&amp;ons</source>
        <translation>ऐड-ऑन (&amp;O)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (निष्क्रिय)</translation>
    </message>
    <message>
        <source>This product has unsaved changes. Discard them?</source>
        <translation>इस प्रोडक्ट में बिना सेव किए बदलाव हैं। उन्हें छोड़ दें?</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Edit call queue</source>
        <translation>कॉल कतार बदलें</translation>
    </message>
    <message>
        <source>New call queue</source>
        <translation>नई कॉल कतार</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>लीड (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Prospects</source>
        <translation>संभावित ग्राहक (&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>ग्राहक (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Inactive</source>
        <translation>निष्क्रिय (&amp;I)</translation>
    </message>
    <message>
        <source>All of these tags, e.g. hot, wholesale</source>
        <translation>ये सभी टैग, जैसे hot, wholesale</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Only contacts &amp;never called</source>
        <translation>सिर्फ़ वे संपर्क जिन्हें कभी कॉल नहीं किया (&amp;N)</translation>
    </message>
    <message>
        <source>Do-not-call contacts and anyone called in the last hour are always skipped. Leads for whom it is before 9:00 or after 20:00 are held back.</source>
        <translation>कॉल न करें वाले संपर्क और पिछले एक घंटे में कॉल किए गए लोग हमेशा छोड़े जाते हैं। जिन लीड के यहाँ 9:00 से पहले या 20:00 के बाद का समय है, उन्हें रोका जाता है।</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Status (none: any)</source>
        <translation>स्थिति (कोई नहीं: कोई भी)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>टैग (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>स्रोत (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>शहर (&amp;C)</translation>
    </message>
    <message>
        <source>Not called in</source>
        <translation>इतने समय से कॉल नहीं</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&lt;b&gt;Call queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;कॉल कतार&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>नई…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>&amp;Next lead (Ctrl+J)</source>
        <translation>अगली लीड (&amp;N) (Ctrl+J)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <source>(no saved queues: press New…)</source>
        <translation>(कोई सेव की गई कतार नहीं: नई… दबाएँ)</translation>
    </message>
    <message>
        <source>Press Next to call the first lead.</source>
        <translation>पहली लीड को कॉल करने के लिए अगली दबाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>Held back, outside %1:00–%2:00 their time (%n):</source>
        <translation>
            <numerusform>रोकी गईं, उनके समय %1:00–%2:00 के बाहर (%n):</numerusform>
            <numerusform>रोकी गईं, उनके समय %1:00–%2:00 के बाहर (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>कॉल कतार</translation>
    </message>
    <message>
        <source>Make a call queue first (New…), then press Next.</source>
        <translation>पहले कॉल कतार बनाएँ (नई…), फिर अगली दबाएँ।</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>No lead callable at this hour among the contacts looked at so far. Press Next to keep looking.</source>
        <translation>अब तक देखे गए संपर्कों में इस समय कॉल करने लायक कोई लीड नहीं। और देखने के लिए अगली दबाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>Queue done. Leads worked: %n. Restart later for the held-back leads.</source>
        <translation>
            <numerusform>कतार पूरी। निपटाई गई लीड: %n। रोकी गई लीड के लिए बाद में फिर शुरू करें।</numerusform>
            <numerusform>कतार पूरी। निपटाई गई लीड: %n। रोकी गई लीड के लिए बाद में फिर शुरू करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>लीड %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ %s is not an assigned number: check it before dialling.</source>
        <translation>⚠ %s आवंटित नंबर नहीं है: डायल करने से पहले जाँच लें।</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>कतार मिटाएँ</translation>
    </message>
    <message>
        <source>Delete the queue %s? Contacts are not touched.</source>
        <translation>कतार %s मिटाएँ? संपर्कों पर कोई असर नहीं होगा।</translation>
    </message>
</context>
<context>
    <name>QuoteChoice</name>
    <message>
        <source>&amp;Treat the quote as text (the lines after it are read as rows of their own)</source>
        <translation>उद्धरण चिह्न को टेक्स्ट मानें (उसके बाद की लाइनें अलग पंक्तियाँ मानी जाएँगी) (&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;fuse the file (nothing is imported)</source>
        <translation>फ़ाइल नामंज़ूर करें (कुछ इंपोर्ट नहीं होगा) (&amp;F)</translation>
    </message>
    <message>
        <source>Row %1 (line %2)</source>
        <translation>पंक्ति %1 (लाइन %2)</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>पंक्ति %1</translation>
    </message>
    <message>
        <source>to the end of the file (line %1)</source>
        <translation>फ़ाइल के आखिर तक (लाइन %1)</translation>
    </message>
    <message>
        <source>to line %1</source>
        <translation>लाइन %1 तक</translation>
    </message>
    <message>
        <source>%1 has a quote that never closes: its field runs on %2</source>
        <translation>%1 में एक उद्धरण चिह्न है जो कभी बंद नहीं होता: उसका फ़ील्ड %2 चलता है</translation>
    </message>
    <message>
        <source> and takes in what look like rows of their own</source>
        <translation> और उसमें वे लाइनें भी आ जाती हैं जो अलग पंक्तियाँ लगती हैं</translation>
    </message>
    <message>
        <source>. How should it be read?</source>
        <translation>। इसे कैसे पढ़ें?</translation>
    </message>
</context>
<context>
    <name>QuoteConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation>किसी और ने बदला</translation>
    </message>
    <message>
        <source>%1 saved this quote at %2, after you opened it.</source>
        <translation>आपके खोलने के बाद %1 ने %2 पर यह कोटेशन सेव किया।</translation>
    </message>
    <message>
        <source>Save yours over theirs, or drop yours and open theirs? Cancel keeps editing.</source>
        <translation>उनके ऊपर अपना सेव करें, या अपना छोड़कर उनका खोलें? रद्द करें से बदलाव जारी रहता है।</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>मेरा सेव करें</translation>
    </message>
    <message>
        <source>Open theirs</source>
        <translation>उनका खोलें</translation>
    </message>
</context>
<context>
    <name>QuoteEditorDialog</name>
    <message>
        <source>New quote</source>
        <translation>नया कोटेशन</translation>
    </message>
    <message>
        <source>Quote %s</source>
        <translation>कोटेशन %s</translation>
    </message>
    <message>
        <source>Add a line: type a product name or SKU, Enter adds it (free text if no match)</source>
        <translation>लाइन जोड़ें: प्रोडक्ट का नाम या SKU लिखें, Enter से जुड़ता है (न मिले तो लिखा हुआ टेक्स्ट)</translation>
    </message>
    <message>
        <source>Suggested &amp;add-ons (Enter adds as optional)</source>
        <translation>सुझाए गए ऐड-ऑन (Enter से वैकल्पिक जुड़ता है) (&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 5% or 500</source>
        <translation>जैसे 5% या 500</translation>
    </message>
    <message>
        <source>The customer&apos;s state</source>
        <translation>ग्राहक का राज्य</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; &amp;PDF</source>
        <translation>सेव करें &amp;&amp; PDF (&amp;P)</translation>
    </message>
    <message>
        <source>Customer (Ctrl+K)</source>
        <translation>ग्राहक (Ctrl+K)</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>तारीख (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>कब तक मान्य (&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;line (Ctrl+L)</source>
        <translation>लाइन जोड़ें (&amp;L) (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quote &amp;discount</source>
        <translation>कोटेशन पर छूट (&amp;D)</translation>
    </message>
    <message>
        <source>Place of s&amp;upply (GST)</source>
        <translation>सप्लाई की जगह (GST) (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>नोट्स (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>शर्तें (&amp;T)</translation>
    </message>
    <message>
        <source>This quote is %s and read-only. Use Revise to change it.</source>
        <translation>यह कोटेशन %s है और सिर्फ़ पढ़ा जा सकता है। बदलने के लिए संशोधन करें का इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>(ग्राहक चुनें)</translation>
    </message>
    <message>
        <source>+ %s for %s</source>
        <translation>+ %s, %s के लिए</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>सेव नहीं हुआ: %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सेव किए बदलाव</translation>
    </message>
    <message>
        <source>Save the changes to this quote?</source>
        <translation>इस कोटेशन के बदलाव सेव करें?</translation>
    </message>
</context>
<context>
    <name>QuoteLinesTable</name>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>टैक्स %</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
</context>
<context>
    <name>QuoteMenu</name>
    <message>
        <source>&amp;New quote…</source>
        <translation>नया कोटेशन (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit quote…</source>
        <translation>कोटेशन बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate quote</source>
        <translation>कोटेशन की कॉपी बनाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Revise quote</source>
        <translation>कोटेशन में संशोधन करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print / Save PDF…</source>
        <translation>प्रिंट / PDF सेव करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Print as pro&amp;forma invoice…</source>
        <translation>प्रोफ़ॉर्मा इनवॉइस के रूप में प्रिंट करें (&amp;F)…</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>भेजा गया मार्क करें (&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>मंज़ूर मार्क करें (&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;declined</source>
        <translation>नामंज़ूर मार्क करें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Void quote…</source>
        <translation>कोटेशन निरस्त करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Suggest add-o&amp;ns for the customer…</source>
        <translation>ग्राहक के लिए ऐड-ऑन सुझाएँ (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Upsell list: bought X, not its add-on Y…</source>
        <translation>अपसेल सूची: X खरीदा, पर उसका ऐड-ऑन Y नहीं (&amp;U)…</translation>
    </message>
    <message>
        <source>Products and ser&amp;vices…</source>
        <translation>प्रोडक्ट और सेवाएँ (&amp;V)…</translation>
    </message>
    <message>
        <source>Quo&amp;tes</source>
        <translation>कोटेशन (&amp;T)</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>कब तक मान्य</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>नामंज़ूर</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय खत्म</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>संशोधित</translation>
    </message>
</context>
<context>
    <name>QuoteTotals</name>
    <message>
        <source>IGST %1% on %2</source>
        <translation>%2 पर IGST %1%</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <translation>%3 पर %1 %2%</translation>
    </message>
    <message>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Tax %1% on %2</source>
        <translation>%2 पर टैक्स %1%</translation>
    </message>
    <message>
        <source>Optional add-ons (not in total)</source>
        <translation>वैकल्पिक ऐड-ऑन (कुल में नहीं)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>सभी ग्राहक</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Show every customer&apos;s quotes</source>
        <translation>हर ग्राहक के कोटेशन दिखाएँ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>नया कोटेशन</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>प्रोडक्ट…</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>किसी के भी</translation>
    </message>
    <message>
        <source>My quotes</source>
        <translation>मेरे कोटेशन</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>स्थिति (&amp;U)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>से (&amp;M)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>No quotes yet. Press Ctrl+Shift+Q for a new quote.</source>
        <translation>अभी कोई कोटेशन नहीं। नए कोटेशन के लिए Ctrl+Shift+Q दबाएँ।</translation>
    </message>
    <message>
        <source>No quotes match these filters.</source>
        <translation>इन फ़िल्टर से कोई कोटेशन नहीं मिला।</translation>
    </message>
    <message>
        <source>Show quotes of</source>
        <translation>इनके कोटेशन दिखाएँ</translation>
    </message>
    <message>
        <source>Unsaved quote</source>
        <translation>बिना सेव किया कोटेशन</translation>
    </message>
    <message>
        <source>The draft could not be reopened: %s</source>
        <translation>ड्राफ़्ट फिर नहीं खुल सका: %s</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Void quote</source>
        <translation>कोटेशन निरस्त करें</translation>
    </message>
    <message>
        <source>Void this quote? Its number stays in the list, marked void, and is never used again.</source>
        <translation>यह कोटेशन निरस्त करें? इसका नंबर सूची में निरस्त मार्क होकर रहेगा, और फिर कभी इस्तेमाल नहीं होगा।</translation>
    </message>
    <message>
        <source>Save proforma invoice as PDF</source>
        <translation>प्रोफ़ॉर्मा इनवॉइस PDF में सेव करें</translation>
    </message>
    <message>
        <source>Save quote as PDF</source>
        <translation>कोटेशन PDF में सेव करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF सेव करें</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>%s नहीं लिखा जा सका: %s</translation>
    </message>
    <message>
        <source>The PDF was saved, but not everything could be printed as it is:

%s</source>
        <translation>PDF सेव हो गई, पर सब कुछ जैसा है वैसा नहीं छप सका:

%s</translation>
    </message>
    <message>
        <source>Suggest add-ons</source>
        <translation>ऐड-ऑन सुझाएँ</translation>
    </message>
    <message>
        <source>No add-ons to suggest: this customer has no accepted quotes with products that have add-ons they do not already have.</source>
        <translation>सुझाने के लिए कोई ऐड-ऑन नहीं: इस ग्राहक के किसी मंज़ूर कोटेशन में ऐसा प्रोडक्ट नहीं जिसके ऐड-ऑन उनके पास पहले से न हों।</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Dials</source>
        <translation>डायल</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>बात हुई</translation>
    </message>
    <message>
        <source>Appointments set</source>
        <translation>तय अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Appointments held</source>
        <translation>हुए अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Quotes sent</source>
        <translation>भेजे गए कोटेशन</translation>
    </message>
    <message>
        <source>Quotes won</source>
        <translation>जीते गए कोटेशन</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <source>Of the step before</source>
        <translation>पिछले चरण का</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>विक्रेता</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>बात का समय</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>औसत कॉल</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>घंटा</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>किसने बुक किया</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक हुए</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>विज़िट हुई</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बिके</translation>
    </message>
    <message>
        <source>Held of booked</source>
        <translation>बुक में से हुए</translation>
    </message>
    <message>
        <source>Sold of held</source>
        <translation>हुए में से बिके</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Leads added</source>
        <translation>जोड़ी गई लीड</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>अब ग्राहक</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>कन्वर्ज़न</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>मिली आमदनी</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>फ़नल</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <source>Activity per hour</source>
        <translation>घंटे के हिसाब से गतिविधि</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>हैंड-ऑफ़</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>अपसेल</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>Seller: %1</source>
        <translation>विक्रेता: %1</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>प्रतिनिधि: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>टैग: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Issued, now %1</source>
        <translation>जारी, अब %1</translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation>इस अवधि में जीते</translation>
    </message>
    <message>
        <source>Lost in the period</source>
        <translation>इस अवधि में हारे</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>जीत की दर</translation>
    </message>
    <message>
        <source>Average days from sent to won</source>
        <translation>भेजने से जीतने तक औसत दिन</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>बिका: %1</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(कोई प्रोडक्ट नहीं)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>आमदनी</translation>
    </message>
    <message>
        <source>Won quotes with a product that has add-ons</source>
        <translation>जीते गए कोटेशन जिनमें ऐड-ऑन वाला प्रोडक्ट है</translation>
    </message>
    <message>
        <source>… of them with one of its add-ons</source>
        <translation>… उनमें से जिनमें उसका कोई ऐड-ऑन भी है</translation>
    </message>
    <message>
        <source>Attach rate</source>
        <translation>ऐड-ऑन दर</translation>
    </message>
    <message>
        <source>Add-ons sold to existing customers (%1 lines)</source>
        <translation>मौजूदा ग्राहकों को बेचे गए ऐड-ऑन (%1 लाइनें)</translation>
    </message>
    <message>
        <source>With add-ons possible</source>
        <translation>ऐड-ऑन संभव</translation>
    </message>
    <message>
        <source>With an add-on</source>
        <translation>ऐड-ऑन के साथ</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Funnel</source>
        <translation>फ़नल</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <source>Activity per hour</source>
        <translation>घंटे के हिसाब से गतिविधि</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>हैंड-ऑफ़</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>कोटेशन</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>अपसेल</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>इस तिमाही</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>अपनी पसंद की</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>अवधि (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation>विक्रेता (&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;p</source>
        <translation>प्रतिनिधि (&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV एक्सपोर्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF एक्सपोर्ट करें (&amp;D)…</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>हर प्रतिनिधि</translation>
    </message>
    <message>
        <source>%1 to %2 · click a bar or press Enter on a row to see what it counts</source>
        <translation>%1 से %2 · यह क्या गिनता है देखने के लिए किसी बार पर क्लिक करें या पंक्ति पर Enter दबाएँ</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>रिपोर्ट CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>रिपोर्ट PDF में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>एक्सपोर्ट नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सेव हुआ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2, %3 से %4</translation>
    </message>
</context>
<context>
    <name>RepsDialog</name>
    <message>
        <source>Reps</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>&amp;New rep</source>
        <translation>नया प्रतिनिधि (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>इस कंप्यूटर का टाइम ज़ोन (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation>सक्रिय (बुक किया जा सकता है)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>इलाका (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>रंग (&amp;C)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>टाइम ज़ोन (&amp;Z)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <source>day off, or e.g. 09:00-13:00, 14:00-18:00</source>
        <translation>छुट्टी, या जैसे 09:00-13:00, 14:00-18:00</translation>
    </message>
    <message>
        <source>Default &amp;length</source>
        <translation>डिफ़ॉल्ट अवधि (&amp;L)</translation>
    </message>
    <message>
        <source>Travel &amp;buffer</source>
        <translation>आने-जाने का समय (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save rep</source>
        <translation>प्रतिनिधि सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>This rep has unsaved changes. Discard them?</source>
        <translation>इस प्रतिनिधि में बिना सेव किए बदलाव हैं। उन्हें छोड़ दें?</translation>
    </message>
    <message>
        <source>Rep colour</source>
        <translation>प्रतिनिधि का रंग</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup first, so a restore can itself be undone.
Backups are in %s</source>
        <translation>जिस बैकअप पर लौटना है उसे चुनें। अभी का डेटाबेस पहले बैकअप के रूप में रखा जाता है, ताकि वापस लाना भी पलटा जा सके।
बैकअप %s में हैं</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>कब लिया</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>There are no backups yet. CallDesk makes one when it starts, every 30 minutes while you work, and when it quits.</source>
        <translation>अभी कोई बैकअप नहीं। CallDesk शुरू होने पर, काम करते समय हर 30 मिनट पर और बंद होने पर बैकअप बनाता है।</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>वापस लाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>शुरू होने पर</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>अपने-आप</translation>
    </message>
    <message>
        <source>at quit</source>
        <translation>बंद होने पर</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>हाथ से</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>वापस लाने से पहले</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>अपग्रेड से पहले</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>बैकअप वापस लाएँ?</translation>
    </message>
    <message>
        <source>Replace the database with the backup taken %s (%s contacts)?

Changes made since then are not lost: the current database is kept as a backup first.</source>
        <translation>डेटाबेस को %s को लिए गए बैकअप (%s संपर्क) से बदलें?

तब से किए गए बदलाव नहीं खोएँगे: मौजूदा डेटाबेस पहले बैकअप के रूप में रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start: clashes with %1 on %2 %3–%4 (travel buffer included)</source>
        <translation>शुरुआत: %2 %3–%4 को %1 से टकराता है (आने-जाने का समय मिलाकर)</translation>
    </message>
    <message>
        <source>%1: %2 is not an assigned number in its country</source>
        <translation>%1: %2 अपने देश में आवंटित नंबर नहीं है</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>SetupBusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>आपका बिज़नेस</translation>
    </message>
    <message>
        <source>Printed at the top of every quote. Settings ▸ Business changes it later.</source>
        <translation>हर कोटेशन के ऊपर छपता है। बाद में सेटिंग्स ▸ बिज़नेस से बदलें।</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>टैक्स ID</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>बिज़नेस का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation>&amp;GSTIN</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>टैक्स ID (&amp;T)</translation>
    </message>
</context>
<context>
    <name>SetupCountryPage</name>
    <message>
        <source>Where do you sell from?</source>
        <translation>आप कहाँ से बेचते हैं?</translation>
    </message>
    <message>
        <source>Your country decides how phone numbers are read and shown, the currency of your quotes and the name of your tax number.</source>
        <translation>आपका देश तय करता है कि फ़ोन नंबर कैसे पढ़े और दिखाए जाएँ, आपके कोटेशन की मुद्रा क्या हो और आपके टैक्स नंबर का नाम क्या हो।</translation>
    </message>
    <message>
        <source>Home &amp;country</source>
        <translation>अपना देश (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Phone numbers: +%1 · Currency: %2 · Tax number: %3</source>
        <translation>फ़ोन नंबर: +%1 · मुद्रा: %2 · टैक्स नंबर: %3</translation>
    </message>
    <message>
        <source> · Usual tax rate: %1%</source>
        <translation> · आम टैक्स दर: %1%</translation>
    </message>
</context>
<context>
    <name>SetupOwnerPage</name>
    <message>
        <source>Who are you?</source>
        <translation>आप कौन हैं?</translation>
    </message>
    <message>
        <source>Your name, as the owner of this CallDesk. Settings ▸ General changes it later.</source>
        <translation>इस CallDesk के मालिक के रूप में आपका नाम। बाद में सेटिंग्स ▸ सामान्य से बदलें।</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>आपका नाम (&amp;N)</translation>
    </message>
</context>
<context>
    <name>SetupStartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation>आप कैसे शुरू करना चाहेंगे?</translation>
    </message>
    <message>
        <source>&amp;Import contacts from a file (CSV from Google, Outlook or a spreadsheet, or vCard)</source>
        <translation>फ़ाइल से संपर्क इंपोर्ट करें (Google, Outlook या स्प्रेडशीट की CSV, या vCard) (&amp;I)</translation>
    </message>
    <message>
        <source>Later: File ▸ Import contacts, Ctrl+Shift+I.</source>
        <translation>बाद में: फ़ाइल ▸ संपर्क इंपोर्ट करें, Ctrl+Shift+I।</translation>
    </message>
    <message>
        <source>Start with &amp;demo data to try things out</source>
        <translation>आज़माने के लिए डेमो डेटा से शुरू करें (&amp;D)</translation>
    </message>
    <message>
        <source>About 300 made-up contacts with calls, appointments and quotes, tagged “demo”. File ▸ Remove demo data takes all of it out again.</source>
        <translation>कॉल, अपॉइंटमेंट और कोटेशन के साथ लगभग 300 बनावटी संपर्क, “demo” टैग के साथ। फ़ाइल ▸ डेमो डेटा हटाएँ से यह सब फिर निकल जाता है।</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>खाली शुरू करें (&amp;E)</translation>
    </message>
    <message>
        <source>Add your first contact with Ctrl+N.</source>
        <translation>Ctrl+N से अपना पहला संपर्क जोड़ें।</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>मेन्यू</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>बटन</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The restore failed: %s</source>
        <translation>वापस लाना नहीं हो सका: %s</translation>
    </message>
    <message>
        <source>The database file is damaged:
%s

%s</source>
        <translation>डेटाबेस फ़ाइल खराब है:
%s

%s</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %s with %s contacts? The damaged file is kept beside it.</source>
        <translation>%s को लिया गया सबसे नया ठीक बैकअप (%s संपर्क) वापस लाएँ? खराब फ़ाइल उसके पास रखी जाती है।</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can open the file anyway and export what can be read, or quit.</source>
        <translation>वापस लाने के लिए कोई ठीक बैकअप नहीं है। आप फिर भी फ़ाइल खोलकर जो पढ़ा जा सके उसे एक्सपोर्ट कर सकते हैं, या बंद कर सकते हैं।</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>फिर भी खोलें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>संभावित ग्राहक</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>नामंज़ूर</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय खत्म</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>तय</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पक्का</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>दोबारा तय</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Daily targets</source>
        <translation>रोज़ के लक्ष्य</translation>
    </message>
    <message>
        <source>&amp;Dials</source>
        <translation>डायल (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connects</source>
        <translation>बात हुई (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Appointments booked</source>
        <translation>बुक हुए अपॉइंटमेंट (&amp;A)</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>कोई लक्ष्य नहीं</translation>
    </message>
</context>
<context>
    <name>TodayNumbers</name>
    <message>
        <source>Dials</source>
        <translation>डायल</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>बात हुई</translation>
    </message>
    <message>
        <source>Appointments booked</source>
        <translation>बुक हुए अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Daily tar&amp;gets…</source>
        <translation>रोज़ के लक्ष्य (&amp;G)…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>आज अब तक</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>No follow-ups due.</source>
        <translation>कोई फ़ॉलो-अप बाकी नहीं।</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>आज कोई अपॉइंटमेंट नहीं।</translation>
    </message>
    <message>
        <source>No lead can be called now.</source>
        <translation>अभी किसी लीड को कॉल नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>No quote is waiting for an answer.</source>
        <translation>कोई कोटेशन जवाब का इंतज़ार नहीं कर रहा।</translation>
    </message>
    <message>
        <source>No email is waiting for a reply.</source>
        <translation>कोई ईमेल जवाब का इंतज़ार नहीं कर रहा।</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>कतार:</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>बाकी फ़ॉलो-अप (%1)</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 से बाकी</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>… %1 more on the Calls tab</source>
        <translation>… कॉल टैब में %1 और</translation>
    </message>
    <message>
        <source>Today&apos;s appointments (%1)</source>
        <translation>आज के अपॉइंटमेंट (%1)</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>सभी लीड</translation>
    </message>
    <message>
        <source>Next leads</source>
        <translation>अगली लीड</translation>
    </message>
    <message>
        <source>  ·  %1:00 there</source>
        <translation>  ·  वहाँ %1:00</translation>
    </message>
    <message>
        <source>Quotes waiting for an answer (%1)</source>
        <translation>जवाब के इंतज़ार में कोटेशन (%1)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 को समय खत्म</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 को खत्म होगा</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 तक मान्य</translation>
    </message>
    <message>
        <source>Email replies waiting (%1)</source>
        <translation>जवाब का इंतज़ार करते ईमेल (%1)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(कोई विषय नहीं)</translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>वापस लें (&amp;U)</translation>
    </message>
    <message>
        <source>Take the message back and edit it</source>
        <translation>संदेश वापस लें और बदलें</translation>
    </message>
    <message>
        <source>Sending in %1 s…</source>
        <translation>%1 सेकंड में भेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>UpsellDialog</name>
    <message>
        <source>Upsell list</source>
        <translation>अपसेल सूची</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>संपर्क खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Call them as a queue</source>
        <translation>इन्हें कतार की तरह कॉल करें (&amp;C)</translation>
    </message>
    <message>
        <source>Customers who &amp;bought</source>
        <translation>जिन ग्राहकों ने खरीदा (&amp;B)</translation>
    </message>
    <message>
        <source>but not its &amp;add-on</source>
        <translation>पर उसका ऐड-ऑन नहीं (&amp;A)</translation>
    </message>
    <message>
        <source>No product has add-ons yet: give them some under Quotes ▸ Products and services.</source>
        <translation>अभी किसी प्रोडक्ट के ऐड-ऑन नहीं: कोटेशन ▸ प्रोडक्ट और सेवाएँ में जोड़ें।</translation>
    </message>
    <message>
        <source>Nobody has an accepted quote with this product but without this add-on.</source>
        <translation>किसी का ऐसा मंज़ूर कोटेशन नहीं जिसमें यह प्रोडक्ट हो पर यह ऐड-ऑन न हो।</translation>
    </message>
    <message>
        <source>Upsell: %1 without %2</source>
        <translation>अपसेल: %1, %2 के बिना</translation>
    </message>
</context>
<context>
    <name>UpsellTableModel</name>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>आखिरी संपर्क</translation>
    </message>
    <message>
        <source>%s (do not call)</source>
        <translation>%s (कॉल न करें)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>Owner: everything</source>
        <translation>मालिक: सब कुछ</translation>
    </message>
    <message>
        <source>Seller: contacts, calls, quotes, imports</source>
        <translation>विक्रेता: संपर्क, कॉल, कोटेशन, इंपोर्ट</translation>
    </message>
    <message>
        <source>Rep: their own appointments</source>
        <translation>प्रतिनिधि: अपने अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>विक्रेता</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;Disable the selected user</source>
        <translation>चुने गए यूज़र को बंद करें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>लॉगिन (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>भूमिका (&amp;O)</translation>
    </message>
    <message>
        <source>Rep&apos;s &amp;calendar</source>
        <translation>प्रतिनिधि का कैलेंडर (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>यूज़र जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New user&lt;/b&gt;</source>
        <translation>&lt;b&gt;नया यूज़र&lt;/b&gt;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Choose the user to disable in the list</source>
        <translation>सूची में बंद करने वाला यूज़र चुनें</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
</TS>
