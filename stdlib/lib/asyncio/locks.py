"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore
and BoundedSemaphore. A task that has to wait parks on a Future of its own
in a FIFO of waiters; releasing sets the first waiter's result.
"""

from collections import deque

from asyncio import exceptions
from asyncio import mixins

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore")


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _with_state(obj, state, waiters):
    # "<asyncio.locks.Lock object at 0x... [unlocked, waiters:2]>"
    if waiters:
        state = f"{state}, waiters:{len(waiters)}"
    return f"<{object.__repr__(obj)[1:-1]} [{state}]>"


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutex for tasks: `async with lock:` holds it for the block."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _with_state(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Wait until the lock is free (first come, first served), then take it."""
        if not self._locked and (self._waiters is None
                                 or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock and wake the first waiter."""
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            first = self._waiters[0]
            if not first.done():
                first.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every waiter."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        return _with_state(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it is)."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A lock plus a queue of tasks waiting to be notified while not holding it."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        return _with_state(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        """Release the lock, wait for notify(), and take the lock again."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be held again on the way out, even if cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiting tasks (the lock must be held)."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter: acquire() waits while it is zero, then decrements it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        state = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return _with_state(self, state, self._waiters)

    def locked(self):
        """Whether acquire() would have to wait."""
        return self._value == 0 or any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                # We were woken (and counted) but cancelled: pass it on.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()
