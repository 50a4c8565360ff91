import asyncio


async def worker(queue: asyncio.Queue) -> None:
    while True:
        photo = await queue.get()
        print(f"worker: took {photo}, queue.empty() = {queue.empty()}")
        await asyncio.sleep(0.3)  # resizing takes a while
        print(f"worker: finished {photo}, calling task_done()")
        # One task_done() per get(): "the item I took is fully handled".
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for photo in ["cat.jpg", "dog.jpg"]:
        queue.put_nowait(photo)  # never waits: this queue has no maxsize
    task = asyncio.create_task(worker(queue))

    print("main: waiting in queue.join()")
    # join() waits until every item put in the queue has had its
    # task_done(), not merely until the queue is empty.
    await queue.join()
    print("main: join() returned, every photo is finished")

    task.cancel()  # the worker would wait for a third photo forever
    try:
        queue.task_done()  # one more than there were items
    except ValueError as error:
        print(f"main: ValueError: {error}")


asyncio.run(main())
