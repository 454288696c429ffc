"""Version 7: Indian GST. A contact's GST treatment, GSTIN and state (its GST state code); a
product's and a quote line's HSN/SAC code; a quote's place of supply (a state code, '' = the
customer's state). The business's own GSTIN and state are settings."""

SQL = """
ALTER TABLE contact ADD COLUMN gst_treatment TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN gstin TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN gst_state TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN hsn_code TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_line ADD COLUMN hsn_code TEXT NOT NULL DEFAULT '';
ALTER TABLE quote ADD COLUMN place_of_supply TEXT NOT NULL DEFAULT '';
"""
