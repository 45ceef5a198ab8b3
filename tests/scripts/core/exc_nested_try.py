def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    if n < 0:
        raise ValueError("negative")
    return 10 / n
results = []
for n in [2, 0, -1, 5]:
    try:
        try:
            results.append(risky(n))
        except ZeroDivisionError as e:
            results.append(f"inner handled {e}")
            raise LookupError("escalated") if n == 0 and len(results) > 10 else None
        finally:
            results.append(f"inner finally {n}")
    except ValueError as e:
        results.append(f"outer {e}")
    except TypeError as e:
        results.append(f"outer type {e}")
for r in results:
    print(r)
