import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for a network call
    print(f"{name} finished")
    return f"{name} page"


async def main() -> None:
    # Three downloads of different lengths: slow is passed first but
    # finishes last.
    results = await asyncio.gather(
        fetch("slow", 0.5),
        fetch("fast", 0.1),
        fetch("medium", 0.3),
    )
    # The results come back in the order the coroutines were passed in,
    # whatever order they finished in.
    print(results)

    # With a list, unpack it with *. The results line up with the list.
    names = ["x", "y", "z"]
    pages = await asyncio.gather(*[fetch(n, 0.1) for n in names])
    for name, page in zip(names, pages):
        print(f"{name} -> {page}")


asyncio.run(main())
