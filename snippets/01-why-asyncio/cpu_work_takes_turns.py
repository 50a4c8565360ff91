# Two coroutines that compute instead of wait. Each does its work in three
# chunks and offers to switch (await asyncio.sleep(0)) between chunks.
# We count how many chunks are running at the same moment.
import asyncio

running_now = 0
most_running_at_once = 0


def crunch() -> int:
    # Pure computation: nothing to wait for, so nothing to overlap.
    return sum(i * i for i in range(200_000))


async def worker(name: str) -> None:
    global running_now, most_running_at_once
    for chunk in range(1, 4):
        running_now += 1
        most_running_at_once = max(most_running_at_once, running_now)
        print(f"{name}: chunk {chunk} starts")
        crunch()
        print(f"{name}: chunk {chunk} ends")
        running_now -= 1
        await asyncio.sleep(0)  # let the other worker have a turn


async def main() -> None:
    await asyncio.gather(worker("A"), worker("B"))
    print(f"most chunks running at the same moment: {most_running_at_once}")


asyncio.run(main())
