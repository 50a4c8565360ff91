import asyncio
import itertools


async def main() -> None:
    queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
    # A counter between the priority and the job: two entries never tie, so
    # the jobs themselves are never compared, and jobs of equal priority
    # come out in the order they were put in.
    order = itertools.count()
    await queue.put((2, next(order), {"job": "send newsletter"}))
    await queue.put((1, next(order), {"job": "restart server"}))
    await queue.put((2, next(order), {"job": "rotate logs"}))
    print(f"{queue.qsize()} jobs queued")

    while not queue.empty():
        priority, _, job = await queue.get()
        print(f"priority {priority}: {job['job']}")


asyncio.run(main())
