import sys
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("7" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int("9" * 4300) > 0)
print(hex(big)[:10], len(hex(big)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
