def echo():
    value = None
    while True:
        try:
            value = yield value
        except GeneratorExit:
            return "closed"
        except Exception as e:
            value = e
