import asyncio


async def drain(queue: asyncio.Queue) -> list:
    return [await queue.get() for _ in range(queue.qsize())]


async def main() -> None:
    # The same three puts, in the same order, into each kind of queue.
    for kind in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        queue = kind()
        for item in [(2, "reply to email"), (1, "fix the outage"), (3, "water plants")]:
            await queue.put(item)
        print(f"{kind.__name__:>13}: {await drain(queue)}")


asyncio.run(main())
