import asyncio

DELAYS = {"big.iso": 0.5, "tiny.txt": 0.1, "photo.jpg": 0.3}


async def fetch(filename: str) -> str:
    await asyncio.sleep(DELAYS[filename])  # bigger files take longer
    return f"<contents of {filename}>"


async def main() -> None:
    filenames = ["big.iso", "tiny.txt", "photo.jpg"]
    downloads = [fetch(name) for name in filenames]
    # Pairs each result with a file name by position. But as_completed
    # yields in finishing order, not in the order of filenames.
    for filename, next_done in zip(filenames, asyncio.as_completed(downloads)):
        contents = await next_done
        print(f"saving {filename}: {contents}")


asyncio.run(main())
