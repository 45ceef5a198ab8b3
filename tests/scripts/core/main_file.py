# __main__.__file__ is the script's path made absolute (the current
# directory joined to the path as given); __cached__ is None.
import os
import sys
print(os.path.isabs(__file__), os.path.basename(__file__), __cached__)
print(__file__ == os.path.join(os.getcwd(), sys.argv[0]))
print(sys.modules["__main__"].__file__ == __file__, "__file__" in globals())
