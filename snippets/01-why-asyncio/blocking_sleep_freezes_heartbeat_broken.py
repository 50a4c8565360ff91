# A heartbeat that should tick every second, and a coroutine that waits 2 s
# the wrong way: time.sleep blocks the whole thread, and with it the event
# loop, so no other coroutine can run until it returns.
import asyncio
import time

started = time.perf_counter()


def now() -> str:
    # Whole seconds since the start, rounded down (after adding 0.1 s in case a
    # clock ticks a little early). A busy machine only makes things late, and it
    # would take 0.9 s of lateness to change a digit.
    return f"{int(time.perf_counter() - started + 0.1)} s"


async def heartbeat() -> None:
    for tick in range(2):
        if tick:
            await asyncio.sleep(1)
        print(f"[{now()}] heartbeat: tick {tick}")


async def slow_step() -> None:
    print(f"[{now()}] slow step: waiting 2 s")
    time.sleep(2)  # BLOCKS: the loop cannot run the heartbeat meanwhile
    print(f"[{now()}] slow step: done")


async def main() -> None:
    await asyncio.gather(heartbeat(), slow_step())


asyncio.run(main())
