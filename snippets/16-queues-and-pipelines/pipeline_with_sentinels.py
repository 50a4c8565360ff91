import asyncio

# Pages to fetch and how long each one takes, in seconds.
PAGES = {"/home": 1.5, "/about": 0.5, "/blog": 0.5, "/shop": 1.5, "/faq": 0.5}
DONE = None  # the sentinel: a value that is never a real item
FETCHERS = 2


async def produce(urls: asyncio.Queue) -> None:
    for url in PAGES:
        await urls.put(url)
    # One sentinel per task that reads this queue: each fetcher stops at
    # the first one it gets, so it never sees a second one.
    for _ in range(FETCHERS):
        await urls.put(DONE)


async def fetch(name: str, urls: asyncio.Queue, pages: asyncio.Queue) -> None:
    while True:
        url = await urls.get()
        if url is DONE:
            print(f"{name}: got the sentinel, stopping")
            return
        await asyncio.sleep(PAGES[url])  # stands in for an HTTP request
        await pages.put(f"<html>{url}</html>")


async def save(pages: asyncio.Queue) -> None:
    saved = 0
    while True:
        page = await pages.get()
        if page is DONE:
            print(f"saver: got the sentinel after {saved} pages, stopping")
            return
        saved += 1
        print(f"saver: saved {page}")


async def main() -> None:
    # Small queues: a stage that runs ahead waits for the next one.
    urls: asyncio.Queue = asyncio.Queue(maxsize=2)
    pages: asyncio.Queue = asyncio.Queue(maxsize=2)
    saver = asyncio.create_task(save(pages))
    await asyncio.gather(
        produce(urls),
        *(fetch(f"fetcher-{n}", urls, pages) for n in range(1, FETCHERS + 1)),
    )
    # Only now, with both fetchers stopped, can nothing more reach `pages`:
    # the saver's sentinel goes in last, behind every real page.
    await pages.put(DONE)
    await saver


asyncio.run(main())
