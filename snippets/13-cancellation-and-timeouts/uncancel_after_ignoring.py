import asyncio


async def fail_soon() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("a child failed")


async def stubborn(call_uncancel: bool) -> str:
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # This task has decided to ignore the request. The request is still
        # counted, though, until someone calls uncancel().
        print(f"  ignored a cancel(); cancelling() = {me.cancelling()}")
        if call_uncancel:
            me.uncancel()
            print(f"  after uncancel(): cancelling() = {me.cancelling()}")

    # Later the task runs a TaskGroup. When a child fails, the group cancels
    # this task, then reads cancelling() to tell whether that was all its own
    # doing or whether someone else wants the task gone too.
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail_soon())
            await asyncio.sleep(1)
    except* ValueError:
        print("  the group's ValueError was handled")
    await asyncio.sleep(0.1)
    return "finished normally"


async def main() -> None:
    for call_uncancel in (False, True):
        print(f"uncancel() called: {call_uncancel}")
        task = asyncio.create_task(stubborn(call_uncancel))
        await asyncio.sleep(0.1)
        task.cancel()
        [outcome] = await asyncio.gather(task, return_exceptions=True)
        print(f"  outcome: {outcome!r}")


asyncio.run(main())
