import asyncio


async def greet(name: str) -> str:
    print(f"{name}: started")
    await asyncio.sleep(0)  # give the other tasks a turn
    print(f"{name}: finished")
    return name.upper()


async def main() -> None:
    ada = asyncio.create_task(greet("ada"))
    bob = asyncio.create_task(greet("bob"))
    # Both tasks are in the loop's ready queue, but main still holds the
    # loop: nothing else runs until main reaches an await.
    print("main: two tasks created, done():", ada.done(), bob.done())
    print("main: still running my own code")

    print("main: awaiting ada")
    print("main: ada returned", await ada)
    print("main: bob returned", await bob)  # already done: no waiting


asyncio.run(main())
