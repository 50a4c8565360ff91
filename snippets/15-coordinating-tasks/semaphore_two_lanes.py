import asyncio

inside = 0  # jobs holding a slot right now
most_inside = 0  # the most there ever were at once


async def job(name: str, seconds: float, slots: asyncio.Semaphore) -> None:
    global inside, most_inside
    async with slots:  # wait here while both slots are taken
        inside += 1
        most_inside = max(most_inside, inside)
        print(f"{name} gets a slot")
        await asyncio.sleep(seconds)  # the work
        inside -= 1
    # Leaving "async with" released the slot: the job that has waited
    # longest gets it next.


async def main() -> None:
    slots = asyncio.Semaphore(2)
    # Six jobs of different lengths, at most two at a time.
    lengths = {"a": 0.8, "b": 0.2, "c": 0.4, "d": 0.6, "e": 0.2, "f": 0.4}
    tasks = [
        asyncio.create_task(job(name, seconds, slots), name=f"job {name}")
        for name, seconds in lengths.items()
    ]
    await asyncio.gather(*tasks)
    print(f"all {len(tasks)} done, never more than {most_inside} at once")


asyncio.run(main())
