# region observe
import asyncio


def state_of(task: asyncio.Task) -> str:
    """Name a task's state from public methods of Task (and its repr)."""
    if not task.done():
        if task is asyncio.current_task():
            return "running"
        # A pending task is either suspended at an await on a future that
        # has no result yet, or queued for its next turn. Only the repr
        # tells them apart: it names the future in "wait_for=".
        if "wait_for=<Future pending" in repr(task):
            return "pending, suspended on a future"
        return "pending, waiting for a turn"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"finished, exception() = {task.exception()!r}"
    return f"finished, result() = {task.result()!r}"


def show(moment: str, task: asyncio.Task) -> None:
    print(f"{moment}: {state_of(task)}")
    print(f"    {task!r}")
# endregion observe


# region coroutines
async def brew(kettle: asyncio.Future) -> str:
    show("inside brew()", asyncio.current_task())
    water = await kettle  # suspended here until the kettle has a result
    return f"tea with {water}"


async def spill() -> str:
    raise ValueError("the cup fell over")
# endregion coroutines


# region main
async def main() -> None:
    loop = asyncio.get_running_loop()

    kettle = loop.create_future()
    task = asyncio.create_task(brew(kettle), name="brew")
    show("just created", task)
    try:
        task.result()
    except asyncio.InvalidStateError as exc:
        print(f"    result() too early: InvalidStateError: {exc}")

    await asyncio.sleep(0)  # one turn for the task: it runs up to its await
    show("after one turn", task)

    kettle.set_result("hot water")  # finishes the future, queues the task
    show("kettle has a result", task)
    await asyncio.sleep(0)  # this turn lets the task run to its return
    show("one turn later", task)

    forgotten = asyncio.create_task(brew(loop.create_future()), name="forgotten")
    await asyncio.sleep(0)
    forgotten.cancel()  # only a request: CancelledError is thrown at its await
    show("cancel() requested", forgotten)
    await asyncio.sleep(0)
    show("one turn later", forgotten)

    clumsy = asyncio.create_task(spill(), name="clumsy")
    await asyncio.sleep(0)
    show("after its turn", clumsy)


asyncio.run(main())
# endregion main
