"""How callbacks appear in the reprs of Handles and Futures: `f(1, 'a') at
file.py:3`, with long argument reprs shortened the way CPython's reprlib
does it (asyncio uses reprlib.repr there).
"""

import functools
import inspect


def _get_function_source(func):
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f" at {source[0]}:{source[1]}"
    return text


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f"{key}={short_repr(value)}" for key, value in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if getattr(func, "__qualname__", None):
        text = func.__qualname__
    elif getattr(func, "__name__", None):
        text = func.__name__
    else:
        text = repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


# reprlib.repr's limits: how many items of each container, how long a str.
_MAX_ITEMS = {list: 6, tuple: 6, set: 6, frozenset: 6, dict: 4}
_MAX_STRING = 30
_MAX_OTHER = 30
_MAX_LONG = 40
_MAX_LEVEL = 6


def _shorten(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


def short_repr(value, level=_MAX_LEVEL):
    """repr(value) shortened as reprlib.repr shortens it."""
    kind = type(value)
    if kind is str:
        text = repr(value[:_MAX_STRING])
        if len(text) <= _MAX_STRING:
            return text
        # Shorten the str itself, then its repr, so escapes stay whole.
        head = (_MAX_STRING - 3) // 2
        tail = _MAX_STRING - 3 - head
        text = repr(value[:head] + value[len(value) - tail:])
        return text[:head] + "..." + text[len(text) - tail:]
    if kind is int:
        return _shorten(repr(value), _MAX_LONG)
    if kind in _MAX_ITEMS:
        return _short_container(value, kind, level)
    try:
        text = repr(value)
    except Exception:
        return f"<{kind.__name__} instance at {id(value):#x}>"
    return _shorten(text, _MAX_OTHER)


def _short_container(value, kind, level):
    if kind is tuple:
        left, right = "(", ",)" if len(value) == 1 else ")"
    elif kind is list:
        left, right = "[", "]"
    elif kind is dict:
        left, right = "{", "}"
    elif kind is set:
        if not value:
            return "set()"
        left, right = "{", "}"
    else:
        if not value:
            return "frozenset()"
        left, right = "frozenset({", "})"
    if not value:
        return left + right
    if level <= 0:
        return left + "..." + right
    limit = _MAX_ITEMS[kind]
    items = list(value)
    if kind in (set, frozenset):
        items = _sorted_if_possible(items)
    if kind is dict:
        keys = _sorted_if_possible(items)[:limit]
        parts = [f"{short_repr(k, level - 1)}: {short_repr(value[k], level - 1)}" for k in keys]
    else:
        parts = [short_repr(item, level - 1) for item in items[:limit]]
    if len(value) > limit:
        parts.append("...")
    if kind is tuple and len(value) == 1:
        return left + parts[0] + right
    return left + ", ".join(parts) + right


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return items
