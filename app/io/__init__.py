"""File formats: CSV, vCard, iCalendar. Pure functions and streaming readers, no Qt."""
