import asyncio
import time


def is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


async def ticker(ticks: list[float]) -> None:
    # Stands in for everything else the loop serves: timers, sockets, tasks.
    while True:
        await asyncio.sleep(0.02)
        ticks.append(time.monotonic())


# region in_one_go
async def count_in_one_go(limit: int) -> int:
    return sum(1 for n in range(limit) if is_prime(n))
# endregion in_one_go


# region in_slices
async def count_in_slices(limit: int, slice_seconds: float = 0.01) -> int:
    count = 0
    slice_ends = time.monotonic() + slice_seconds
    for n in range(limit):
        count += is_prime(n)
        if time.monotonic() >= slice_ends:
            # This slice is used up: step aside so the loop can run whatever
            # is due (timers, I/O, other tasks), then carry on where we were.
            await asyncio.sleep(0)
            slice_ends = time.monotonic() + slice_seconds
    return count
# endregion in_slices


# region main
async def measure(label: str, counting) -> None:
    ticks: list[float] = []
    ticking = asyncio.create_task(ticker(ticks))
    await asyncio.sleep(0)  # let the ticker start its first sleep
    started = time.monotonic()
    count = await counting
    finished = time.monotonic()
    ticking.cancel()
    ticked = any(started < tick < finished for tick in ticks)
    print(f"{label}: {count} primes; the ticker ticked meanwhile: {ticked}")


async def main() -> None:
    await measure("in one go", count_in_one_go(50_000))
    await measure("in 10 ms slices", count_in_slices(50_000))


asyncio.run(main())
# endregion main
