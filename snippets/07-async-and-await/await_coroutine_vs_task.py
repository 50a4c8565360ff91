import asyncio

# region setup
ran: list[str] = []  # which background jobs have had a turn so far


async def background(name: str) -> None:
    ran.append(name)
    print(f"    {name} ran")


async def no_pause(label: str) -> str:
    # No await in here, so nothing in this body can hand control to the event loop.
    print(f"    {label} runs; background jobs that ran so far: {ran}")
    return label
# endregion setup


# region coroutine
async def main() -> None:
    # Queue a background job. It cannot run until main gives the loop a turn.
    first = asyncio.create_task(background("background #1"))

    print("main: await no_pause(...), a coroutine")
    await no_pause("the coroutine")
    print(f"main: back, background jobs that ran: {ran}")
    # endregion coroutine

    # region task
    print("main: await create_task(no_pause(...)), a task")
    task = asyncio.create_task(no_pause("the task"))
    await task
    print(f"main: back, background jobs that ran: {ran}")
    # endregion task

    # region done
    second = asyncio.create_task(background("background #2"))
    print("main: await the same task again; it has already finished")
    await task
    print(f"main: back, background jobs that ran: {ran}")

    print("main: await asyncio.sleep(0)")
    await asyncio.sleep(0)
    print(f"main: back, background jobs that ran: {ran}")
    await asyncio.gather(first, second)


asyncio.run(main())
# endregion done
