import asyncio


async def download(name: str, seconds: float) -> str:
    # Each download gets its own limit of 0.6 s.
    async with asyncio.timeout(0.6):
        try:
            await asyncio.sleep(seconds)  # the transfer
            print(f"{name}: done")
            return f"{name}: ok"
        except asyncio.CancelledError:
            print(f"{name}: cut short, closing the connection")
            await asyncio.sleep(0.1)  # a polite goodbye to the server
            print(f"{name}: connection closed")
            raise


async def main() -> None:
    results = await asyncio.gather(
        asyncio.create_task(download("small", 0.2), name="small"),
        asyncio.create_task(download("medium", 0.4), name="medium"),
        asyncio.create_task(download("huge", 1.0), name="huge"),
        return_exceptions=True,  # a TimeoutError becomes a value in the list
    )
    for result in results:
        print(repr(result))


asyncio.run(main())
