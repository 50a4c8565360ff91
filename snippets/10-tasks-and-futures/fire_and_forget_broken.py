import asyncio

saved: list[str] = []


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
    asyncio.create_task(save_report("daily report"))  # fire and forget
    print("main: report scheduled, returning")


asyncio.run(main())
print("saved:", saved)
