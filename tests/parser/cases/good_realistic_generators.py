def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line


def numbered(lines, start=1):
    n = start
    for line in lines:
        yield f"{n:>4}: {line}"
        n += 1


def pipeline(path, pattern):
    yield from numbered(grep(pattern, read_lines(path)))


if __name__ == "__main__":
    import sys
    for out in pipeline(sys.argv[1], sys.argv[2]):
        print(out)
