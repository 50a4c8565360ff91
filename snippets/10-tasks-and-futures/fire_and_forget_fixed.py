import asyncio

saved: list[str] = []
background_tasks: set[asyncio.Task] = set()


async def save_report(name: str) -> None:
    try:
        print(f"{name}: writing...")
        await asyncio.sleep(1)  # pretend the disk is slow
        saved.append(name)
        print(f"{name}: saved")
    except asyncio.CancelledError:
        print(f"{name}: cancelled before it was saved")
        raise


async def main() -> None:
    task = asyncio.create_task(save_report("daily report"))
    background_tasks.add(task)  # keep a strong reference...
    task.add_done_callback(background_tasks.discard)  # ...until it is done
    print("main: report scheduled")

    # Before main returns (and asyncio.run cancels what is left), wait for
    # the background work to finish.
    await asyncio.gather(*background_tasks)
    print("main: background work finished, returning")


asyncio.run(main())
print("saved:", saved)
