def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            out.append(None)
            continue
        finally:
            out.append("|")
        out.append("ok")
    return out
print(parse_all(["1", "x", "3"]))
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
    return None
print(first_valid(["a", "b", "42", "7"]), first_valid([]))
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
n = 0
for i in range(10):
    try:
        if i % 2:
            continue
        n += i
    except Exception:
        pass
print(n)
