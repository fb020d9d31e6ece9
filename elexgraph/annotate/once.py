"""``once``: a property worked out at its first use and kept on the instance, as ``functools.cached_property``
is, without the lock Python 3.11's takes at every first use (about twice the cost of the whole lookup). An
annotated article makes hundreds of such values, one thread each; this is for those.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class once(Generic[T]):  # lower-case: a decorator, as cached_property is
    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | once[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.fn(instance)  # found there from now on: no call at all
        return value
