print("start")
raise ValueError("something went wrong")
print("never")
