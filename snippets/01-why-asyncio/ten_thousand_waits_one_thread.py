# 10,000 coroutines, each waiting 1 s, all at the same time, in one thread.
# With threads you would need 10,000 of them, each with its own stack.
import asyncio
import threading
import time

waiting_now = 0
most_waiting_at_once = 0


async def wait_one_second() -> None:
    global waiting_now, most_waiting_at_once
    waiting_now += 1
    most_waiting_at_once = max(most_waiting_at_once, waiting_now)
    await asyncio.sleep(1)
    waiting_now -= 1


async def main() -> None:
    started = time.perf_counter()
    await asyncio.gather(*(wait_one_second() for _ in range(10_000)))
    elapsed = time.perf_counter() - started

    print(f"threads in this process: {threading.active_count()}")
    # All 10,000 coroutines start before the loop checks any timer, so this
    # count does not depend on how fast the machine is.
    print(f"waits in progress at the busiest moment: {most_waiting_at_once}")
    print("one after another, the waits would take: 10000 s")
    # On a quiet machine the run takes a little over 1 s; a very busy one can
    # stretch that to a few seconds. Print a bound that no load can change.
    verdict = "under 10 s" if elapsed < 10 else "10 s or more"
    print(f"all at once, they took: {verdict}")


asyncio.run(main())
