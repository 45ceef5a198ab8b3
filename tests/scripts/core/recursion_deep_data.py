def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node
def length(node):
    count = 0
    while node is not None:
        count += 1
        node = node[1]
    return count
print(length(build(10000)))
def rec_sum(node):
    return 0 if node is None else node[0] + rec_sum(node[1])
print(rec_sum(build(500)))
try:
    rec_sum(build(5000))
except RecursionError as e:
    print(type(e).__name__, e)
def memo_partition(n, k, memo={}):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[n, k] = memo_partition(n - k, k) + memo_partition(n, k - 1)
    return memo[n, k]
print(memo_partition(100, 100))
