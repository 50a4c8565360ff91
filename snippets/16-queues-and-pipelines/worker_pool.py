import asyncio
import time

# Seven jobs and how long each takes, in seconds: 2.1 s of work in all.
JOBS = [("a", 0.5), ("b", 0.2), ("c", 0.3), ("d", 0.4), ("e", 0.1), ("f", 0.3), ("g", 0.3)]


async def worker(name: str, queue: asyncio.Queue) -> None:
    # A worker never stops by itself: it takes the next job as soon as it is
    # free, and waits in get() when there is none.
    while True:
        job, seconds = await queue.get()
        print(f"{name}: starts job {job} ({seconds} s)")
        await asyncio.sleep(seconds)  # stands in for a download, a query...
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for job in JOBS:
        queue.put_nowait(job)

    started = time.perf_counter()
    # A fixed pool: three workers, however many jobs there are.
    workers = [
        asyncio.create_task(worker(f"worker-{n}", queue), name=f"worker-{n}")
        for n in (1, 2, 3)
    ]
    await queue.join()  # every job taken and marked done
    elapsed = time.perf_counter() - started
    # Halfway between 0.8 s (three at a time) and 2.1 s (one at a time).
    print(f"main: all {len(JOBS)} jobs done in about {'0.8' if elapsed < 1.45 else '2.1'} s")

    # The workers are now waiting in get() for jobs that will never come.
    for task in workers:
        task.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("main: workers stopped:", [type(r).__name__ for r in results])


asyncio.run(main())
