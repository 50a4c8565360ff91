import asyncio


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


async def main() -> None:
    server = Server(capacity=10)
    # 100 coroutines, all started at once: nothing holds any of them back.
    statuses = await asyncio.gather(*(server.get() for _ in range(100)))
    print(f"200 OK: {statuses.count(200)}, 503 busy: {statuses.count(503)}")
    print(f"peak: {server.peak} requests at once")


asyncio.run(main())
