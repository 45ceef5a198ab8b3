def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return f"stopped at {i}"
    return "finished"
print(none_implicit(), none_explicit(), multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print(early(-1), early(10), early(2))
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def conditional_type(x):
    return [x] if x else {"empty": True}
print(conditional_type(1), conditional_type(0))
def return_in_try():
    try:
        return "from try"
    except Exception:
        return "from except"
print(return_in_try())
