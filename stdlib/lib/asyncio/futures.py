"""Future: a result that will be set later, and the callbacks to run when
it is. Awaiting a pending Future yields the Future itself up to the Task
driving the coroutine (see tasks.py), which resumes when it is done.

The class itself is native (_asyncio.Future), as in CPython 3.11, whose
messages and reprs it has; this module holds what it calls back into.
"""

from asyncio import format_helpers

__all__ = ("Future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Whether obj is a Future (or duck-types as one, like CPython's check)."""
    return (hasattr(obj.__class__, "_asyncio_future_blocking")
            and obj._asyncio_future_blocking is not None)


# Future is native (stdlib/asyncio_module.cc), as CPython's _asyncio.Future;
# its repr is made here, as CPython's C Future calls base_futures for it.
from _asyncio import Future


def _future_repr_info(future):
    state = future._state
    info = [state.lower()]
    if state == _FINISHED:
        if future._exception is not None:
            info.append(f"exception={future._exception!r}")
        else:
            info.append(f"result={format_helpers.short_repr(future._result)}")
    callbacks = future._callbacks
    if callbacks:
        info.append(_format_callbacks(callbacks))
    return info


def _future_repr(future):
    return "<{} {}>".format(type(future).__name__, " ".join(future._repr_info()))


def _format_callbacks(callbacks):
    def format_one(callback):
        return format_helpers._format_callback_source(callback, ())

    count = len(callbacks)
    if count == 1:
        text = format_one(callbacks[0])
    elif count == 2:
        text = f"{format_one(callbacks[0])}, {format_one(callbacks[1])}"
    else:
        text = f"{format_one(callbacks[0])}, <{count - 2} more>, {format_one(callbacks[-1])}"
    return f"cb=[{text}]"


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    """Set the result of fut unless it was cancelled meanwhile (sleep's timer)."""
    if not fut.cancelled():
        fut.set_result(result)

