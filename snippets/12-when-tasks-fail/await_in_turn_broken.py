# Start four downloads as tasks, then await them one by one. The first failure
# ends the loop, and the tasks after it are never awaited by anyone.
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
    results = []
    try:
        for task in tasks:
            results.append(await task)
    except ConnectionError as exc:
        print(f"download_all: giving up: {exc}")
    return results


async def main() -> None:
    results = await download_all()
    print("main: results:", results)
    await asyncio.sleep(0.5)  # the program carries on with other work
    gc.collect()  # Python collects garbage now and then; here, at a known moment
    print("main: returning")


asyncio.run(main())
