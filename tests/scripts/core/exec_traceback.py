# An exception raised by a function that exec'd code defined: every
# <string> frame is shown without a source line.
source = """
def level_one():
    level_two()

def level_two():
    raise KeyError('deep')

level_one()
"""
exec(source, {})
