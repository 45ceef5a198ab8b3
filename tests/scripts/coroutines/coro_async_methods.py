# async methods, static and class methods, and awaiting them.
class Account:
    rate = 2
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, amount):
        self.balance += amount
        return self.balance
    @classmethod
    async def create(cls, balance):
        return cls(balance * cls.rate)
    @staticmethod
    async def validate(amount):
        if amount < 0:
            raise ValueError("negative amount")
        return amount

async def main():
    acct = await Account.create(10)
    await acct.deposit(await Account.validate(5))
    try:
        await acct.deposit(await Account.validate(-1))
    except ValueError as e:
        print("rejected:", e)
    return acct.balance

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
