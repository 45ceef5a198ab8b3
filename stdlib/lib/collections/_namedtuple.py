"""collections.namedtuple: tuple subclasses whose items have names.

CPython builds each class's __new__ by exec-ing generated source, so that the
function has the fields as parameters. Eddy has no exec; __new__ here takes
*args and **kwargs and binds them to the fields itself, raising the
TypeErrors CPython's argument binding raises for a function named
"<typename>.__new__" (see _bind_fields).
"""

import sys as _sys
from keyword import iskeyword as _iskeyword

_tuple_new = tuple.__new__


class _tuplegetter:
    """The descriptor for one field: reads item `index` of the tuple.

    CPython's _collections._tuplegetter; unlike a property it refuses
    assignment with "can't set attribute"."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _validate_names(typename, field_names, rename):
    """The checked field names (renamed to _0, _1, ... where `rename` asks)."""
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    return field_names


def _name_list(names):
    """'x', 'x' and 'y', 'x', 'y', and 'z': how CPython lists missing arguments."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_fields(function_name, fields, defaults, args, kwargs):
    """The field values for __new__(*args, **kwargs), with the messages of
    CPython's binding of positional-or-keyword parameters."""
    count = len(fields)
    if len(args) > count:
        required = count - len(defaults)
        takes = (f"from {required + 1} to {count + 1}" if defaults else str(count + 1))
        plural = "" if count + 1 == 1 and not defaults else "s"
        given = len(args) + 1
        raise TypeError(f"{function_name}() takes {takes} positional argument{plural} "
                        f"but {given} {'was' if given == 1 else 'were'} given")
    values = list(args)
    if kwargs:
        for name in kwargs:
            if name not in fields:
                raise TypeError(f"{function_name}() got an unexpected keyword argument '{name}'")
            if fields.index(name) < len(args):
                raise TypeError(f"{function_name}() got multiple values for argument '{name}'")
    first_default = count - len(defaults)
    missing = []
    for index in range(len(args), count):
        name = fields[index]
        if name in kwargs:
            values.append(kwargs[name])
        elif index >= first_default:
            values.append(defaults[index - first_default])
        else:
            missing.append(name)
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise TypeError(f"{function_name}() missing {len(missing)} required positional "
                        f"argument{plural}: {_name_list(missing)}")
    return values


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass `typename` whose items are also attributes
    named by `field_names` (a sequence, or one string split at commas and
    spaces): Point = namedtuple("Point", "x y"); Point(1, y=2).x == 1."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    field_names = _validate_names(typename, field_names, rename)
    fields = tuple(field_names)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    else:
        defaults = ()

    new_name = f"{typename}.__new__"
    field_count = len(fields)

    def __new__(_cls, *args, **kwargs):
        if kwargs or len(args) != field_count:
            args = _bind_fields(new_name, fields, defaults, args, kwargs)
        return _tuple_new(_cls, args)

    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"

    @classmethod
    def _make(cls, iterable):
        """An instance from the items of `iterable`, which must fit the fields."""
        result = _tuple_new(cls, iterable)
        if len(result) != field_count:
            raise TypeError(f"Expected {field_count} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        """A copy with the fields named by the keywords replaced."""
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        """Typename(field=value, ...)."""
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{self.__class__.__name__}({shown})"

    def _asdict(self):
        """A dict from field names to values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The fields as a plain tuple, for copy and pickle."""
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    result = type(typename, (tuple,), namespace)

    # The class belongs to the module that called namedtuple(), found from
    # the caller's frame where the interpreter offers sys._getframe.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "collections"
    result.__module__ = module
    return result
