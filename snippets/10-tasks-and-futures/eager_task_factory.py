import asyncio


async def child(label: str) -> None:
    print(f"  {label}: child runs its first step")
    await asyncio.sleep(0)


async def main() -> None:
    print("default: create_task only schedules")
    task = asyncio.create_task(child("default"))
    print("  main: create_task returned")
    await task

    # Python 3.12+: start each new task's first step inside create_task.
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("eager task factory: create_task starts the task at once")
    task = asyncio.create_task(child("eager"))
    print("  main: create_task returned")
    await task


asyncio.run(main())
