import asyncio

DELAYS = {"big.iso": 0.5, "tiny.txt": 0.1, "photo.jpg": 0.3}


async def fetch(filename: str) -> str:
    await asyncio.sleep(DELAYS[filename])  # bigger files take longer
    return f"<contents of {filename}>"


async def fetch_labelled(filename: str) -> tuple[str, str]:
    # Carry the label with the result, so it cannot get separated from it.
    return filename, await fetch(filename)


async def main() -> None:
    filenames = ["big.iso", "tiny.txt", "photo.jpg"]
    downloads = [fetch_labelled(name) for name in filenames]
    for next_done in asyncio.as_completed(downloads):
        filename, contents = await next_done
        print(f"saving {filename}: {contents}")


asyncio.run(main())
