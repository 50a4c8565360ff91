import asyncio


async def fetch_price() -> float:
    await asyncio.sleep(2)  # the price service is having a bad day
    return 9.99


async def handle_request() -> str:
    async with asyncio.timeout(0.2):
        try:
            price = await fetch_price()
        except TimeoutError:
            # Never runs: inside the block the timeout is a CancelledError.
            # It becomes a TimeoutError only when it leaves the block.
            price = 10.00  # the cached price
    return f"price: {price}"


async def main() -> None:
    try:
        print(await handle_request())
    except Exception as err:
        # What a web framework does with an error the handler let escape.
        print(f"500 Internal Server Error: {err!r}")


asyncio.run(main())
