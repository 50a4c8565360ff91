# What to write on Python 3.10, which has no TaskGroup: gather the tasks, and
# if one fails, cancel the others and wait for them before passing the error on.
import asyncio


async def gather_or_cancel(*coros):
    tasks = [asyncio.create_task(coro) for coro in coros]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:  # a failed task, or our own cancellation
        for task in tasks:
            task.cancel()  # does nothing to a task that is already done
        # Wait until every task has really stopped; collect, don't raise.
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        print(f"{name}: raising ConnectionError")
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name}: finished")
    return f"{name} data"


async def main() -> None:
    try:
        await gather_or_cancel(
            fetch("users", 0.2),
            fetch("orders", 0.4, fail=True),
            fetch("invoices", 0.8),
        )
    except ConnectionError as exc:  # the first error itself, not a group
        print(f"main: caught {exc!r}")
    still_running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("main: tasks still running:", len(still_running))


asyncio.run(main())
