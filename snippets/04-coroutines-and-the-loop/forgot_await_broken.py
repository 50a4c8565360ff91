import asyncio


async def save(note: str) -> None:
    await asyncio.sleep(0)  # stands in for writing to a disk or a database
    print(f"saved {note!r}")


async def main() -> None:
    # Bug: this only builds a coroutine object and throws it away. Nothing is saved.
    save("buy milk")
    print("main is done")


asyncio.run(main())
