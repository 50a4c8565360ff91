import asyncio


async def player(name: str, load_time: float, barrier: asyncio.Barrier) -> None:
    for round_number in (1, 2):
        await asyncio.sleep(load_time)  # load the level, at this player's speed
        print(f"round {round_number}: {name} loaded, "
              f"{barrier.n_waiting} of {barrier.parties} already waiting")
        # Nobody gets past this line until all three have reached it.
        ticket = await barrier.wait()  # a different number for each task
        print(f"round {round_number}: {name} plays (wait() returned {ticket})")


async def main() -> None:
    barrier = asyncio.Barrier(3)  # Python 3.11+
    await asyncio.gather(
        player("ada", 0.3, barrier),
        player("bob", 0.1, barrier),
        player("cy", 0.2, barrier),
    )


asyncio.run(main())
