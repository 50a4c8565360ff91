import asyncio

running: list[str] = []  # the jobs inside the semaphore right now


async def job(name: str, seconds: float, slots: asyncio.Semaphore) -> None:
    async with slots:  # wait here while both slots are taken
        running.append(name)
        print(f"{name} starts   (running: {', '.join(running)})")
        await asyncio.sleep(seconds)  # the work
        running.remove(name)
        print(f"{name} finishes after {seconds} s")
    # Leaving "async with" released the slot: the next waiter starts now.


async def main() -> None:
    slots = asyncio.Semaphore(2)
    # Six jobs of different lengths, at most two at a time.
    lengths = {"a": 0.8, "b": 0.2, "c": 0.4, "d": 0.6, "e": 0.2, "f": 0.4}
    tasks = [
        asyncio.create_task(job(name, seconds, slots), name=f"job {name}")
        for name, seconds in lengths.items()
    ]
    await asyncio.gather(*tasks)


asyncio.run(main())
