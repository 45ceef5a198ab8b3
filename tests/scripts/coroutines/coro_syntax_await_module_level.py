# Compile-time error: await at module level (exit status 1); the message
# says "outside function" here, "outside async function" inside a def.
async def fetch():
    return 1

print("never runs")
c = fetch()
result = await fetch()
print(result)
