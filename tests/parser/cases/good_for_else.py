for x in y:
    pass
for x in y:
    pass
else:
    pass
for i in range(10):
    if i:
        break
else:
    print("no break")
