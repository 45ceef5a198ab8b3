print("this line never runs: compile error first")
def ok():
    return 1
return ok()
