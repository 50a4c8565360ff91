# Code moved from gather to a TaskGroup (Python 3.11+), still catching the error
# the old way.
# A TaskGroup never raises ConnectionError itself: it raises an ExceptionGroup.
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
    except ConnectionError as exc:  # never matches an ExceptionGroup
        print(f"main: offline ({exc}), using yesterday's data")
    except Exception as exc:
        print(f"main: unexpected error, giving up: {exc!r}")


asyncio.run(main())
