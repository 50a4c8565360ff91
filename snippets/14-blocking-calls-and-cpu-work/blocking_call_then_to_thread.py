import asyncio
import time


# region lookup
def slow_lookup(name: str) -> str:
    # An ordinary blocking function. time.sleep stands in for requests.get,
    # a database driver or a big file read: each holds its thread until done.
    time.sleep(0.8)
    return f"{name}: found"
# endregion lookup


# region heartbeat
async def heartbeat() -> None:
    # Two beats, 0.2 s apart. Each comes on time if the loop is free to run
    # the timer that wakes it, and late if something holds the loop.
    for beat in (1, 2):
        await asyncio.sleep(0.2)
        print(f"heartbeat: beat {beat}")
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
    await asyncio.create_task(blocking_lookup(), name="blocking")
    await asyncio.create_task(threaded_lookup(), name="threaded")
    await beats


asyncio.run(main())
# endregion lookups
