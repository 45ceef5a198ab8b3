"""The abstract base classes of containers, iterators and coroutines
(defined in _collections_abc, which the types module can import without
the collections package)."""

from _collections_abc import *
from _collections_abc import __all__
