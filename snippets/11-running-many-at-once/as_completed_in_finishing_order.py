import asyncio


async def fetch(name: str, seconds: float) -> tuple[str, str]:
    await asyncio.sleep(seconds)  # stands in for a network call
    print(f"  ({name} finished)")
    # Return the name with the page: as_completed does not say which
    # coroutine a result came from.
    return name, f"{name} page"


async def main() -> None:
    downloads = [fetch("slow", 1.0), fetch("fast", 0.2), fetch("medium", 0.6)]
    # as_completed starts all three, then hands out awaitables that give
    # the results in the order the downloads finish.
    for next_done in asyncio.as_completed(downloads):
        name, page = await next_done
        print(f"main: got {page!r}, handling it now")


asyncio.run(main())
