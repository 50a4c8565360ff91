# Breakfast for one: a kettle, a toaster and a pan, each a wait of its own.
# The sleeps stand in for the appliances doing their work.
import asyncio
import time


async def boil_kettle() -> str:
    print("kettle: on")
    # time.sleep blocked the whole thread, and with it every other coroutine.
    # asyncio.sleep waits and lets the others run meanwhile.
    await asyncio.sleep(0.5)
    print("kettle: boiled")
    return "tea"


async def toast_bread() -> str:
    print("toaster: down")
    await asyncio.sleep(0.3)
    print("toaster: popped")
    return "toast"


async def fry_egg() -> str:
    print("pan: egg in")
    await asyncio.sleep(0.4)
    print("pan: egg done")
    return "egg"


async def main() -> None:
    started = time.perf_counter()
    # Start all three before waiting for any of them. gather returns the
    # results in the order of its arguments, whatever order they finish in.
    tea, toast, egg = await asyncio.gather(boil_kettle(), toast_bread(), fry_egg())
    elapsed = time.perf_counter() - started
    print(f"breakfast: {tea}, {toast} and {egg}")
    # 0.5 s is the longest wait alone, 1.2 s all three added up. Each verdict
    # sits halfway between two outcomes, so a busy machine cannot change it.
    print("ready in about", "0.5 s" if elapsed < 0.7 else "0.9 s" if elapsed < 1.05 else "1.2 s")


asyncio.run(main())
