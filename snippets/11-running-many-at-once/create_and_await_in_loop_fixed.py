import asyncio
import time


async def download(name: str) -> str:
    print(f"{name}: start")
    await asyncio.sleep(0.3)  # pretend the network is slow
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
    # Three 0.3 s waits: about 0.3 s if they overlapped, 0.9 s if not.
    print("took about", "0.3 s" if elapsed < 0.6 else "0.9 s")


asyncio.run(main())
