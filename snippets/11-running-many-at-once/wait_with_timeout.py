import asyncio


async def job(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name} result"


async def main() -> None:
    tasks = [
        asyncio.create_task(job("quick", 0.1), name="quick"),
        asyncio.create_task(job("steady", 0.2), name="steady"),
        asyncio.create_task(job("sluggish", 1.0), name="sluggish"),
    ]
    # ALL_COMPLETED is the default, but the timeout comes first: wait()
    # returns after 0.5 s with whatever is done. It raises no error.
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))

    # The pending task was not cancelled: it is still running, and we can
    # go on waiting for it.
    sluggish = pending.pop()
    print("sluggish cancelled?", sluggish.cancelled())
    print("waiting a bit longer:", await sluggish)


asyncio.run(main())
