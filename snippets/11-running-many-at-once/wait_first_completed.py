import asyncio

MIRRORS = {"mirror-eu": 0.5, "mirror-us": 0.1, "mirror-asia": 1.0}


async def download(mirror: str) -> str:
    try:
        await asyncio.sleep(MIRRORS[mirror])  # each mirror has its own speed
        return f"file from {mirror}"
    except asyncio.CancelledError:
        print(f"{mirror}: cancelled")
        raise


async def main() -> None:
    # asyncio.wait takes tasks (not coroutines) and gives back two sets.
    tasks = [asyncio.create_task(download(m), name=m) for m in MIRRORS]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)

    winner = done.pop()
    print("first back:", winner.get_name(), "->", winner.result())
    # Sets have no order: sort them before printing or acting on them.
    print("still running:", sorted(t.get_name() for t in pending))

    # wait() never cancels anything. The losers keep downloading until we
    # cancel them ourselves, and wait for them to wind down.
    for task in sorted(pending, key=lambda t: t.get_name()):
        task.cancel()
    await asyncio.wait(pending)
    print("all cancelled:", all(t.cancelled() for t in pending))


asyncio.run(main())
