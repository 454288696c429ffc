"""Business rules, UI-free. Every user action is one function call and one transaction."""
