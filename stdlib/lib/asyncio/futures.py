"""Future: a result that will be set later, and the callbacks to run when
it is. Awaiting a pending Future yields the Future itself up to the Task
driving the coroutine (see tasks.py), which resumes when it is done.

Messages and reprs are those of CPython's C implementation (_asyncio),
which CPython 3.11 uses by default.
"""

from asyncio import events
from asyncio import exceptions
from asyncio import format_helpers

__all__ = ("Future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Whether obj is a Future (or duck-types as one, like CPython's check)."""
    return (hasattr(obj.__class__, "_asyncio_future_blocking")
            and obj._asyncio_future_blocking is not None)


class Future:
    """A result not available yet: set_result() or set_exception() fills it
    in, cancel() abandons it, and done callbacks run (through the loop) when
    any of them happens."""

    # Slots rather than a __dict__: a program may hold many thousands.
    __slots__ = ("_state", "_result", "_exception", "_exception_tb", "_loop", "_callbacks",
                 "_cancel_message", "_cancelled_exc", "_asyncio_future_blocking")

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._exception_tb = None
        self._cancel_message = None
        # The CancelledError a Task's coroutine raised, chained as the
        # context of the one result() raises.
        self._cancelled_exc = None
        # True while a pending future travels up to its Task through
        # `await`: the Task checks it to tell an awaited future from a bare
        # `yield x`.
        self._asyncio_future_blocking = False

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, " ".join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={format_helpers.short_repr(self._result)}")
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def get_loop(self):
        """The event loop the Future is bound to."""
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        """Whether the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or
        InvalidStateError if it is not done yet."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Result is not set.")
        if self._exception is not None:
            # The traceback as it was set, not grown by earlier result() calls.
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception set (None if a result was), CancelledError if
        cancelled, InvalidStateError if not done."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) when the future is done (soon, if it already is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [callback for callback in self._callbacks if callback != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be "
                            "raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        if self._exception is None and self._state == _FINISHED:
            return self._result
        return self.result()

    __iter__ = __await__


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

