# Four pages to download, and their contents wanted in the order of the list.
import asyncio
import time

SECONDS = {"home": 0.6, "blog": 1.0, "shop": 0.4, "faq": 0.2}  # each page's wait


async def download(page: str) -> str:
    print(f"{page}: start")
    await asyncio.sleep(SECONDS[page])  # stands in for the network
    print(f"{page}: done")
    return f"<{page}.html>"


async def main() -> None:
    started = time.perf_counter()
    pages = [await download(page) for page in SECONDS]
    elapsed = time.perf_counter() - started
    print(pages)
    # 1.0 s if the downloads overlap (the longest one), 2.2 s if they add up.
    print("took about", "1.0 s" if elapsed < 1.6 else "2.2 s")


asyncio.run(main())
