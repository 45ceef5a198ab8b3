"""Abstract base classes (PEP 3119): ABCMeta, ABC and abstractmethod.

Written in Eddy, with the semantics of CPython's _abc module: a class is
abstract while __abstractmethods__ is non-empty (object.__new__ refuses
it), and isinstance/issubclass consult the ABC's __subclasshook__, its
registry and its subclasses, caching the answers. Eddy has no weak
references, so the registry and the caches hold their classes strongly.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated
    until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # Eddy's classmethod takes its callable in __new__ and has no __init__.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # Eddy's staticmethod takes its callable in __new__ and has no __init__.
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""

    __isabstractmethod__ = True


class _abc_data:
    """An ABC's own bookkeeping (CPython keeps it in _abc._abc_data)."""

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = ABCMeta._abc_invalidation_counter
        # The ABCs deriving from this one: CPython asks type.__subclasses__().
        self.subclasses = []


def _abstract_names(cls):
    """The names of cls's abstract methods: those it defines abstract, and
    those its bases left abstract that it did not override."""
    names = {name for name, value in cls.__dict__.items()
             if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made by ABCMeta may have abstract methods, and other classes
    become its virtual subclasses by register() or its __subclasshook__.
    """

    # Bumped by every register(), so that negative caches go stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _abc_data()
        for base in bases:
            impl = base.__dict__.get("_abc_impl")
            if isinstance(impl, _abc_data):
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it, so that
        register can decorate a class."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError(
                    "__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if answer else impl.negative_cache).add(subclass)
            return answer
        if cls in subclass.__mro__ or any(
                issubclass(subclass, other)
                for others in (impl.registry, impl.subclasses) for other in others):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Prints the ABC's registry and caches, for debugging."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clears the registry, for debugging and tests."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clears both caches, for debugging and tests."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def get_cache_token():
    """A token that changes whenever an ABC's registry does."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or
    removed once the class was made; returns cls."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass."""

    __slots__ = ()
