import asyncio
import time


# region lookup
def slow_lookup(name: str) -> str:
    # An ordinary blocking function. time.sleep stands in for requests.get,
    # a database driver or a big file read: each holds its thread until done.
    time.sleep(0.6)
    return f"{name}: found"
# endregion lookup


# region heartbeat
async def heartbeat() -> None:
    # Beats every 0.4 s and says when a beat came much later than planned:
    # that can only happen if something kept the event loop from running.
    beat = 0
    while True:
        planned = time.monotonic() + 0.4
        await asyncio.sleep(0.4)
        beat += 1
        late = time.monotonic() - planned > 0.1
        print(f"heartbeat: beat {beat}" + (" (late: the loop was frozen)" if late else ""))
# endregion heartbeat


# region lookups
async def blocking_lookup() -> None:
    print("blocking lookup: calling slow_lookup() right here")
    print(f"blocking lookup: {slow_lookup('ada')}")


async def threaded_lookup() -> None:
    print("threaded lookup: handing slow_lookup() to a worker thread")
    # to_thread runs the function in a worker thread and gives us something to
    # await: this task is suspended, and the loop is free, until it returns.
    print(f"threaded lookup: {await asyncio.to_thread(slow_lookup, 'bob')}")


async def main() -> None:
    beats = asyncio.create_task(heartbeat(), name="heartbeat")
    await asyncio.create_task(blocking_lookup(), name="blocking lookup")
    await asyncio.create_task(threaded_lookup(), name="threaded lookup")
    beats.cancel()


asyncio.run(main())
# endregion lookups
