# except* (Python 3.11+) looks inside the ExceptionGroup and matches the
# ConnectionError.
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} data"


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("users", 0.1))
            group.create_task(fetch("orders", 0.2, fail=True))
    except* ConnectionError as group_error:
        for exc in group_error.exceptions:
            print(f"main: offline ({exc}), using yesterday's data")
    except* Exception as group_error:
        print(f"main: unexpected errors, giving up: {group_error.exceptions!r}")


asyncio.run(main())
