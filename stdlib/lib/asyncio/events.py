"""Handles (a callback the loop will call) and timer handles, and which
event loop is current: get_running_loop, get_event_loop, set_event_loop,
new_event_loop. The loop itself is in base_events.py.

Eddy has no threads, so "the current loop of this thread" is a module
global here; CPython's event loop policies are reduced to these functions.
"""

from asyncio import format_helpers

__all__ = ("Handle", "TimerHandle", "get_running_loop", "get_event_loop", "set_event_loop",
           "new_event_loop", "_get_running_loop", "_set_running_loop")


# Handle is native (stdlib/asyncio_module.cc): the loop makes and runs one
# per callback. It calls back here for its repr and to report an error.
from _asyncio import Handle


def _handle_repr_info(handle):
    info = [type(handle).__name__]
    if handle._cancelled:
        info.append("cancelled")
    if handle._callback is not None:
        info.append(format_helpers._format_callback_source(handle._callback, handle._args))
    return info


def _handle_repr(handle):
    return "<{}>".format(" ".join(handle._repr_info()))


def _report_callback_error(handle, exc):
    callback = format_helpers._format_callback_source(handle._callback, handle._args)
    handle._loop.call_exception_handler({
        "message": f"Exception in callback {callback}",
        "exception": exc,
        "handle": handle,
    })


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock, as returned by call_later()."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f"when={self._when}")
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The absolute time, on the loop's clock, when the callback is due."""
        return self._when


# The loop running now (set by run_forever), and the one set_event_loop chose.
_running_loop = None
_event_loop = None
_event_loop_set = False


def _get_running_loop():
    """The running event loop, or None (no error)."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; a RuntimeError outside of one."""
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    """The running loop, else the current one, made on first use."""
    if _running_loop is not None:
        return _running_loop
    global _event_loop, _event_loop_set
    if _event_loop is None and not _event_loop_set:
        _event_loop_set = True
        _event_loop = new_event_loop()
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def set_event_loop(loop):
    """Make loop the current event loop (None: no current loop)."""
    global _event_loop, _event_loop_set
    _event_loop_set = True
    _event_loop = loop


def new_event_loop():
    """A new event loop, not running and not made current."""
    from asyncio.base_events import BaseEventLoop
    return BaseEventLoop()
