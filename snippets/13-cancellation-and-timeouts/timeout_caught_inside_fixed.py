import asyncio


async def fetch_price() -> float:
    await asyncio.sleep(2)  # the price service is having a bad day
    return 9.99


async def handle_request() -> str:
    # The try goes around the whole async with block: the TimeoutError
    # comes out of the block, so that is where it can be caught.
    try:
        async with asyncio.timeout(0.2):
            price = await fetch_price()
    except TimeoutError:
        price = 10.00  # the cached price
    return f"price: {price}"


async def main() -> None:
    try:
        print(await handle_request())
    except Exception as err:
        # What a web framework does with an error the handler let escape.
        print(f"500 Internal Server Error: {err!r}")


asyncio.run(main())
