import asyncio
import time

import aiohttp
from aiohttp import web


# region server
async def slow_hello(request: web.Request) -> web.Response:
    # Play a slow website: wait one second, then answer. Because this is
    # asyncio.sleep, the server can serve other requests during that second.
    await asyncio.sleep(1)
    return web.Response(text=f"hello from {request.path}")


async def start_server() -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_get("/{page}", slow_hello)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    # Port 0 lets the operating system pick any free port on this machine only.
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    # runner.addresses reads the real address from the site's listening socket.
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"
# endregion server


def whole_seconds_since(started: float) -> int:
    # Rounded down, after adding 0.1 s in case a clock ticks a little early: a busy
    # machine only makes answers late, and it would take 0.9 s to change a digit.
    return int(time.perf_counter() - started + 0.1)


# region fetch
async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    # Each await below is a point where this coroutine waits for the network
    # and the event loop is free to run something else.
    async with session.get(url) as response:
        return await response.text()
# endregion fetch


async def main() -> None:
    runner, base_url = await start_server()
    urls = [f"{base_url}/{page}" for page in ("one", "two", "three")]
    try:
        async with aiohttp.ClientSession() as session:
            # region sequential
            started = time.perf_counter()
            for url in urls:
                # Each request must finish before the next one starts.
                print(await fetch(session, url))
            print(f"one after another: {whole_seconds_since(started)} s")
            # endregion sequential

            # region concurrent
            started = time.perf_counter()
            # gather starts all three, then waits until every one has its answer.
            # The answers come back in the order the URLs were given.
            pages = await asyncio.gather(*(fetch(session, url) for url in urls))
            for page in pages:
                print(page)
            print(f"all at once with gather: {whole_seconds_since(started)} s")
            # endregion concurrent
    finally:
        await runner.cleanup()


asyncio.run(main())
