"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring.

    More details here.
    """
    def m(self):
        'single-quoted docstring'
async def g():
    r"""Raw docstring \n"""
