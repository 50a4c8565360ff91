import asyncio

done: list[int] = []


async def process(job: int) -> None:
    await asyncio.sleep(0.3)  # the real work: a request, a query...
    if job == 1:
        raise ValueError("bad input")
    done.append(job)


async def worker(jobs: list[int]) -> None:
    try:
        for job in jobs:
            try:
                await process(job)
            except Exception as err:
                # Exception, not BaseException: CancelledError is not an
                # Exception (since Python 3.8), so it passes through.
                print(f"worker: job {job} failed with {err!r}, moving on")
        print("worker: all jobs handled, returning normally")
    finally:
        # Clean-up that must happen however the worker stops.
        print("worker: finally: releasing the connection")


async def main() -> None:
    task = asyncio.create_task(worker([1, 2, 3, 4, 5]))
    await asyncio.sleep(0.75)  # jobs 1 and 2 are over, job 3 is under way
    print("main: shutting down, cancelling the worker")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"main: worker cancelled() = {task.cancelled()}, jobs done: {done}")


asyncio.run(main())
