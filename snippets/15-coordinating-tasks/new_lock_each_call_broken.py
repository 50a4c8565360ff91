import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance


async def approve_payment() -> None:
    await asyncio.sleep(0.1)  # pretend to ask the card network


async def withdraw(account: Account, who: str, amount: int) -> None:
    # Looks safe, but every call makes a brand-new lock that no other task
    # knows about. Each task acquires its own lock at once and nobody waits.
    async with asyncio.Lock():
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
