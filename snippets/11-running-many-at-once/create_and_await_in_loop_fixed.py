import asyncio
import time


async def download(name: str) -> str:
    print(f"{name}: start")
    await asyncio.sleep(0.4)  # pretend the network is slow
    print(f"{name}: done")
    return f"{name}.html"


async def main() -> None:
    started = time.perf_counter()
    # First start every download...
    tasks = [
        asyncio.create_task(download(name), name=f"download {name}")
        for name in ["a", "b", "c"]
    ]
    # ...then wait for them. While main waits for the first one, the
    # other two are already running.
    pages = [await task for task in tasks]
    elapsed = time.perf_counter() - started

    print(pages)
    # Three 0.4 s waits: about 0.4 s if they overlapped, 1.2 s if not.
    print("took about", "0.4 s" if elapsed < 0.8 else "1.2 s")


asyncio.run(main())
