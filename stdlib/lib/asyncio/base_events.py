"""The event loop: a FIFO queue of ready callbacks and a heap of timers.

Each iteration (_run_once) moves the timers that are due to the ready
queue, then runs the callbacks that were ready when the iteration began;
the ones they schedule wait for the next iteration. When nothing is ready
the loop sleeps until the first timer is due. There is no I/O yet, so a
loop with neither ready callbacks nor timers waits forever, as CPython's
would in select() with nothing to wake it. A signal handler can wake it
(asyncio.run()'s SIGINT handler does), through call_soon_threadsafe().
"""

import _eddy_observer
import heapq
import sys
import time

from asyncio import events
from asyncio import futures
from asyncio import tasks

__all__ = ("BaseEventLoop",)

# Cancelled timers are dropped from the heap when they make up more than
# this fraction of it (and there are more than _MIN_SCHEDULED_TIMER_HANDLES).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# Whether `eddy --timeline` (or --trace) watches this run: then each
# callback the loop runs is reported to it (stdlib/eddy_observer_module.cc).
_observed = _eddy_observer.active()


class _WakeUp(BaseException):
    """Ends the loop's sleep: raised by call_soon_threadsafe() in a signal
    handler that runs while the loop sleeps (in time.sleep()), where
    CPython's loop would be woken by a byte written to its self-pipe."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        error = fut.exception()
        if isinstance(error, (SystemExit, KeyboardInterrupt)):
            # The loop is being left by that exception anyway.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop:

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._ready = []
        # Entries (when, sequence, handle): timers due at the same time run
        # in the order they were scheduled.
        self._scheduled = []
        self._timer_sequence = 0
        self._timer_cancelled_count = 0
        self._running = False
        self._debug = False
        self._exception_handler = None
        # time.monotonic()'s resolution on Linux: timers due within it run now.
        self._clock_resolution = 1e-09
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._sleeping = False

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    # -- futures and tasks -------------------------------------------------

    def create_future(self):
        """A new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule coro as a Task and return it."""
        self._check_closed()
        return tasks.Task(coro, loop=self, name=name, context=context)

    # -- running -----------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        self._running = True
        events._set_running_loop(self)
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until future (a Future or coroutine) is done; return its result."""
        self._check_closed()
        self._check_running()
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stop after the current iteration."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop, dropping every pending callback. Not while running."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- scheduling callbacks ----------------------------------------------

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next iteration, after those already scheduled."""
        if self._closed:
            self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon(), and wake the loop if it sleeps: Eddy has no threads,
        so this comes from a signal handler."""
        handle = self.call_soon(callback, *args, context=context)
        if self._sleeping:
            self._sleeping = False
            raise _WakeUp
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) delay seconds from now."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when the loop's clock reaches when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, (when, self._timer_sequence, timer))
        self._timer_sequence += 1
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _drop_cancelled_timers(self):
        kept = [entry for entry in self._scheduled if not entry[2]._cancelled]
        for entry in self._scheduled:
            if entry[2]._cancelled:
                entry[2]._scheduled = False
        heapq.heapify(kept)
        self._scheduled = kept
        self._timer_cancelled_count = 0

    def _run_once(self):
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count
                / len(scheduled) > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            self._drop_cancelled_timers()
            scheduled = self._scheduled
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)[2]._scheduled = False

        if not self._ready and not self._stopping:
            self._wait_for_first_timer()

        end_time = self.time() + self._clock_resolution
        while scheduled and scheduled[0][0] < end_time:
            timer = heapq.heappop(scheduled)[2]
            timer._scheduled = False
            self._ready.append(timer)

        # Only the callbacks ready now run in this iteration.
        batch = self._ready
        self._ready = []
        for index, handle in enumerate(batch):
            if handle._cancelled:
                continue
            try:
                if _observed:
                    _eddy_observer.loop_callback(handle._callback)
                handle._run()
            except BaseException:
                # SystemExit or KeyboardInterrupt leaves the loop: the
                # callbacks not run yet stay first in line.
                self._ready[0:0] = batch[index + 1:]
                raise

    def _wait_for_first_timer(self):
        # A handler that ran before _sleeping was set has made a callback
        # ready; one that runs after it raises _WakeUp.
        self._sleeping = True
        try:
            if self._ready:
                return
            if self._scheduled:
                delay = self._scheduled[0][0] - self.time()
                if delay > 0:
                    time.sleep(delay)
                return
            # Nothing ready and no timer: only a signal can wake us.
            while True:
                time.sleep(3600)
        except _WakeUp:
            pass
        finally:
            self._sleeping = False

    # -- async generators ----------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            return
        # Eddy has no weak references: forget the finished generators from
        # time to time rather than holding on to all of them.
        if len(self._asyncgens) >= 64 and len(self._asyncgens) & 63 == 0:
            self._asyncgens = {g for g in self._asyncgens if g.ag_frame is not None}
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close (aclose()) the async generators that are still open."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = [agen for agen in self._asyncgens if agen.ag_frame is not None]
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator "
                               f"{agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        """Nothing to do: Eddy's loop has no executor."""

    # -- errors --------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Call handler(loop, context) for errors no one can catch (None: the default)."""
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context's message, its other keys, and the exception's
        traceback to stderr (CPython logs the same text)."""
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append(f"{key}: {context[key]!r}")
        sys.stderr.write("\n".join(lines) + "\n")
        exception = context.get("exception")
        if exception is not None:
            sys.excepthook(type(exception), exception, exception.__traceback__)

    def call_exception_handler(self, context):
        """Report an error through the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as error:
                sys.stderr.write("Exception in default exception handler\n")
                sys.excepthook(type(error), error, error.__traceback__)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            self.default_exception_handler({
                "message": "Unhandled error in exception handler",
                "exception": error,
                "context": context,
            })
