import asyncio


async def job(name: str) -> str:
    print(f"{name}: running")
    await asyncio.sleep(0.1)
    print(f"{name}: finished")
    return name.upper()


async def main() -> None:
    # gather() is a plain function, not a coroutine: the call itself wraps
    # each coroutine in a task and schedules it, then returns a future.
    everything = asyncio.gather(job("a"), job("b"))
    print("main: gather() returned, done() =", everything.done())

    # main now waits on something else. The two jobs run meanwhile,
    # although nobody has awaited the gather yet.
    await asyncio.sleep(0.5)
    print("main: back from my own wait, done() =", everything.done())

    # Awaiting only collects the results; there is nothing left to wait for.
    print("main: results", await everything)


asyncio.run(main())
