items = [1, 2]
a = f"""{
    items[0]
    +
    items[1]
}"""
b = f'''{items
}'''
