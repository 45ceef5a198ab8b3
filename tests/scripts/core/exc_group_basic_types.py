errs = [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, NameError, RuntimeError,
        NotImplementedError, RecursionError, OverflowError, StopIteration, AssertionError, ImportError,
        ModuleNotFoundError, OSError, FileNotFoundError, PermissionError, LookupError, ArithmeticError,
        UnicodeError, EOFError, MemoryError, UnboundLocalError, SystemError, BufferError, ConnectionError, TimeoutError]
for cls in errs:
    try:
        raise cls("message")
    except Exception as e:
        print(cls.__name__, "->", cls.__bases__[0].__name__, "|", e)
print(isinstance(FileNotFoundError(), OSError), FileNotFoundError.__mro__[1].__name__)
for w in [Warning, UserWarning, DeprecationWarning, RuntimeWarning, SyntaxWarning]:
    print(w.__name__, w.__bases__[0].__name__)
