import asyncio


async def child(label: str) -> None:
    print(f"  {label}: child runs its first step")
    await asyncio.sleep(0)


async def main() -> None:
    loop = asyncio.get_running_loop()

    print("default: create_task only schedules")
    task = asyncio.create_task(child("default"))
    print("  main: create_task returned")
    await task

    # Python 3.12+: one task started eagerly. On 3.12 and 3.13 the Task class
    # takes eager_start; create_task passes it on only from 3.13.3.
    print("one task with eager_start=True: it starts at once")
    task = asyncio.Task(child("eager_start"), loop=loop, eager_start=True)
    print("  main: Task() returned")
    await task

    # Python 3.12+: start every new task's first step inside create_task.
    loop.set_task_factory(asyncio.eager_task_factory)
    print("eager task factory: create_task starts the task at once")
    task = asyncio.create_task(child("eager"))
    print("  main: create_task returned")
    await task


asyncio.run(main())
