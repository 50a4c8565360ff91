# Resize 24 photos on the event loop while a heartbeat shows the app is alive.
import asyncio
import time


def resize(photo: int) -> None:
    # Stands in for 10 ms of computing. A loop that watches the clock keeps
    # the CPU busy for that long on a fast machine and on a slow one alike.
    busy_until = time.perf_counter() + 0.01
    while time.perf_counter() < busy_until:
        pass


async def resize_all(photos: int, slice_seconds: float = 0.02) -> None:
    slice_ends = time.perf_counter() + slice_seconds
    for photo in range(photos):
        resize(photo)
        if time.perf_counter() >= slice_ends:
            # This slice is used up: step aside, so the loop can run the
            # heartbeat's timer (and anything else that is due), then go on.
            await asyncio.sleep(0)
            slice_ends = time.perf_counter() + slice_seconds


async def heartbeat(beats: list[float]) -> None:
    while True:
        await asyncio.sleep(0.05)
        beats.append(time.perf_counter())


async def main() -> None:
    beats: list[float] = []
    beating = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0)  # let the heartbeat start its first sleep
    started = time.perf_counter()
    await resize_all(24)  # about 0.24 s of work
    finished = time.perf_counter()
    beating.cancel()
    during = sum(started < beat < finished for beat in beats)
    print("resized 24 photos")
    print("heartbeat during the work:", "kept beating" if during else "silent")


asyncio.run(main())
