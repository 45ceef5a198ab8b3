inventory = {"apples": 3}
def take(item):
    inventory[item] -= 1
    return inventory.pop(item + "_reserved")
take("apples")
