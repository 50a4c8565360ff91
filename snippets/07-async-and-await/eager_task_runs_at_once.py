import asyncio

ran: list[str] = []


async def background(name: str) -> None:
    ran.append(name)
    print(f"    {name} ran")


async def no_pause(label: str) -> str:
    print(f"    {label} runs; background jobs that ran so far: {ran}")
    return label


async def main() -> None:
    # An ordinary task: queued, waiting for main to give the loop a turn.
    job = asyncio.create_task(background("background #1"))

    # From Python 3.12 you can opt in to eager tasks: create_task starts the coroutine
    # right away, inside the call, and runs it up to its first real pause.
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)

    print("main: create_task(no_pause(...)) with the eager task factory")
    task = asyncio.create_task(no_pause("the eager task"))
    print(f"main: create_task returned; task.done() = {task.done()}")

    # The task finished without ever pausing, so awaiting it does not pause either.
    await task
    print(f"main: after await task, background jobs that ran: {ran}")
    await job


asyncio.run(main())
