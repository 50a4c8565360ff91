import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for a network call
    print(f"{name} finished")
    return f"{name} page"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        # tg.create_task works like asyncio.create_task, and also puts the
        # task in the group.
        slow = tg.create_task(fetch("slow", 0.5))
        fast = tg.create_task(fetch("fast", 0.1))
        print("inside the block: done?", slow.done(), fast.done())
    # Leaving the block waited for every task in the group.
    print("after the block: done?", slow.done(), fast.done())
    print("results:", slow.result(), "and", fast.result())


asyncio.run(main())
