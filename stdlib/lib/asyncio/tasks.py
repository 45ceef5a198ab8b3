"""Task: a Future that drives a coroutine. Each step sends into the
coroutine (or throws into it) until it yields; what it yields is a Future
it awaits (Future.__await__ yields the future itself), so the step adds a
done callback to that future which schedules the next step. A bare `yield`
(sleep(0)) just schedules the next step.

Also the functions built on tasks: sleep, gather, shield, wait, wait_for,
as_completed, ensure_future, current_task, all_tasks.
"""

import _eddy_observer
import functools
import inspect
import itertools
import types

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures
from asyncio.futures import _FINISHED, _PENDING

__all__ = (
    "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait",
    "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future", "current_task",
    "all_tasks",
)

# Numbers the default task names, "Task-1", "Task-2", ...
_task_name_counter = itertools.count(1).__next__

# The tasks not done yet (CPython keeps a WeakSet of every task; Eddy has no
# weak references, so a task leaves this set when it finishes instead).
_all_tasks = set()
# The task being stepped, per loop.
_current_tasks = {}
# Whether `eddy --trace` or `--timeline` watches this run: then each step
# is reported to it (stdlib/eddy_observer_module.cc); else a step pays
# only for testing this flag.
_observed = _eddy_observer.active()


