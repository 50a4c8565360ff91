# Three coroutines add to one shared counter, 10,000 times each, with no lock.
# They run in one thread, and another coroutine can only run where this one
# says `await`. Nothing can sneak in between reading and writing `counter`.
import asyncio
import threading

counter = 0
threads_used: set[str] = set()


async def add(times: int) -> None:
    global counter
    for _ in range(times):
        counter += 1  # read, add, write: no await in between, so no switch
        await asyncio.sleep(0)  # the switch point: let the others take a turn
    threads_used.add(threading.current_thread().name)


async def main() -> None:
    await asyncio.gather(add(10_000), add(10_000), add(10_000))
    print(f"counter: {counter} (expected 30000)")
    print(f"threads that ran the coroutines: {sorted(threads_used)}")


asyncio.run(main())
