# The same three waits, but with asyncio: all three start, then all three
# wait at the same time. asyncio.sleep(1) stands in for a real network wait.
import asyncio
import time


async def fetch(what: str) -> str:
    print(f"asking for the {what}...")
    await asyncio.sleep(1)  # wait, and let the others run meanwhile
    return f"got the {what}"


async def main() -> None:
    wall_start = time.perf_counter()
    cpu_start = time.process_time()

    # asyncio.gather starts all three coroutines and waits for all of them.
    # It returns their results in the order we passed them in.
    answers = await asyncio.gather(fetch("user"), fetch("orders"), fetch("weather"))
    for answer in answers:
        print(answer)

    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    # Whole seconds, rounded down after adding 0.1 s, as in the program before:
    # it would take 0.9 s of lateness to change a digit.
    print(f"wall-clock time: {int(wall + 0.1)} s")
    print(f"CPU time used:   {int(cpu + 0.1)} s")


asyncio.run(main())
