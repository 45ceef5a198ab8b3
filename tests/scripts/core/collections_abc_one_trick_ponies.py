# The one-method ABCs recognise any class defining the method, and a
# class can opt out by setting it to None.
import collections.abc as cabc


class HasIter:
    def __iter__(self):
        return iter([1])


class HasLen:
    def __len__(self):
        return 0


class HasContains:
    def __contains__(self, x):
        return True


class HasCall:
    def __call__(self):
        pass


class All(HasIter, HasLen, HasContains):
    pass


class NotHashable:
    def __eq__(self, other):
        return True


class OptOut(HasIter):
    __iter__ = None


class HasReversed(HasIter):
    def __reversed__(self):
        return iter([])


class HasAiter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


for cls in [HasIter, HasLen, HasContains, HasCall, All, NotHashable, OptOut, HasReversed, HasAiter]:
    print(cls.__name__, [n for n in cabc.__all__ if issubclass(cls, getattr(cabc, n))])
print(isinstance(HasIter(), cabc.Iterable), isinstance(OptOut(), cabc.Iterable))
print(isinstance(NotHashable(), cabc.Hashable), isinstance(object(), cabc.Hashable))
