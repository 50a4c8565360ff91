import asyncio


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0)  # stands in for asking a price server
    return {"tea": 3.5, "cake": 4.25}[item]


async def main() -> None:
    # Bug: no await. fetch_price(...) only builds a coroutine object, so that object
    # is what gets printed, and the price is never fetched.
    print("tea costs", fetch_price("tea"))


asyncio.run(main())
