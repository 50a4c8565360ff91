import asyncio

# Made at import time, before any event loop exists: fine since Python 3.10.
lock = asyncio.Lock()


async def use_lock(name: str) -> None:
    async with lock:
        await asyncio.sleep(0.1)
    print(f"{name} used the lock")


async def main() -> None:
    # Two tasks want the lock at once, so one of them has to wait: the lock
    # needs an event loop for that, and it remembers the first one it gets.
    await asyncio.gather(use_lock("first"), use_lock("second"))


asyncio.run(main())  # a first event loop, as in one test of a test suite

try:
    asyncio.run(main())  # a second, brand-new event loop, as in the next test
except RuntimeError as error:
    print(f"second asyncio.run(): RuntimeError: {error}")
