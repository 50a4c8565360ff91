import asyncio


async def fetch(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)  # stands in for a network call
        return f"{name} page"
    except asyncio.CancelledError:
        # Inside the block, a timeout looks like an ordinary cancellation.
        print(f"  {name}: CancelledError, cleaning up")
        raise


async def main() -> None:
    try:
        # One budget of 0.5 s for everything inside the block.
        async with asyncio.timeout(0.5) as budget:
            print(await fetch("home", 0.2))
            print(await fetch("search", 2))
            print("never printed: the budget ran out during search")
    except TimeoutError:
        # The timeout turned the CancelledError into TimeoutError on its
        # way out of the block: this is the place to catch it.
        print("TimeoutError caught outside the block")
    print(f"budget.expired() = {budget.expired()}")
    print("main carries on: only the block was cancelled, not the task")
    await asyncio.sleep(0.1)
    print("main: done")


asyncio.run(main())
