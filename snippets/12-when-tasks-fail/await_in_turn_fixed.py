# The same four downloads, collected with gather(..., return_exceptions=True):
# every task is awaited, every failure is reported, every result is kept.
import asyncio
import gc


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} data"


async def download_all() -> list[str]:
    tasks = [
        asyncio.create_task(fetch("users", 0.2), name="users"),
        asyncio.create_task(fetch("orders", 0.1, fail=True), name="orders"),
        asyncio.create_task(fetch("payments", 0.3, fail=True), name="payments"),
        asyncio.create_task(fetch("invoices", 0.2), name="invoices"),
    ]
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    results = []
    for task, outcome in zip(tasks, outcomes):
        if isinstance(outcome, BaseException):
            print(f"download_all: {task.get_name()} failed: {outcome!r}")
        else:
            results.append(outcome)
    return results


async def main() -> None:
    results = await download_all()
    print("main: results:", results)
    await asyncio.sleep(0.5)
    gc.collect()
    print("main: returning")


asyncio.run(main())
