"""Tools for functions: partial, reduce, wraps/update_wrapper, lru_cache and
cache, total_ordering, cmp_to_key, cached_property and singledispatch.

CPython writes partial, reduce, cmp_to_key and the lru_cache wrapper in C;
here they are classes and functions in Eddy with the same reprs and errors.
"""

from collections import namedtuple

__all__ = [
    "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cache", "cached_property", "cmp_to_key",
    "lru_cache", "partial", "reduce", "singledispatch", "total_ordering", "update_wrapper",
    "wraps",
]

# -- wraps and update_wrapper ----------------------------------------------

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies its name, docstring and
    the other `assigned` attributes, merges the `updated` dicts, and points
    wrapper.__wrapped__ at it. Returns wrapper."""
    for attribute in assigned:
        try:
            value = getattr(wrapped, attribute)
        except AttributeError:
            continue
        setattr(wrapper, attribute, value)
    for attribute in updated:
        getattr(wrapper, attribute).update(getattr(wrapped, attribute, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s __dict__ does
    # not hide `wrapped` itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """The decorator form of update_wrapper: @wraps(f) on a wrapper of f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# -- partial ---------------------------------------------------------------

_NO_FUNCTION = object()


class partial:
    """partial(func, *args, **keywords): a callable that calls func with
    args and keywords first, then the arguments it is given."""

    def __new__(cls, func=_NO_FUNCTION, /, *args, **keywords):
        if func is _NO_FUNCTION:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a partial calls the inner function directly.
        if type(func) is partial and cls is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__name__
        parts = [repr(self.func)]
        parts.extend(repr(argument) for argument in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        return f"{name}({', '.join(parts)})"


partial.__module__ = "functools"


# -- reduce ----------------------------------------------------------------

_NO_INITIAL = object()


def reduce(function, iterable, initial=_NO_INITIAL, /):
    """reduce(function, iterable[, initial]): function applied cumulatively,
    left to right: reduce(f, [a, b, c]) is f(f(a, b), c)."""
    iterator = iter(iterable)
    if initial is _NO_INITIAL:
        try:
            value = next(iterator)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in iterator:
        value = function(value, element)
    return value


# -- cmp_to_key ------------------------------------------------------------

def cmp_to_key(mycmp):
    """A key function for sorted() and friends from an old-style cmp(a, b)
    that returns a negative, zero or positive number."""

    class KeyWrapper:
        __slots__ = ("obj",)
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    KeyWrapper.__qualname__ = "KeyWrapper"
    KeyWrapper.__module__ = "functools"
    return KeyWrapper


# -- total_ordering --------------------------------------------------------

# How each comparison follows from a given one, r = self <root> other:
# "not r", "r or ==", "r and !=", "not r or ==" and "not r and !=".
def _not(result, self, other):
    return not result


def _or_equal(result, self, other):
    return result or self == other


def _and_not_equal(result, self, other):
    return result and self != other


def _not_or_equal(result, self, other):
    return not result or self == other


def _not_and_not_equal(result, self, other):
    return not result and self != other


_DERIVATIONS = {
    "__lt__": {"__gt__": _not_and_not_equal, "__le__": _or_equal, "__ge__": _not},
    "__le__": {"__ge__": _not_or_equal, "__lt__": _and_not_equal, "__gt__": _not},
    "__gt__": {"__lt__": _not_and_not_equal, "__ge__": _or_equal, "__le__": _not},
    "__ge__": {"__le__": _not_or_equal, "__gt__": _and_not_equal, "__lt__": _not},
}


def _derived_comparison(root, name, derive):
    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return derive(result, self, other)

    comparison.__name__ = name
    return comparison


def total_ordering(cls):
    """Class decorator: fills in the rich comparisons a class lacks from
    the one it defines (with __eq__)."""
    roots = {name for name in _DERIVATIONS
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # prefer __lt__, then __le__, __gt__, __ge__
    for name, derive in _DERIVATIONS[root].items():
        if name not in roots:
            comparison = _derived_comparison(root, name, derive)
            comparison.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, comparison)
    return cls


# -- lru_cache and cache ---------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates positional from keyword arguments in a cache key.
_KEYWORD_MARK = object()


class _HashedSeq(list):
    """A cache key: a list that hashes once, to its tuple's hash."""

    __slots__ = ("hashvalue",)

    def __init__(self, items):
        self[:] = items
        self.hashvalue = hash(tuple(items))

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed):
    """The cache key of a call: its arguments, flattened. A lone int or str
    argument is its own key (cheaper, and as hashable)."""
    key = args
    if kwds:
        key += (_KEYWORD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """What lru_cache returns: calls the function, keeping the results of
    the most recent `maxsize` distinct calls (all of them when maxsize is
    None). The dict is the cache and its order the recency: a hit moves the
    entry to the end, and the first entry is the one evicted."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key not in cache:  # the call may have cached it meanwhile
            cache[key] = result
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, instance, owner=None):
        # Bound to an instance, as a function is (CPython returns a bound
        # method; Eddy cannot make a method object of a non-function).
        if instance is None:
            return self
        return partial(self, instance)

    def cache_info(self):
        """Hits, misses, maxsize and current size, as a CacheInfo."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Empties the cache and resets the hit and miss counts."""
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        """The maxsize and typed the cache was made with."""
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = "functools"


def lru_cache(maxsize=128, typed=False):
    """Decorator that keeps the results of the latest `maxsize` calls
    (without limit when None); with typed, 3 and 3.0 are cached apart.
    Used bare (@lru_cache) it means maxsize=128."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)

    return decorating_function


def cache(user_function, /):
    """An unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# -- cached_property -------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed on first access and then stored in the
    instance's __dict__, where later lookups find it first."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            message = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                       f"instance to cache {self.attrname!r} property.")
            raise TypeError(message) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


# -- singledispatch --------------------------------------------------------

def singledispatch(func):
    """Makes `func` a generic function: calls go to the implementation
    registered for the class of the first argument (the nearest one along
    its MRO), else to func itself."""
    registry = {object: func}

    def dispatch(cls):
        """The implementation for `cls`."""
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return func

    def register(cls, func=None):
        """register(cls, func) or @register(cls), or @register with the
        class taken from the first parameter's annotation."""
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotated = cls
            annotations = getattr(annotated, "__annotations__", {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {annotated!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            cls = next(iter(value for key, value in annotations.items() if key != "return"))
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {next(iter(annotations))!r}. "
                                f"{cls!r} is not a class.")
            func = annotated
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
