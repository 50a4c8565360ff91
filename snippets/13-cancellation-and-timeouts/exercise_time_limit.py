# Fetch a report from a server that takes 1 s to answer, when 0.3 s is all
# we are willing to wait. The connection must be closed however it ends.
import asyncio
import time

open_connections = 0


async def fetch_report() -> str:
    global open_connections
    open_connections += 1
    print("connection opened")
    await asyncio.sleep(1)  # the slow server
    open_connections -= 1
    print("connection closed")
    return "report"


async def main() -> None:
    started = time.perf_counter()
    try:
        report = await fetch_report()
        print(f"got the {report}")
    except TimeoutError:
        print("no report: the server took too long")
    elapsed = time.perf_counter() - started
    print("waited about", "0.3 s" if elapsed < 0.65 else "1 s")
    print("open connections:", open_connections)


asyncio.run(main())
