import asyncio


class Gauge:
    """Counts the jobs inside the semaphore, and the most there ever were."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0


async def job(slots: asyncio.Semaphore, gauge: Gauge) -> None:
    async with slots:
        gauge.now += 1
        gauge.peak = max(gauge.peak, gauge.now)
        await asyncio.sleep(0.1)
        gauge.now -= 1


async def peak_with(slots: asyncio.Semaphore) -> int:
    gauge = Gauge()
    await asyncio.gather(*(job(slots, gauge) for _ in range(6)))
    return gauge.peak


async def main() -> None:
    # The bug: one release() too many, say from an error path that releases
    # a slot it never acquired. A plain Semaphore quietly grows a third slot.
    plain = asyncio.Semaphore(2)
    plain.release()
    print("Semaphore(2) after an extra release(): peak", await peak_with(plain))

    # A BoundedSemaphore knows its starting value and refuses to go above it.
    bounded = asyncio.BoundedSemaphore(2)
    try:
        bounded.release()
    except ValueError as error:
        print(f"BoundedSemaphore(2) refused the extra release(): {error}")
    print("BoundedSemaphore(2): peak", await peak_with(bounded))


asyncio.run(main())
