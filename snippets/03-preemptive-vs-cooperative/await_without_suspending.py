import asyncio


async def crunch(chunk: int) -> int:
    # An `async def` that never awaits anything that has to wait. Calling
    # and awaiting it runs it straight through, like a normal function.
    return sum(i * i for i in range(chunk * 100_000))


async def greedy(chunks: int) -> None:
    for chunk in range(1, chunks + 1):
        # This `await` never pauses: crunch() finishes without suspending,
        # so control never gets back to the event loop here.
        await crunch(chunk)
        print(f"greedy: chunk {chunk} done")


async def heartbeat(name: str, beats: int) -> None:
    for beat in range(1, beats + 1):
        print(f"{name}: beat {beat}")
        await asyncio.sleep(0)  # this await really does hand over


async def main() -> None:
    await asyncio.gather(
        heartbeat("heartbeat A", 3),
        heartbeat("heartbeat B", 3),
        greedy(3),
    )


asyncio.run(main())
