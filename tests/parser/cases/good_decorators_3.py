@first

# a comment and a blank line between decorators
@second(1,
        2)
@ third
def f():
    pass
class C:
    @decorator
    # comment
    async def g(self):
        pass
