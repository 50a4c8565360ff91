import asyncio
import sys
import time


# region count_primes
def count_primes(limit: int) -> int:
    # Pure-Python CPU work: no I/O, nothing to wait for, just bytecode.
    return sum(1 for n in range(2, limit) if all(n % d for d in range(2, int(n**0.5) + 1)))
# endregion count_primes


async def ticker(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.02)
        ticks.append(time.monotonic())


async def main() -> None:
    ticks: list[float] = []
    ticking = asyncio.create_task(ticker(ticks))
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    # Two CPU-heavy jobs, each in its own worker thread.
    counts = await asyncio.gather(*(asyncio.to_thread(count_primes, 50_000) for _ in range(2)))
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start  # CPU time of all this process's threads
    ticking.cancel()

    print(f"both threads counted {counts[0]} primes")
    print(f"the loop kept ticking meanwhile: {len(ticks) > 0}")
    # With the GIL, only one thread runs Python code at any moment, so the
    # process can use at most one core's worth of CPU time per second.
    print(f"cores busy at once, on average: {'one or fewer' if cpu / wall < 1.5 else 'more than one'}")
    # sys._is_gil_enabled() arrived in 3.13; before that, every CPython had a GIL.
    print(f"GIL enabled: {getattr(sys, '_is_gil_enabled', lambda: True)()}")


asyncio.run(main())
