NAME = "helpers"
def shout(s):
    return s.upper() + "!"
