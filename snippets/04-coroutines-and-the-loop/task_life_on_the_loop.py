import asyncio


async def brew(name: str, kettle: asyncio.Future[str]) -> str:
    print(f"{name}: running, now waiting for the kettle")
    water = await kettle  # suspended here until the kettle future has a result
    print(f"{name}: resumed with {water!r}")
    return f"{name} made tea"


def show(label: str, task: asyncio.Task[str]) -> None:
    print(f"{label:<34} done()={task.done()!s:<5} cancelled()={task.cancelled()}")


async def main() -> None:
    loop = asyncio.get_running_loop()

    kettle: asyncio.Future[str] = loop.create_future()
    task = asyncio.create_task(brew("first", kettle))
    show("created, in the ready queue:", task)
    await asyncio.sleep(0)  # main steps aside for one round, so the task gets its turn
    show("waiting on the kettle:", task)
    kettle.set_result("hot water")  # the task is ready again, but has not run yet
    show("kettle has a result:", task)
    print("result:", await task)
    show("returned:", task)

    # A second task, cancelled while it waits for a kettle that never boils.
    cold_kettle: asyncio.Future[str] = loop.create_future()
    task = asyncio.create_task(brew("second", cold_kettle))
    await asyncio.sleep(0)
    task.cancel()  # asks for cancellation: CancelledError is raised at its await
    try:
        await task
    except asyncio.CancelledError:
        print("second: was cancelled")
    show("cancelled:", task)


asyncio.run(main())
