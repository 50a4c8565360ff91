import asyncio


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            # Raised once the queue is shut down AND empty: nothing is lost.
            print(f"{name}: queue is shut down, stopping")
            return
        await asyncio.sleep(0.2)  # each item takes 0.2 s
        print(f"{name}: handled {item}")
        queue.task_done()


async def graceful() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"worker-{n}", queue)) for n in (1, 2, 3)]
    await asyncio.sleep(0.1)  # the three workers are now waiting in get()
    for item in ["a", "b"]:
        queue.put_nowait(item)
    print(f"main: shutdown() with {queue.qsize()} items in the queue")
    queue.shutdown()  # no more items; the two already in still get handled
    try:
        await queue.put("c")
    except asyncio.QueueShutDown:
        print("main: put() after shutdown() raises QueueShutDown")
    await asyncio.gather(*workers)  # each worker returns by itself


async def immediate() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(worker("worker", queue))
    for item in ["a", "b", "c", "d"]:
        queue.put_nowait(item)
    await asyncio.sleep(0.1)  # the worker has taken "a" and is busy with it
    print(f"main: shutdown(immediate=True) with {queue.qsize()} items waiting")
    queue.shutdown(immediate=True)  # drops b, c and d (and counts them as done)
    await queue.join()  # still waits for "a", which the worker had taken
    print("main: join() returned")
    await task


async def main() -> None:
    print("--- queue.shutdown() ---")
    await graceful()
    print("--- queue.shutdown(immediate=True) ---")
    await immediate()


asyncio.run(main())
