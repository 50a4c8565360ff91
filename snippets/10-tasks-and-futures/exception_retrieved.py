import asyncio


async def check_stock(item: str) -> int:
    await asyncio.sleep(0)
    if item == "unicorn":
        raise LookupError(f"no such item: {item!r}")
    return 7


def report_failure(task: asyncio.Task) -> None:
    # Runs when the task is done. Calling exception() counts as retrieving it.
    if not task.cancelled() and task.exception() is not None:
        print(f"callback: {task.get_name()} failed: {task.exception()!r}")


async def main() -> None:
    # 1. Await the task: its exception is raised at the await.
    task = asyncio.create_task(check_stock("unicorn"))
    try:
        await task
    except LookupError as exc:
        print("await: caught", repr(exc))

    # 2. gather(..., return_exceptions=True): exceptions come back as values.
    results = await asyncio.gather(
        check_stock("apple"), check_stock("unicorn"), return_exceptions=True
    )
    print("gather:", results)

    # 3. A task nobody awaits: a done callback looks at the exception.
    lonely = asyncio.create_task(check_stock("unicorn"), name="stock-check")
    lonely.add_done_callback(report_failure)
    await asyncio.sleep(0)  # turn 1: check_stock reaches its own sleep(0)
    await asyncio.sleep(0)  # turn 2: check_stock raises; the callback is queued
    await asyncio.sleep(0)  # turn 3: the done callback runs
    print("main: finished, and no 'never retrieved' message")


asyncio.run(main())
