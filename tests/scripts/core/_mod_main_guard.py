ran_main = False
if __name__ == "__main__":
    ran_main = True
print("in helper, __name__ == '__main__' is", __name__ == "__main__")
