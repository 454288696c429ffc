"""Headless commands of the CLI, one module each: ``register(subparsers, common)`` adds the
command's parser and sets ``handler`` to a function(args) -> exit code. Modules import their
heavy dependencies inside the handler, so `--help` and the GUI start stay fast."""
