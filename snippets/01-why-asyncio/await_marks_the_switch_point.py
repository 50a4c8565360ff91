# asyncio does not make every race impossible: it makes the places where
# another coroutine may run visible. Here the `await` sits in the middle of
# read-modify-write, and you can point at the exact line where it goes wrong.
import asyncio

balance = 100


async def withdraw(who: str, amount: int) -> None:
    global balance
    seen = balance
    print(f"{who} reads the balance: {seen}")
    await asyncio.sleep(0)  # switch point: the other coroutine runs here
    balance = seen - amount
    print(f"{who} writes the balance: {balance}")


async def main() -> None:
    await asyncio.gather(withdraw("Ann", 30), withdraw("Bob", 50))
    print(f"final balance: {balance} (expected 20)")


asyncio.run(main())
