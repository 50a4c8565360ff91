# asyncio, but each wait is awaited before the next one starts: async and
# await alone overlap nothing.
import asyncio
import time


async def fetch(what: str) -> str:
    print(f"asking for the {what}...")
    await asyncio.sleep(1)  # wait, and let the others run meanwhile (there are none)
    return f"got the {what}"


async def main() -> None:
    wall_start = time.perf_counter()
    for what in ["user", "orders", "weather"]:
        # Awaiting the coroutine right away: main waits for this answer
        # before it even asks the next question.
        print(await fetch(what))
    wall = time.perf_counter() - wall_start
    print(f"wall-clock time: {int(wall + 0.1)} s")  # whole seconds, rounded down


asyncio.run(main())
