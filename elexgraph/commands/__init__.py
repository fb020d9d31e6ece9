"""CLI commands that live in their own modules; each exposes `command` (see COMMAND_MODULES in cli.py)."""
