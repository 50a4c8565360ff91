import asyncio


async def save(order: str) -> str:
    print(f"  save {order}: writing to the database")
    await asyncio.sleep(0.5)
    print(f"  save {order}: written")
    return f"{order} saved"


async def main() -> None:
    print("without shield:")
    saving = asyncio.create_task(save("#1"))
    try:
        await asyncio.wait_for(saving, timeout=0.2)
    except asyncio.TimeoutError:
        print(f"main: gave up after 0.2 s; save cancelled? {saving.cancelled()}")

    print("with shield:")
    # Keep a reference to the task: shield() does not keep it alive for you.
    saving = asyncio.create_task(save("#2"))
    try:
        await asyncio.wait_for(asyncio.shield(saving), timeout=0.2)
    except asyncio.TimeoutError:
        print(f"main: gave up after 0.2 s; save cancelled? {saving.cancelled()}")
    # main stopped waiting, but the save goes on; collect it later.
    print(f"main: later, {await saving}")


asyncio.run(main())
