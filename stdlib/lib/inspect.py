"""Looking at live objects: what kind of callable or object something is, and
the state and local variables of generators and coroutines.

Only the part of CPython's inspect module that concerns functions, frames,
generators and coroutines is here (docs/language.md).
"""

import sys
import types

# The co_flags bits (CPython's Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"

CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    return (
        isbuiltin(object)
        or isfunction(object)
        or ismethod(object)
        or isinstance(object, (types.MethodDescriptorType, types.WrapperDescriptorType))
    )


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return isinstance(object, types.FrameType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def _unwrap_partial(function):
    # A functools.partial can only exist once functools is imported.
    functools = sys.modules.get("functools")
    if functools is not None:
        while isinstance(function, functools.partial):
            function = function.func
    return function


def _has_code_flag(function, flag):
    """True if `function`, seen through bound methods and partials, is a
    Python function whose code has `flag`."""
    while ismethod(function):
        function = function.__func__
    function = _unwrap_partial(function)
    if not isfunction(function):
        return False
    return bool(function.__code__.co_flags & flag)


def isgeneratorfunction(object):
    return _has_code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return _has_code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    return _has_code_flag(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def _defines_await(cls):
    # collections.abc.Awaitable's test: the first class in the MRO that
    # defines __await__ must not set it to None.
    for klass in cls.__mro__:
        if "__await__" in klass.__dict__:
            return klass.__dict__["__await__"] is not None
    return False


def isawaitable(object):
    """True if `await object` can work: a coroutine, a generator-based
    coroutine (types.coroutine), or an object whose class has __await__."""
    return (
        isinstance(object, types.CoroutineType)
        or isinstance(object, types.GeneratorType)
        and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
        or _defines_await(type(object))
    )


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it is closed)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} once it is closed)."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def currentframe():
    """The caller's frame object."""
    return sys._getframe(1)


def getmro(cls):
    return cls.__mro__


def unwrap(function, *, stop=None):
    """Follows the __wrapped__ chain that functools.wraps leaves."""
    seen = {id(function)}
    while hasattr(function, "__wrapped__"):
        if stop is not None and stop(function):
            break
        function = function.__wrapped__
        if id(function) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(function))
        seen.add(id(function))
    return function
