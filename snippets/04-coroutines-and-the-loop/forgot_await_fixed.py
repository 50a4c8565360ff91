import asyncio


async def save(note: str) -> None:
    await asyncio.sleep(0)  # stands in for writing to a disk or a database
    print(f"saved {note!r}")


async def main() -> None:
    # await runs the coroutine and waits here until it has finished.
    await save("buy milk")
    print("main is done")


asyncio.run(main())
