import asyncio


async def worker(queue: asyncio.Queue) -> None:
    while True:
        text = await queue.get()
        await asyncio.sleep(0.1)
        number = int(text)  # raises ValueError on "twelve"...
        print(f"worker: {text} squared is {number * number}")
        queue.task_done()  # ...so for "twelve" this line never runs


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for text in ["3", "twelve", "5"]:
        queue.put_nowait(text)
    task = asyncio.create_task(worker(queue))

    try:
        # A real program would wait here forever. The time limit is only
        # there to let this one tell you what it sees.
        await asyncio.wait_for(queue.join(), timeout=1)
        print("main: every item handled")
    except asyncio.TimeoutError:
        print("main: join() is still waiting after 1 s")
        print(f"main: {queue.qsize()} item still in the queue")
        print(f"main: the worker is done: {task.done()}, it died of {task.exception()!r}")


asyncio.run(main())
