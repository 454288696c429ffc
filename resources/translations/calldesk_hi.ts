<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;CallDesk %1&lt;/h2&gt;&lt;p&gt;Contacts, calls, appointments and quotes for people who sell by phone. Your data stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included software and fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL 3.0: they are separate libraries in the app folder and can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot create the folder for the database %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk is already open on this database:
%s

Switch to that window, or open another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file next to the database %s.lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete with outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;rescheduled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointment as .&amp;ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown period as .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an appointment first (click it, or Up/Down in the calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this appointment as %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments exported to %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day sheet of %1 for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the day sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet written to %2 (appointments: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentListPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments for this rep and status between these dates. Press Ctrl+Shift+B to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>Appoint&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All r&amp;eps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All reps (one day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous day/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next day/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book in this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All appointments in the chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reps yet. Press Ctrl+Shift+M to add the field reps you book visits for; then B books an appointment here, or Ctrl+Shift+B from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reps yet: add one with Appointments ▸ Reps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reason to move it anyway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts by name or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a r&amp;ep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. site survey, product demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why book outside working hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reps yet: add one (Add a rep…) to book a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time in working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: choose a contact first (search by name or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep: add a rep first (Appointments ▸ Reps…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why this booking is outside working hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessSettingsPage</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the GSTIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round quote totals to the rupee (a round-off line is printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID (GSTIN, VAT…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State (GST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote pre&amp;fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt quote number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tax &amp;rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ter&amp;ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>Next follow-up (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLauncher</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due: %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallModeDialog</name>
    <message>
        <source>Call — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Do not call: this contact asked not to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %s their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not assigned  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable number: dial by hand, then log the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a number to dial it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialled by &amp;hand: start the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left open: enter the real duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a past call (date, time and duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m:ss, e.g. 4:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call — talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %s is not an assigned number in its country: check it with the contact&apos;s details before dialling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not an assigned number. Press Enter again to dial it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialled by hand — timing the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has been running for over an hour. Was it left open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended. Pick the outcome: keys 1–9 and 0, or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has not been logged. Close without saving it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ext. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOutcomePanel</name>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a quote (Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None, because… (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 2 days, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a week, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there is no next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (1–9, 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsMenu</name>
    <message>
        <source>C&amp;alls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call selected contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a past call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lead in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call &amp;queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>Search calls by contact name or number digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose calls: anyone&apos;s, or one person&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the calls with the contact of the selected row (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls logged yet. Select a contact and press Ctrl+L to call, or Ctrl+Shift+L to log a past call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match this search and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Email quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: Quotation %1.pdf (this revision, as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it in the outbox (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>unparsed number, kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned in its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, trade-fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phone %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: read as a number in %2 (the contact&apos;s Country), where it is not assigned; in %3 it is %4. Type it that way or correct the Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the warning under the number, then press Save again to keep it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact was deleted elsewhere; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already belongs to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this contact anyway, or open the existing one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Choose a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search names, company, email, city, notes, tags or phone digits  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match this search and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s with all their phones, emails, calls, appointments and quotes? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 numbered quote(s) (%3). Numbered quotes are never erased, so %1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 inactive instead? The contact and the quotes stay; inactive contacts are left out of call queues and can be found with the Inactive filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network drive (%s): safe mode, slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, shared with everyone who works on it. Its administrator restores a dump (File ▸ Back up now writes one into %s) into an empty database with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is running. Let it finish, or cancel it, then restore the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %s; the database as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is on a network drive (%s). CallDesk works there in a safer but slower mode (no write-ahead log). Only one computer may have it open at a time; for speed and safety keep the database on this computer and back it up to the network drive instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayChoiceDialog</name>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataActions</name>
    <message>
        <source>Demo data: File ▸ Remove demo data takes it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo contacts with their calls, appointments and quotes, and the demo reps and products? What you added yourself stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 demo contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopLaunch</name>
    <message>
        <source>Nothing was dialled: no program here handles tel: links. Install a softphone (e.g. Linphone or GNOME Calls) and make it the default for them (xdg-mime default APP.desktop x-scheme-handler/tel), or dial by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program opened the address: install one and make it the default for mailto: links (on Linux: xdg-mime default APP.desktop x-scheme-handler/mailto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but no program opened it: install a PDF viewer (e.g. Evince or Okular) and make it the default for PDF files (on Linux: xdg-mime default APP.desktop application/pdf; xdg-open must be installed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved work found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk closed while a %s was being edited (last kept %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again to finish it, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&amp;Done (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 &amp;hour (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today:&lt;/b&gt; nothing. Follow-ups set after calls show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today:&lt;/b&gt; %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due today:&lt;/b&gt; %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this contact at %2, after you opened it. Nothing of yours is lost: choose for each field that differs which to keep, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs, drop mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <source>waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send cut off: may not have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emails yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong (%1: %2). What was saved before is safe; the last action may not have been completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to CallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Numbers typed without a country code are read as numbers of this country, and shown in its national format. Other countries&apos; numbers are shown internationally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tab I used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GstPartyBox</name>
    <message>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 characters, e.g. 27AAPFU0939F1ZV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the GSTIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>CallDesk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works from the keyboard. The keys you need first (Shift+F1 lists every key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, from start to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the contact: Ctrl+F, type part of a name, company or number, Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L opens call mode and dials through your phone or softphone; the timer runs while you talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call, pick the outcome with keys 1–9 and write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the next step: a follow-up (it appears under Due on the Calls tab), an appointment for a rep, a quote, or none with a reason. Saving stores it all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the call, Ctrl+M writes them an email from a template (set up your mailbox in Settings ▸ Mail first); Ctrl+Alt+M emails the selected quote with its PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working a list: Ctrl+J takes the next lead of a call queue. Someone calls you: Ctrl+I finds them by their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in one file on this computer; nothing is sent anywhere but the emails you send through your own mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move to another computer, quit CallDesk, copy this file and open it there (an older file is upgraded after a backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk takes a backup when it starts, every 30 minutes while you make changes and when it quits, into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps the last 10, one a day for two weeks and one a month. File ▸ Back up now (Ctrl+Alt+B) takes one by hand; File ▸ Restore from backup… goes back to one, after keeping the current file as a backup too. Copy the backups folder to a USB stick or another disk now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in a database on a PostgreSQL server, shared with everyone who works on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is not backed up on a schedule by this window. File ▸ Back up now (Ctrl+Alt+B) writes a dump with pg_dump into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator restores a dump into an empty database with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file exported from Google Contacts, Outlook, a phone (vCard) or any spreadsheet saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge duplicates (same phone number or email) into one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers without a country code are from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column holds; change it in the first row where the guess is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will not be imported. Correct the quote in row %1 and load the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · delimiter: %3 · %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file · %1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and quit? Nothing it has done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 %2: imported %3, merged %4, refused %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a warning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details names each refused or repaired row or card, by its line in the file, and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it added (%2) are deleted, with anything recorded for them since, and the contacts it merged into go back to how they were before. Added contacts that have numbered quotes now are kept, with their quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %3 undone. Contacts removed: %1. Merged contacts restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Kept, because they have numbered quotes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only the contacts that match the current search and filter? Choose No to export all contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts exported to %2: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number, or paste the caller-ID text or message that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer as this contact (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is calling? (Ctrl+V pastes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — known caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — not known; numbers containing these digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers containing these digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — not in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number found in this text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>&amp;Write email to contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send appointment &amp;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send waiting email now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch replies now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your mail account first: File ▸ Settings ▸ Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the quote to email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the appointment whose invitation to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox; sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an IMAP server in Settings ▸ Mail to fetch replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name &lt;you@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: imap.example.com:993</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: your company&apos;s CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept until CallDesk closes, and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server and your From address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without a country code are read in this country, unless the contact&apos;s own Country says otherwise. Click to change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CallDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: write it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers and the login works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: choose a database file, or type a new file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallDesk could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting: every message has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this message? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept until CallDesk closes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail password: messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) waiting: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new email(s) from contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesSettingsPage</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In call mode, keys 1–9 pick the first nine offered outcomes in this order. An outcome that sets a status moves the contact up (lead → prospect → customer); customers are never moved back. &quot;Reached&quot; means the call got through to the person: reports count those calls as connects. Outcomes used by calls can be switched off, not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneLineEdit</name>
    <message>
        <source>Number, in any format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessTask</name>
    <message>
        <source>the background process stopped unexpectedly (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or SKU (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4, 6 or 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (offered in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs of add-ons, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form for a new product (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HSN/SAC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-&amp;ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Edit call queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these tags, e.g. hot, wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts &amp;never called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-call contacts and anyone called in the last hour are always skipped. Leads for whom it is before 9:00 or after 20:00 are held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (none: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not called in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&lt;b&gt;Call queue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lead (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no saved queues: press New…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next to call the first lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held back, outside %1:00–%2:00 their time (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a call queue first (New…), then press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead callable at this hour among the contacts looked at so far. Press Next to keep looking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queue done. Leads worked: %n. Restart later for the held-back leads.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %s is not an assigned number: check it before dialling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the queue %s? Contacts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteChoice</name>
    <message>
        <source>&amp;Treat the quote as text (the lines after it are read as rows of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse the file (nothing is imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end of the file (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a quote that never closes: its field runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and takes in what look like rows of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. How should it be read?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this quote at %2, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save yours over theirs, or drop yours and open theirs? Cancel keeps editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteEditorDialog</name>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line: type a product name or SKU, Enter adds it (free text if no match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested &amp;add-ons (Enter adds as optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5% or 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote &amp;discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of s&amp;upply (GST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is %s and read-only. Use Revise to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %s for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this quote?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteLinesTable</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteMenu</name>
    <message>
        <source>&amp;New quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as pro&amp;forma invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest add-o&amp;ns for the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upsell list: bought X, not its add-on Y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and ser&amp;vices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quo&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteTotals</name>
    <message>
        <source>IGST %1% on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1% on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional add-ons (not in total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every customer&apos;s quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes yet. Press Ctrl+Shift+Q for a new quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quotes of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be reopened: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this quote? Its number stays in the list, marked void, and is never used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proforma invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save quote as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was saved, but not everything could be printed as it is:

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-ons to suggest: this customer has no accepted quotes with products that have add-ons they do not already have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Dials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held of booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold of held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued, now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days from sent to won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won quotes with a product that has add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… of them with one of its add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons sold to existing customers (%1 lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add-ons possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an add-on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · click a bar or press Enter on a row to see what it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepsDialog</name>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off, or e.g. 09:00-13:00, 14:00-18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel &amp;buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rep has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup first, so a restore can itself be undone.
Backups are in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. CallDesk makes one when it starts, every 30 minutes while you work, and when it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup taken %s (%s contacts)?

Changes made since then are not lost: the current database is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupBusinessPage</name>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every quote. Settings ▸ Business changes it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCountryPage</name>
    <message>
        <source>Where do you sell from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your country decides how phone numbers are read and shown, the currency of your quotes and the name of your tax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers: +%1 · Currency: %2 · Tax number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Usual tax rate: %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupOwnerPage</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the owner of this CallDesk. Settings ▸ General changes it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupStartPage</name>
    <message>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts from a file (CSV from Google, Outlook or a spreadsheet, or vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: File ▸ Import contacts, Ctrl+Shift+I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &amp;demo data to try things out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 300 made-up contacts with calls, appointments and quotes, tagged “demo”. File ▸ Remove demo data takes all of it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first contact with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The restore failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged:
%s

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %s with %s contacts? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can open the file anyway and export what can be read, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Daily targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointments booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayNumbers</name>
    <message>
        <source>Dials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily tar&amp;gets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>No follow-ups due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead can be called now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote is waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more on the Calls tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %1:00 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes waiting for an answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpsellDialog</name>
    <message>
        <source>Upsell list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call them as a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who &amp;bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but not its &amp;add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has add-ons yet: give them some under Quotes ▸ Products and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has an accepted quote with this product but without this add-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell: %1 without %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpsellTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (do not call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller: contacts, calls, quotes, imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep: their own appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&apos;s &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New user&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user to disable in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
