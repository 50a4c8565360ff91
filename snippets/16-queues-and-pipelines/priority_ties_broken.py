import asyncio


async def main() -> None:
    queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
    # (priority, job): lower numbers come out first. The jobs are dicts,
    # as they often are when they arrive as JSON.
    await queue.put((2, {"job": "send newsletter"}))
    await queue.put((1, {"job": "restart server"}))
    await queue.put((2, {"job": "rotate logs"}))  # same priority as the newsletter
    print(f"{queue.qsize()} jobs queued")

    try:
        while not queue.empty():
            priority, job = await queue.get()
            print(f"priority {priority}: {job['job']}")
    except TypeError as error:
        # Caught only to print it in one line: uncaught, it ends the program.
        print(f"get() raised TypeError: {error}")
    print(f"{queue.qsize()} jobs left in the queue:")
    while not queue.empty():
        # With two entries or fewer, taking one out compares nothing: no error.
        priority, job = queue.get_nowait()
        print(f"  priority {priority}: {job['job']}")


asyncio.run(main())
