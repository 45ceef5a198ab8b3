def parse(text):
    return int(text)
def load(items):
    return [parse(x) for x in items]
def main():
    print("loading")
    values = load(["1", "2", "three"])
    print(values)
main()
