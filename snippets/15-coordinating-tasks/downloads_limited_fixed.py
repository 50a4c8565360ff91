import asyncio
import time


class Server:
    """A pretend server that can serve 10 requests at a time."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.open = 0  # requests in progress right now
        self.peak = 0  # the most it ever had at once

    async def get(self) -> int:
        self.open += 1
        self.peak = max(self.peak, self.open)
        overloaded = self.open > self.capacity
        try:
            await asyncio.sleep(0.1)  # the time one request takes
            return 503 if overloaded else 200  # 503: Service Unavailable
        finally:
            self.open -= 1


def about(seconds: float) -> str:
    # Tell apart 0.1 s (all at once), 1 s (ten rounds) and 10 s (one by one).
    if seconds < 0.3:
        return "about 0.1 s"
    return "about 1 s" if seconds < 3 else "about 10 s"


async def download(server: Server, limit: asyncio.Semaphore) -> int:
    # At most 10 tasks can be inside this block at once; the 11th waits at
    # "async with" until one of them leaves and releases its slot.
    async with limit:
        return await server.get()


async def main() -> None:
    server = Server(capacity=10)
    limit = asyncio.Semaphore(10)
    start = time.perf_counter()
    statuses = await asyncio.gather(*(download(server, limit) for _ in range(100)))
    elapsed = time.perf_counter() - start
    print(f"200 OK: {statuses.count(200)}, 503 busy: {statuses.count(503)}")
    print(f"peak: {server.peak} requests at once")
    print(f"took {about(elapsed)}")


asyncio.run(main())
