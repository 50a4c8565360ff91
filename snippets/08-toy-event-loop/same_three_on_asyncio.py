"""The toy loop's breakfast, on the real asyncio event loop."""

import asyncio
import time
from asyncio import sleep  # the only change to cook(): whose sleep it awaits


async def cook(dish: str, steps: list[tuple[str, float]]) -> str:
    planned = 0.0  # the time this step is due, from adding up our own sleeps
    for what, seconds in steps:
        print(f"{planned:.1f} s  {dish}: {what} ({seconds} s)")
        await sleep(seconds)
        planned += seconds
    print(f"{planned:.1f} s  {dish}: ready")
    return dish


MENU = {
    "tea": [("kettle on", 0.5), ("steeping", 1.5)],
    "eggs": [("boiling", 1.5)],
    "toast": [("toasting", 1.0)],
}


async def main() -> None:
    started = time.monotonic()
    # gather wraps each coroutine in an asyncio.Task, in this order, and
    # waits for all of them: the job ToyLoop.create_task and run() did.
    results = await asyncio.gather(*(cook(dish, steps) for dish, steps in MENU.items()))
    elapsed = time.monotonic() - started
    one_by_one = sum(seconds for steps in MENU.values() for _, seconds in steps)
    print(f"served {results}")
    # Whole seconds, rounded down after adding 0.1 s in case a clock ticks a little
    # early: it would take 0.9 s of lateness on a busy machine to change the digit.
    print(f"took {int(elapsed + 0.1)} s; one dish after another would take {one_by_one} s")


asyncio.run(main())
