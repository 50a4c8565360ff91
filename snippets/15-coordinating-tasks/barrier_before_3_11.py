import asyncio


class OneRoundBarrier:
    """What asyncio.Barrier does, for a single round, on Python 3.10."""

    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.arrived = 0
        self.everyone_here = asyncio.Event()

    async def wait(self) -> None:
        # No await between the count and the check, so no other task can
        # slip in between them: this needs no lock.
        self.arrived += 1
        if self.arrived == self.parties:
            self.everyone_here.set()  # the last one in opens the gate
        await self.everyone_here.wait()


async def player(name: str, load_time: float, barrier: OneRoundBarrier) -> None:
    await asyncio.sleep(load_time)  # load the level, at this player's speed
    print(f"{name} loaded, {barrier.arrived} of {barrier.parties} already waiting")
    await barrier.wait()
    print(f"{name} plays")


async def main() -> None:
    barrier = OneRoundBarrier(3)
    await asyncio.gather(
        player("ada", 0.3, barrier),
        player("bob", 0.1, barrier),
        player("cy", 0.2, barrier),
    )


asyncio.run(main())
