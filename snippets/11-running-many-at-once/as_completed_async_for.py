import asyncio

DELAYS = {"big.iso": 0.5, "tiny.txt": 0.1, "photo.jpg": 0.3}


async def fetch(filename: str) -> str:
    await asyncio.sleep(DELAYS[filename])  # bigger files take longer
    return f"<contents of {filename}>"


async def main() -> None:
    # Python 3.13+: iterate with async for, and as_completed hands back
    # the very task objects you passed in, as each one finishes.
    tasks = {asyncio.create_task(fetch(name)): name for name in DELAYS}
    async for task in asyncio.as_completed(tasks):
        filename = tasks[task]  # the task itself says which file it was
        print(f"saving {filename}: {task.result()}")


asyncio.run(main())
