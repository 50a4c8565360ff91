import asyncio


async def worker(queue: asyncio.Queue) -> None:
    while True:
        text = await queue.get()
        try:
            await asyncio.sleep(0.1)
            number = int(text)
            print(f"worker: {text} squared is {number * number}")
        except ValueError as error:
            # One bad item must not take the worker down: report it and go on.
            print(f"worker: skipped {text!r}: {error}")
        finally:
            # Runs however the try block ended: every get() gets its task_done().
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for text in ["3", "twelve", "5"]:
        queue.put_nowait(text)
    task = asyncio.create_task(worker(queue))

    try:
        await asyncio.wait_for(queue.join(), timeout=1)
        print("main: every item handled")
    except asyncio.TimeoutError:
        print("main: join() is still waiting after 1 s")
    task.cancel()  # the worker is waiting for a fourth item that never comes


asyncio.run(main())
