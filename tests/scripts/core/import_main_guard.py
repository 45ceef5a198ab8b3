import _mod_main_guard
print("script __name__:", __name__)
print("module __name__:", _mod_main_guard.__name__, _mod_main_guard.ran_main)
if __name__ == "__main__":
    print("running as main")
