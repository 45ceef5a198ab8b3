# GeneratorExit derives from BaseException, so `except Exception` does not
# intercept close().
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught Exception", type(e).__name__)
        finally:
            print("finally")

g = gen()
next(g)
g.throw(ValueError)
g.close()
print("closed cleanly:", g.gi_frame is None)
