import asyncio

# Which pages link to which: fetching a page reveals more pages to fetch.
LINKS = {"index": ["about", "blog"], "blog": ["post-1", "post-2"]}


async def crawl(tg: asyncio.TaskGroup, page: str) -> None:
    await asyncio.sleep(0.1)  # pretend to download the page
    print(f"fetched {page}")
    for link in LINKS.get(page, []):
        # A task can add more tasks to the group while the group is open.
        tg.create_task(crawl(tg, link), name=link)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "index"), name="index")
        print("main: crawl started; leaving the block will wait for it")
    # The block ends only when every task in the group has finished,
    # including the ones created after main reached the end of the block.
    print("main: every page fetched")


asyncio.run(main())
