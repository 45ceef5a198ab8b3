@decorator
@other.attr(arg)
def f(): pass
m @ n
