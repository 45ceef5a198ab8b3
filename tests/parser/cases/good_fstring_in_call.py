def show(*args, **kwargs):
    return args, kwargs
show(f"{1}", key=f"{2:>3}")
show(*[f"{i}" for i in range(3)])
result = show(f"{show(f'{0}')}")
