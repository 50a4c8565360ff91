# A shopping cart that should only take what is in stock, and log each order.
import asyncio

STOCK = {"tea": 3, "cake": 1, "unicorn": 0}
order_log: list[str] = []


async def in_stock(item: str) -> bool:
    await asyncio.sleep(0)  # stands in for asking the warehouse
    return STOCK[item] > 0


async def log_order(items: list[str]) -> None:
    await asyncio.sleep(0)  # stands in for writing to a database
    order_log.append(", ".join(items))


async def main() -> None:
    cart = []
    for item in ["tea", "unicorn", "cake"]:
        # Without await, in_stock(item) is a coroutine object, and every
        # object counts as true in an if: the answer was never even asked for.
        if await in_stock(item):
            cart.append(item)
            print(f"{item}: added")
        else:
            print(f"{item}: out of stock")
    # Without await, the coroutine was made and dropped, and nothing was logged.
    await log_order(cart)
    print("order log:", order_log)


asyncio.run(main())
