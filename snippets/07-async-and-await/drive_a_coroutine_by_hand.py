import asyncio


async def add_slowly(a: int, b: int) -> int:
    print("  add_slowly: starting")
    # asyncio.sleep(0) is the smallest possible pause: "let someone else have a turn".
    await asyncio.sleep(0)
    print("  add_slowly: resumed once")
    await asyncio.sleep(0)
    print("  add_slowly: resumed twice, returning")
    return a + b


async def report() -> str:
    # Awaiting a coroutine passes its pauses straight through to whoever drives us.
    total = await add_slowly(2, 3)
    return f"the total is {total}"


# No event loop here: we drive the coroutine ourselves, the way a loop does.
coro = report()
turn = 0
while True:
    turn += 1
    print(f"driver: send(None), turn {turn}")
    try:
        yielded = coro.send(None)  # run the body until its next pause
    except StopIteration as finished:
        # The body returned. Its return value rides on the StopIteration.
        print(f"driver: StopIteration, value = {finished.value!r}")
        break
    print(f"driver: the coroutine paused and handed us {yielded!r}")
