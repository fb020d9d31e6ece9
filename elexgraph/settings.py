"""Numeric settings given by an option or an environment variable, checked with a one-line error."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import TypeVar

from elexgraph.errors import SettingError, printable

N = TypeVar("N", int, float)


def positive(value: object, name: str, kind: Callable[[str], N]) -> N:
    """`value` as a finite number above 0 (`kind` is int or float), or SettingError naming `name`."""
    noun = "a whole number" if kind is int else "a number"
    try:
        number = kind(str(value).strip())
    except ValueError:
        raise SettingError(f"{name}: {printable(value)!r} is not {noun}") from None
    if not (math.isfinite(number) and number > 0):
        raise SettingError(f"{name}: {printable(value)!r} must be more than 0")
    return number


def setting(given: object, option: str, env: str, default: N, kind: Callable[[str], N]) -> N:
    """The value given (by `option` or a caller), else $`env` when set, else `default`; checked."""
    if given is not None:
        return positive(given, option, kind)
    raw = os.environ.get(env, "")
    return positive(raw, f"${env}", kind) if raw.strip() else default
