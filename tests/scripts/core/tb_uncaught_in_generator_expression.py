def parse_all(lines):
    return sum(int(x) for x in lines)
print(parse_all(["1", "2"]))
print(parse_all(["1", "two"]))
