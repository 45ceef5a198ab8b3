"""Names for the interpreter's built-in types, and types.coroutine.

As in CPython, most names are found by asking type() of a sample object, so
this module states nothing the VM does not already say.
"""

import sys as _sys
import _collections_abc


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _make_cell():
    captured = None

    def reader():
        return captured

    return reader.__closure__[0]


CellType = type(_make_cell())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coroutine = _coroutine()
CoroutineType = type(_coroutine)
_coroutine.close()  # closed, so it never warns that it was not awaited


async def _async_generator():
    yield


AsyncGeneratorType = type(_async_generator())


class _Class:
    def _method(self):
        pass


MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__repr__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _error:
    TracebackType = type(_error.__traceback__)
FrameType = type(_sys._getframe())

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable), **kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        fields = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{name}({fields})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


# The co_flags bits types.coroutine reads and sets (inspect has them too).
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What types.coroutine returns for a function that is not a generator
    function but returns a generator-like object: an awaitable view of it."""

    def __init__(self, generator):
        self.__wrapped = generator
        self.__isgen = type(generator) is GeneratorType
        self.__name__ = getattr(generator, "__name__", None)
        self.__qualname__ = getattr(generator, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, val=None, tb=None):
        return self.__wrapped.throw(typ, val, tb)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Makes a generator function usable with await (PEP 492's bridge for
    generator-based coroutines)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    if type(func) is FunctionType and type(getattr(func, "__code__", None)) is CodeType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            func.__code__ = func.__code__.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
                return result
            return _GeneratorWrapper(result)
        if isinstance(result, _collections_abc.Generator) and not isinstance(
                result, _collections_abc.Coroutine):
            return _GeneratorWrapper(result)
        return result

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attribute, getattr(func, attribute))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def resolve_bases(bases):
    """The bases a class statement would use: each base that is not a
    class but has __mro_entries__ is replaced by what that returns (PEP
    560)."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived of `meta` and the metaclasses of `bases`."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Chooses the metaclass of a class statement and calls its
    __prepare__: returns (metaclass, namespace, remaining keywords)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would, with exec_body(ns)
    standing for the class body."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


__all__ = [name for name in globals() if name[:1] != "_"]
