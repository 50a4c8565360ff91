import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


# region server
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
# endregion server


# region scraper
async def download(url: str, started: float) -> str:
    asked = time.perf_counter() - started
    # `async def` does not make this call cooperative: urlopen blocks the whole
    # thread until the answer arrives, and the event loop runs in that thread.
    with urllib.request.urlopen(url) as response:
        body = response.read().decode()
    answered = time.perf_counter() - started
    # Whole seconds, rounded down: a busy machine can only add a little time.
    return f"{body}: asked at {int(asked)} s, answered at {int(answered)} s"


async def main() -> None:
    base = start_server()
    urls = [f"{base}/{n}" for n in (1, 2, 3)]
    started = time.perf_counter()
    # gather starts all three, but each one holds the loop until its page arrives.
    pages = await asyncio.gather(*(download(url, started) for url in urls))
    for page in pages:
        print(page)
    print(f"all three took {int(time.perf_counter() - started)} s")
# endregion scraper


asyncio.run(main())