class Task(futures.Future):
    """A coroutine scheduled to run on an event loop, as a Future of its result."""

    __slots__ = ("_fut_waiter", "_must_cancel", "_num_cancels_requested", "_name", "_coro",
                 "_context")

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # The Future part directly, as CPython's C Task does (and no super()
        # lookup per task).
        futures.Future.__init__(self, loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        # A default name is kept as its number until asked for: most tasks
        # never are, and a str per task is memory when there are many.
        self._name = _task_name_counter() if name is None else str(name)
        self._coro = coro
        self._context = context
        self._loop.call_soon(self._step)
        _all_tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state == _PENDING:
            info[0] = "cancelling"
        info.insert(1, f"name={self.get_name()!r}")
        info.insert(2, f"coro=<{coroutines._format_coroutine(self._coro)}>")
        if self._fut_waiter is not None:
            info.insert(3, f"wait_for={self._fut_waiter!r}")
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        if type(self._name) is int:
            self._name = f"Task-{self._name}"
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        """Ask the task to cancel itself: CancelledError is thrown into the
        coroutine at its next step, which may catch it. False if done."""
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending (cancel() minus uncancel())."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        # _enter_task(), inline on the path every step takes.
        if loop in _current_tasks:
            _enter_task(loop, self)
        _current_tasks[loop] = self
        if _observed:
            _eddy_observer.task_step_began(self)
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
            _all_tasks.discard(self)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
            _all_tasks.discard(self)
        except (KeyboardInterrupt, SystemExit) as error:
            _drop_own_frame(error)
            futures.Future.set_exception(self, error)
            _all_tasks.discard(self)
            raise
        except BaseException as error:
            _drop_own_frame(error)
            futures.Future.set_exception(self, error)
            _all_tasks.discard(self)
        else:
            # The two common outcomes inline: a bare yield, and a pending
            # future of this loop awaited the proper way.
            if result is None:
                loop.call_soon(self._step)
            elif (getattr(result, "_asyncio_future_blocking", None) is True
                  and result._loop is loop and result is not self):
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                self._await_yielded(result)
        finally:
            if _observed:
                _eddy_observer.task_step_ended(self)
            # _leave_task(), inline likewise.
            if _current_tasks.get(loop) is self:
                del _current_tasks[loop]
            else:
                _leave_task(loop, self)

    def _await_yielded(self, result):
        """Arrange the next step after the coroutine yielded result."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is None:
            if result is None:
                # A bare yield: run again on the next loop iteration.
                self._loop.call_soon(self._step)
                return
            if inspect.isgenerator(result):
                error = RuntimeError(f"yield was used instead of yield from for generator in "
                                     f"task {self!r} with {result!r}")
            else:
                error = RuntimeError(f"Task got bad yield: {result!r}")
        elif result._loop is not self._loop:
            error = RuntimeError(f"Task {self!r} got Future {result!r} attached to a "
                                 f"different loop")
        elif not blocking:
            error = RuntimeError(f"yield was used instead of yield from in task {self!r} "
                                 f"with {result!r}")
        elif result is self:
            error = RuntimeError(f"Task cannot await on itself: {self!r}")
        else:
            result._asyncio_future_blocking = False
            result.add_done_callback(self._wakeup)
            self._fut_waiter = result
            if self._must_cancel and result.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(self._step, error)

    def _wakeup(self, future):
        # The awaited future is done: resume the coroutine with its outcome.
        # A Future or Task that finished with a result needs no result() call.
        if (type(future) is futures.Future or type(future) is Task) and \
                future._state == _FINISHED and future._exception is None:
            self._step()
            return
        try:
            future.result()
        except BaseException as error:
            self._step(error)
        else:
            self._step()

    # The name CPython's C Task gives it in the repr of the awaited future:
    # <Future pending cb=[Task.task_wakeup()]>.
    _wakeup.__qualname__ = "Task.task_wakeup"


def _drop_own_frame(error):
    # CPython steps tasks in C, so their tracebacks start at the coroutine:
    # leave out the entry of Task._step that the exception passed through.
    traceback = error.__traceback__
    if traceback is not None and traceback.tb_frame.f_code is Task._step.__code__:
        error.with_traceback(traceback.tb_next)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task {current!r} "
                           f"is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task "
                           f"{current!r}.")
    del _current_tasks[loop]


def current_task(loop=None):
    """The task running now on loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of tasks of loop (default: the running loop) not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in _all_tasks if task._loop is loop and not task.done()}


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop and return the Task."""
    task = events.get_running_loop().create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def _set_task_name(task, name):
    # Named after it was made, so that it used up a number of the default
    # names "Task-N" all the same, as in CPython.
    if name is not None:
        task.set_name(name)


def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine or other awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than the one specified "
                             "as the loop argument")
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if not inspect.isawaitable(coro_or_future):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


@types.coroutine
def _sleep0():
    # A bare yield: the Task runs the coroutine again on the next iteration.
    yield


async def sleep(delay, result=None):
    """Suspend for delay seconds, then return result; sleep(0) yields once."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children instead,
    and it is cancelled only once they report back."""

    __slots__ = ("_children", "_cancel_requested")

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in argument order.
    Without return_exceptions the first exception (or cancellation) of a
    child becomes the outer future's; with it, exceptions are results."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    by_argument = {}
    loop = None
    outer = None
    pending = 0

    def on_child_done(child):
        nonlocal pending
        pending -= 1
        if outer is None or outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            error = child.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if pending == 0:
            results = []
            for each in children:
                if each.cancelled():
                    message = each._cancel_message
                    results.append(exceptions.CancelledError("" if message is None else message))
                else:
                    error = each.exception()
                    results.append(each.result() if error is None else error)
            if outer._cancel_requested:
                outer.set_exception(child._make_cancelled_error())
            else:
                outer.set_result(results)

    for argument in coros_or_futures:
        child = by_argument.get(argument)
        if child is None:
            child = ensure_future(argument, loop=loop)
            if loop is None:
                loop = futures._get_loop(child)
            pending += 1
            by_argument[argument] = child
            child.add_done_callback(on_child_done)
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future for arg that cancelling does not pass on to arg itself."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
            return
        error = inner.exception()
        if error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks of the iterable fs; return the sets
    (done, pending) once return_when holds or timeout seconds passed."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = events.get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled()
                and f.exception() is not None):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Wait on a separate future, so that this wait can be cancelled itself.
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError() from cancelled

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError() from cancelled
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines giving the results of fs in the order they
    complete; after timeout seconds the remaining ones raise TimeoutError."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from asyncio.queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()
