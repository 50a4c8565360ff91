import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SlowPage(BaseHTTPRequestHandler):
    """A pretend website that takes 1 s to answer, like a slow server far away."""

    def do_GET(self) -> None:
        time.sleep(1)  # the server is slow; our program only has to wait for it
        body = f"page {self.path.strip('/')}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the server quiet, so the output shows only the scraper


def start_server() -> str:
    # Port 0: the OS picks a free port. Daemon thread: it stops when the program ends.
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


# region scraper
def fetch(url: str) -> str:
    # A plain blocking function: we only ever run it in a worker thread.
    with urllib.request.urlopen(url) as response:
        return response.read().decode()


async def download(url: str, started: float) -> str:
    asked = time.perf_counter() - started
    # This await really waits cooperatively: a worker thread blocks on the
    # network while the event loop stays free for other work.
    body = await asyncio.to_thread(fetch, url)
    answered = time.perf_counter() - started
    # Whole seconds, rounded down: a busy machine can only add a little time.
    return f"{body}: asked at {int(asked)} s, answered at {int(answered)} s"


async def main() -> None:
    base = start_server()
    urls = [f"{base}/{n}" for n in (1, 2, 3)]
    started = time.perf_counter()
    pages = []
    for url in urls:
        # But we wait for each download before we even start the next one,
        # so there is never more than one in flight.
        pages.append(await download(url, started))
    for page in pages:
        print(page)
    print(f"all three took {int(time.perf_counter() - started)} s")
# endregion scraper


asyncio.run(main())
