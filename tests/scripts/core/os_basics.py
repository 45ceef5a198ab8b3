import os
print(os.getcwd() != "", isinstance(os.getcwd(), str))
os.environ["EDDY_TEST_VAR"] = "hello"
print(os.environ["EDDY_TEST_VAR"], os.environ.get("EDDY_TEST_VAR"), os.environ.get("EDDY_SURELY_UNSET_VAR"), os.environ.get("EDDY_SURELY_UNSET_VAR", "dflt"))
print("EDDY_TEST_VAR" in os.environ, os.getenv("EDDY_TEST_VAR"), os.getenv("EDDY_SURELY_UNSET_VAR", "x"))
try:
    os.environ["EDDY_SURELY_UNSET_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("/abs", "x"), os.path.join("a", "/root"), os.path.join("a", ""))
print(os.path.exists("os_basics.py"), os.path.exists("no_such_file.txt"), os.path.exists("."))
print(os.path.exists(os.path.join(os.getcwd(), "os_basics.py")))
os.environ["EDDY_TEST_VAR"] = "second value"
print(os.environ["EDDY_TEST_VAR"], len(os.environ) > 0)
del os.environ["EDDY_TEST_VAR"]
print("EDDY_TEST_VAR" in os.environ)
