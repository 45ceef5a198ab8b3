class Boom(Exception):
    def __str__(self):
        raise RuntimeError("str exploded")
print("raising an exception whose str() fails")
raise Boom("x")
