import asyncio
import inspect
import types
from collections.abc import Generator
from typing import Any


# region custom
class Countdown:
    """Awaiting a Countdown gives the event loop a few turns, then produces "lift-off"."""

    def __init__(self, steps: int) -> None:
        self.steps = steps

    def __await__(self) -> Generator[Any, None, str]:
        # `await` calls __await__, which must return an iterator. A generator is the
        # easy way to write one: its pauses become the pauses of whoever awaits us,
        # and its return value becomes the value of the `await` expression.
        for left in range(self.steps, 0, -1):
            print(f"    countdown {left}")
            yield from asyncio.sleep(0).__await__()  # pause exactly like sleep(0) does
        return "lift-off"


class Settings:
    """`await Settings()` runs an async set-up step and gives back the ready object."""

    async def _load(self) -> "Settings":
        await asyncio.sleep(0)  # stands in for reading a file or a database
        self.theme = "dark"
        return self

    def __await__(self) -> Generator[Any, None, "Settings"]:
        # The other common pattern: hand over the iterator of a coroutine.
        return self._load().__await__()


@types.coroutine
def old_style_pause() -> Generator[None, None, str]:
    # A generator-based coroutine: a plain generator function marked with
    # @types.coroutine. It has no __await__, yet `await` accepts what it returns.
    yield  # a bare yield hands None up to the task: "give the loop a turn"
    return "returned by a generator-based coroutine"
# endregion custom


# region main
async def produce(value: str) -> str:
    await asyncio.sleep(0)
    return value


async def main() -> None:
    loop = asyncio.get_running_loop()
    future = loop.create_future()  # an empty box for a result
    loop.call_soon(future.set_result, "filled in by a callback")  # someone fills it later

    things = [
        produce("returned by a coroutine"),
        asyncio.create_task(produce("returned by a task")),
        future,
        Countdown(2),
    ]
    for thing in things:
        print(f"{type(thing).__name__}: isawaitable = {inspect.isawaitable(thing)}")
        print("  await gave:", await thing)

    settings = await Settings()
    print("Settings: theme =", settings.theme)

    # The older fourth kind: a generator made awaitable by @types.coroutine.
    legacy = old_style_pause()
    print(f"{type(legacy).__name__} from @types.coroutine: isawaitable = "
          f"{inspect.isawaitable(legacy)}, has __await__ = {hasattr(legacy, '__await__')}")
    print("  await gave:", await legacy)

    # Anything without __await__ cannot be awaited.
    print("int: isawaitable =", inspect.isawaitable(42))
    try:
        await 42
    except TypeError as error:
        print("  await raised TypeError:", error)


asyncio.run(main())
# endregion main
