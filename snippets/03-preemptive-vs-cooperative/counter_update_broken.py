import asyncio

counter = 0


async def add(name: str, times: int) -> None:
    global counter
    for _ in range(times):
        current = counter  # read
        print(f"{name} read {current}")
        # An await between the read and the write: other tasks run here,
        # and they read the same old value.
        await asyncio.sleep(0)
        counter = current + 1  # write
        print(f"{name} wrote {counter}")


async def main() -> None:
    await asyncio.gather(add("task 1", 3), add("task 2", 3))
    print(f"expected 6, got {counter}")


asyncio.run(main())
