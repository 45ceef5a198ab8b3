def total(prices, tax):
    subtotal = sum(prices)
    return subtotal + subtotal * tax + "shipping"
print(total([1, 2], 0.5))
