for x in y:
    try:
        pass
    except* ValueError:
        continue
