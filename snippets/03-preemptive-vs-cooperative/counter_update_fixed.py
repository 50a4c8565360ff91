import asyncio

counter = 0


async def add(name: str, times: int) -> None:
    global counter
    for _ in range(times):
        # Read, add, write with no await in between: no other task can run
        # in the middle, so no update is lost.
        current = counter  # read
        print(f"{name} read {current}")
        counter = current + 1  # write
        print(f"{name} wrote {counter}")
        # The tasks still take turns, but only between whole updates.
        await asyncio.sleep(0)


async def main() -> None:
    await asyncio.gather(add("task 1", 3), add("task 2", 3))
    print(f"expected 6, got {counter}")


asyncio.run(main())
