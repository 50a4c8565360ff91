import asyncio


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0)  # stands in for asking a price server
    return {"tea": 3.5, "cake": 4.25}[item]


async def main() -> None:
    # await runs the coroutine to the end and gives back what it returned.
    print("tea costs", await fetch_price("tea"))


asyncio.run(main())
