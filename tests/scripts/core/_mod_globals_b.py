value = "b value"
def get():
    return value
