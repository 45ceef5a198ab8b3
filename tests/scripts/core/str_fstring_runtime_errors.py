value = 42
for attempt in range(5):
    try:
        if attempt == 0:
            print(f"{value:s}")
        elif attempt == 1:
            print(f"{'text':d}")
        elif attempt == 2:
            print(f"{value:.2q}")
        elif attempt == 3:
            print(f"{undefined_variable}")
        else:
            print(f"{value!r:>{'x'}}")
    except (ValueError, NameError) as e:
        print(attempt, type(e).__name__, e)
width = 8
print(f"[{value:{width}}] [{value:<{width}}] [{value:0{width}}] [{value:{width // 2}}]")
print(f"{value:{'+' if value > 0 else '-'}}")
