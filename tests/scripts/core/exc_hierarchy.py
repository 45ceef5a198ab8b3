pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
         (RecursionError, RuntimeError), (FileNotFoundError, OSError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
         (UnicodeDecodeError, ValueError), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError),
         (AssertionError, Exception), (TypeError, Exception), (Exception, BaseException), (bool, int),
         (IOError, OSError), (EnvironmentError, OSError), (StopAsyncIteration, Exception), (AttributeError, Exception)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(OSError is IOError, [c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__])
try:
    {}["x"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
