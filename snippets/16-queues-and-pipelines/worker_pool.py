import asyncio
import time

# Seven jobs and how long each takes, in seconds: 4.2 s of work in all.
JOBS = [("a", 1.0), ("b", 0.4), ("c", 0.6), ("d", 0.8), ("e", 0.2), ("f", 0.6), ("g", 0.6)]


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
    # Halfway between 1.6 s (three at a time) and 4.2 s (one at a time).
    print(f"main: all {len(JOBS)} jobs done in about {'1.6' if elapsed < 2.9 else '4.2'} s")

    # The workers are now waiting in get() for jobs that will never come.
    for task in workers:
        task.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("main: workers stopped:", [type(r).__name__ for r in results])


asyncio.run(main())
