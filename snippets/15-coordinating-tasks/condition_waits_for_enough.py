import asyncio


class Bakery:
    def __init__(self) -> None:
        self.loaves = 0
        # A Condition is a lock plus a way to say "the state changed".
        self.changed = asyncio.Condition()


async def baker(bakery: Bakery, batches: int) -> None:
    for _ in range(batches):
        await asyncio.sleep(0.1)  # baking
        async with bakery.changed:  # change the state only while holding the lock
            bakery.loaves += 1
            print(f"baker: loaf ready, {bakery.loaves} on the shelf")
            bakery.changed.notify_all()  # wake every waiter to re-check


async def customer(bakery: Bakery, name: str, wants: int) -> None:
    def enough() -> bool:
        print(f"  {name} checks: needs {wants}, shelf has {bakery.loaves}")
        return bakery.loaves >= wants

    async with bakery.changed:
        # wait_for() checks, and while the answer is no, releases the lock,
        # sleeps until notified, takes the lock back and checks again.
        await bakery.changed.wait_for(enough)
        bakery.loaves -= wants  # still holding the lock: nobody can cut in
        print(f"{name}: took {wants}, {bakery.loaves} left")


async def main() -> None:
    bakery = Bakery()
    await asyncio.gather(
        customer(bakery, "ada", wants=3),
        customer(bakery, "bob", wants=1),
        customer(bakery, "cy", wants=2),
        baker(bakery, batches=6),
    )


asyncio.run(main())
