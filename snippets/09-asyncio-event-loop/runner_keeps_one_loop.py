"""asyncio.Runner (Python 3.11+): several run() calls on one event loop."""
import asyncio

background: asyncio.Task[None] | None = None


async def heartbeat() -> None:
    beat = 0
    try:
        while True:
            await asyncio.sleep(0)  # one beat per trip round the loop
            beat += 1
            print(f"  heartbeat {beat}")
    except asyncio.CancelledError:
        print("  heartbeat: cancelled when the runner closed")
        raise


async def first_step() -> asyncio.AbstractEventLoop:
    global background
    background = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # the heartbeat gets a turn
    await asyncio.sleep(0)
    return asyncio.get_running_loop()


async def second_step() -> asyncio.AbstractEventLoop:
    await asyncio.sleep(0)  # the heartbeat from the first run is still alive
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    print("run 1")
    loop_1 = runner.run(first_step())
    print("between runs: no loop runs, so the heartbeat is paused, not gone")
    print("run 2")
    loop_2 = runner.run(second_step())
    print(f"both runs used the same loop: {loop_1 is loop_2 is runner.get_loop()}")
    print("leaving the with block")
print(f"after the with block the loop is closed: {loop_1.is_closed()}")
