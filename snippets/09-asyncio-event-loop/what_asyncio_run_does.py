"""What asyncio.run does before and after it runs your coroutine."""
import asyncio
import time
from collections.abc import AsyncIterator

loops_seen: list[asyncio.AbstractEventLoop] = []
# A module-level name keeps the async generator alive after main() returns,
# so only the loop's clean-up can close it.
open_generator: AsyncIterator[int] | None = None


# region helpers
async def forgotten_task() -> None:
    try:
        await asyncio.sleep(60)  # far longer than main() will last
    except asyncio.CancelledError:
        print("  leftover task: cancelled by asyncio.run")
        raise


async def numbers() -> AsyncIterator[int]:
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("  async generator: closed by asyncio.run")


def slow_job_in_a_thread() -> None:
    time.sleep(1)  # runs in the default thread pool, not on the loop
    print("  executor job: finished, and asyncio.run waited for it")
# endregion helpers


# region main
async def main() -> str:
    global open_generator
    loop = asyncio.get_running_loop()
    loops_seen.append(loop)
    print(f"main: running on a new loop, closed={loop.is_closed()}")

    asyncio.create_task(forgotten_task())  # started, never awaited
    open_generator = numbers()
    await anext(open_generator)  # take one value; the generator stays open
    loop.run_in_executor(None, slow_job_in_a_thread)  # result never awaited

    await asyncio.sleep(0)  # let the leftover task start
    print("main: returning")
    return "main's result"
# endregion main


# region run_twice
async def just_note_the_loop() -> None:
    loops_seen.append(asyncio.get_running_loop())


result = asyncio.run(main())
print(f"asyncio.run returned {result!r}")
print(f"the loop is closed now: {loops_seen[0].is_closed()}")

asyncio.run(just_note_the_loop())
print(f"a second asyncio.run used a new loop: {loops_seen[1] is not loops_seen[0]}")
# endregion run_twice
