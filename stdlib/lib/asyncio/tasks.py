"""Task: a Future that drives a coroutine. Each step sends into the
coroutine (or throws into it) until it yields; what it yields is a Future
it awaits (Future.__await__ yields the future itself), so the step adds a
done callback to that future which schedules the next step. A bare `yield`
(sleep(0)) just schedules the next step.

Also the functions built on tasks: sleep, gather, shield, wait, wait_for,
as_completed, ensure_future, current_task, all_tasks.
"""

import functools
import inspect
import types

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures

__all__ = (
    "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait",
    "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future", "current_task",
    "all_tasks",
)

# Task is native (stdlib/asyncio_module.cc), as CPython's _asyncio.Task: its
# step sends into the coroutine from C++, and calls back here for its repr,
# as CPython's C Task calls base_tasks. The registries are _asyncio's too:
# _current_tasks maps each loop to the task it is stepping; _all_tasks holds
# the tasks not done yet (CPython keeps a WeakSet of every task; Eddy has no
# weak references, so a task leaves this set when it finishes instead).
from _asyncio import Task, _all_tasks, _current_tasks


def _task_repr_info(task):
    info = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = "cancelling"
    info.insert(1, f"name={task.get_name()!r}")
    info.insert(2, f"coro=<{coroutines._format_coroutine(task._coro)}>")
    if task._fut_waiter is not None:
        info.insert(3, f"wait_for={task._fut_waiter!r}")
    return info


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
