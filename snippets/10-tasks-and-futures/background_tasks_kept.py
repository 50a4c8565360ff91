# region spawn
import asyncio
import gc

# Strong references to tasks nobody awaits right away.
background_tasks: set[asyncio.Task] = set()


def spawn(coro, name: str) -> None:
    task = asyncio.create_task(coro, name=name)
    background_tasks.add(task)  # the set keeps the task alive...
    task.add_done_callback(background_tasks.discard)  # ...until it is done
# endregion spawn


# region demo
async def send_email(to: str, seconds: float) -> None:
    await asyncio.sleep(seconds)
    print(f"email to {to} sent")


async def wait_for_signal() -> None:
    signal = asyncio.get_running_loop().create_future()  # as before
    try:
        await signal
    finally:
        print("worker: finally block runs")


def names() -> list[str]:
    return sorted(task.get_name() for task in background_tasks)


async def main() -> None:
    spawn(send_email("ada", 0.2), "email-ada")
    spawn(send_email("grace", 0.5), "email-grace")
    spawn(wait_for_signal(), "worker")
    await asyncio.sleep(0)

    gc.collect()
    print("after a garbage collection:", names())

    await asyncio.sleep(1.5)  # the emails go out (a second to spare) and leave the set
    print("after the emails:", names())

    for task in list(background_tasks):
        task.cancel()  # we still hold the worker, so we can stop it properly
    await asyncio.gather(*background_tasks, return_exceptions=True)
    print("after cancelling the worker:", names())


asyncio.run(main())
# endregion demo
