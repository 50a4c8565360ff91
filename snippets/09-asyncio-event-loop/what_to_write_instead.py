"""The habits that work on every Python, 3.14 included."""
import asyncio


async def fetch_price(item: str) -> int:
    await asyncio.sleep(0)  # stands in for a network call
    return {"tea": 3, "cake": 5}[item]


def price_for_sync_code(item: str) -> int:
    # For plain synchronous callers: asyncio.run makes a loop, runs, closes it.
    return asyncio.run(fetch_price(item))


async def main() -> None:
    # Inside a coroutine, ask for the loop that is running it.
    loop = asyncio.get_running_loop()
    print(f"inside main: get_running_loop() gives the running loop: {loop.is_running()}")

    # asyncio.run (and so the synchronous helper) refuses to start a second
    # loop here: this thread is already running one.
    tea = fetch_price("tea")
    try:
        asyncio.run(tea)
    except RuntimeError as error:
        print(f"inside main: RuntimeError: {error}")
        tea.close()  # it never ran; closing it says we meant to drop it

    # Already on the loop? Then await the coroutine directly.
    print(f"inside main: await gives tea = {await fetch_price('tea')}")


# Outside any coroutine there is no running loop, and get_running_loop() says so.
try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print(f"top level: RuntimeError: {error}")

print(f"top level: asyncio.run gives cake = {price_for_sync_code('cake')}")
asyncio.run(main())  # one entry point for the async part of the program
