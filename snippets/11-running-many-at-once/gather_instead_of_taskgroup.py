import asyncio

# Which pages link to which: fetching a page reveals more pages to fetch.
LINKS = {"index": ["about", "blog"], "blog": ["post-1", "post-2"]}


async def crawl(page: str) -> None:
    await asyncio.sleep(0.1)  # pretend to download the page
    print(f"fetched {page}")
    # Without a TaskGroup (Python 3.10), each page waits for its own links:
    # gather only returns once all of them, and their links, are done.
    await asyncio.gather(*(crawl(link) for link in LINKS.get(page, [])))


async def main() -> None:
    crawl_task = asyncio.create_task(crawl("index"))
    print("main: crawl started; awaiting it will wait for every page")
    await crawl_task
    print("main: every page fetched")


asyncio.run(main())
