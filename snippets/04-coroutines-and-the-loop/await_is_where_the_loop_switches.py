import asyncio


async def worker(name: str, steps: int) -> str:
    for step in range(1, steps + 1):
        print(f"{name}: step {step}")
        # "I can wait now": this coroutine is suspended and the event loop
        # runs whatever else is ready before it comes back here.
        await asyncio.sleep(0)
    print(f"{name}: finished")
    return f"{name} did {steps} steps"


async def main() -> asyncio.AbstractEventLoop:
    loop = asyncio.get_running_loop()
    print("inside main, is the loop running?", loop.is_running())
    # gather wraps each coroutine in a task, so both take turns on the one loop.
    results = await asyncio.gather(worker("A", 2), worker("B", 3))
    print(results)
    return loop


loop = asyncio.run(main())
print("after asyncio.run, is the loop closed?", loop.is_closed())
