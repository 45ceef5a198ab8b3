def copy(path, log):
    try:
        with open(path) as f:
            data = f.read()
    finally:
        log.append(path)
    return data
