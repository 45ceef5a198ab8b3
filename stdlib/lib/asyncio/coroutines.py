"""What counts as a coroutine for asyncio, and how one is shown in the repr
of a Task: `main() running at file.py:5` or `main() done, defined at ...`.
"""

import inspect
import types

__all__ = ("iscoroutinefunction", "iscoroutine")

# A generator is accepted too: CPython 3.11 still lets a Task drive a
# generator-based coroutine (one made with @types.coroutine).
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)


def iscoroutinefunction(func):
    """Whether func is a coroutine function (an `async def`)."""
    return inspect.iscoroutinefunction(func)


def iscoroutine(obj):
    """Whether obj is a coroutine object that a Task can drive."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    qualname = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    name = f"{qualname}()" if qualname else f"<{type(coro).__name__} without __name__>()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if code is None:
        running = getattr(coro, "cr_running", getattr(coro, "gi_running", False))
        return f"{name} running" if running else name
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"
