value = "a value"
def get():
    return value
def set(v):
    global value
    value = v
def read_main_value():
    import sys
    return sys.modules["__main__"].value
