# os.environ is a collections.abc.MutableMapping: its get, pop, update,
# keys and | come from the ABC mixins, and writes reach the environment.
import os, collections.abc as c
os.environ["EDDY_T"] = "1"
print(isinstance(os.environ, c.MutableMapping), os.environ.get("EDDY_T"), os.environ.pop("EDDY_T"), "EDDY_T" in os.environ)
print(type(os.environ.keys()).__name__, os.getenv("NOPE", 5))
os.environ.update({"A_X": "1"}, A_Y="2")
print(os.environ["A_X"], os.environ.setdefault("A_Z", "3"), os.environ.copy()["A_Z"])
try: 1 in os.environ
except TypeError as e: print(e)
try: os.environ.pop("NOPE_NOPE")
except KeyError as e: print("KeyError", e)
print(os.environ == dict(os.environ), type(os.environ | {"q": "1"}).__name__)
os.environ |= {"B_B": "x"}
print(os.environ["B_B"], os.MutableMapping)
print(repr(os.environ.keys())[:18])
