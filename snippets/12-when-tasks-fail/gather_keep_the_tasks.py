# Keep the tasks, not just the gather: after gather raises, every task still
# holds its own outcome, and you can collect it once it is done.
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} data"


async def main() -> None:
    jobs = {"users": 0.2, "orders": 0.4, "payments": 0.6, "invoices": 0.8}
    failing = {"orders", "payments"}
    tasks = [
        asyncio.create_task(fetch(name, delay, name in failing), name=name)
        for name, delay in jobs.items()
    ]

    try:
        await asyncio.gather(*tasks)
    except ConnectionError as exc:
        print(f"main: gather raised {exc!r}")
        still_running = [t.get_name() for t in tasks if not t.done()]
        print("main: still running:", still_running)

    # asyncio.wait never raises: it returns once every task is done.
    await asyncio.wait(tasks)
    for task in tasks:
        if task.exception() is not None:
            print(f"{task.get_name()}: failed with {task.exception()!r}")
        else:
            print(f"{task.get_name()}: {task.result()!r}")


asyncio.run(main())
