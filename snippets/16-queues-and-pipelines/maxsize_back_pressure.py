import asyncio


async def producer(queue: asyncio.Queue) -> None:
    # A fast producer: all six items are ready at once.
    for item in range(1, 7):
        if queue.full():
            print(f"producer: queue full, waiting to put {item}")
        await queue.put(item)  # waits while the queue holds maxsize items
        print(f"producer: put {item} ({queue.qsize()} in the queue)")
    print("producer: done")


async def consumer(queue: asyncio.Queue) -> None:
    # A slow consumer: each item takes 0.1 s.
    for _ in range(6):
        item = await queue.get()
        print(f"consumer: took {item}")
        await asyncio.sleep(0.1)


async def main() -> None:
    for maxsize in (0, 2):  # 0 (the default) means no limit
        print(f"--- asyncio.Queue(maxsize={maxsize}) ---")
        queue: asyncio.Queue = asyncio.Queue(maxsize=maxsize)
        await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
