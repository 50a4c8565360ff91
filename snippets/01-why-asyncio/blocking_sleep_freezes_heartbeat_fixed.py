# A heartbeat that should tick every second, and a coroutine that waits 2 s
# the right way: await asyncio.sleep gives the event loop back, so the
# heartbeat keeps ticking while the slow step waits.
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
    await asyncio.sleep(2)  # waits without blocking: the heartbeat runs meanwhile
    print(f"[{now()}] slow step: done")


async def main() -> None:
    await asyncio.gather(heartbeat(), slow_step())


asyncio.run(main())
