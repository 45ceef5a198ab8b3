# A naked exception caught by except* and re-raised comes out wrapped in
# a group with an empty message.


def work():
    raise ValueError("naked")


try:
    work()
except* ValueError:
    raise
