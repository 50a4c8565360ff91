import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance
        # One lock per account, shared by every task that touches it.
        self.lock = asyncio.Lock()


async def approve_payment() -> None:
    await asyncio.sleep(0.1)  # pretend to ask the card network


async def withdraw(account: Account, who: str, amount: int) -> None:
    if account.lock.locked():
        print(f"{who}: someone else holds the lock, waiting")
    # The check, the await and the act now happen as one piece: no other
    # task can enter this block until this one has left it.
    async with account.lock:
        if account.balance < amount:
            print(f"{who}: refused, the balance is only {account.balance}")
            return
        print(f"{who}: balance {account.balance} covers {amount}")
        await approve_payment()
        account.balance -= amount
        print(f"{who}: paid {amount}, balance now {account.balance}")


async def main() -> None:
    account = Account(balance=100)
    await asyncio.gather(
        withdraw(account, "phone", 80),
        withdraw(account, "laptop", 80),
    )
    print(f"final balance: {account.balance}")


asyncio.run(main())
