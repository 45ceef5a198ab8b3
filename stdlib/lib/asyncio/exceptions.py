"""asyncio's exception classes, as in CPython 3.11: CancelledError is a
BaseException (so `except Exception` does not swallow a cancellation), and
asyncio.TimeoutError is the builtin TimeoutError.
"""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError",
           "SendfileNotAvailableError")


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
