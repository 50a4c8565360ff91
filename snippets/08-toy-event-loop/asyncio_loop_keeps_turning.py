"""The toy loop returns when no task is left. asyncio's loop keeps turning until stop()."""
import asyncio

loop = asyncio.new_event_loop()


async def only_task() -> None:
    print("the only task runs and returns")


def look_around() -> None:
    # A timer, half a second after the task finished: is anybody still here?
    tasks_left = len(asyncio.all_tasks(loop))
    print(f"half a second later: tasks left = {tasks_left}, loop running = {loop.is_running()}")
    loop.stop()  # the only way out of run_forever()
    print("loop.stop() called")


loop.create_task(only_task())
loop.call_later(0.5, look_around)
loop.run_forever()  # no work left does not end it; only stop() does
print("run_forever() returned")
loop.close()
