import asyncio


def crunch(chunk: int) -> int:
    # Pure CPU work: no I/O and no await. It stands in for parsing a big
    # file, resizing an image, hashing a password...
    return sum(i * i for i in range(chunk * 100_000))


async def greedy(chunks: int) -> None:
    for chunk in range(1, chunks + 1):
        crunch(chunk)
        print(f"greedy: chunk {chunk} done")
        # No await anywhere in this loop, so this task never hands control
        # back to the event loop until the whole loop is over.


async def heartbeat(name: str, beats: int) -> None:
    for beat in range(1, beats + 1):
        print(f"{name}: beat {beat}")
        await asyncio.sleep(0)  # let the other tasks have a turn


async def main() -> None:
    await asyncio.gather(
        heartbeat("heartbeat A", 3),
        heartbeat("heartbeat B", 3),
        greedy(3),
    )


asyncio.run(main())
