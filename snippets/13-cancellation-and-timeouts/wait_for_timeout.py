import asyncio


async def slow_lookup() -> int:
    me = asyncio.current_task().get_name()
    print(f"  slow_lookup runs in task {me}")
    try:
        await asyncio.sleep(2)
        return 42
    finally:
        # Clean-up that takes a while: wait_for waits for it to finish.
        await asyncio.sleep(0.3)
        print("  slow_lookup: clean-up finished")


async def main() -> None:
    print(f"main runs in task {asyncio.current_task().get_name()}")
    try:
        # Works on every Python version: give up after 0.5 s.
        answer = await asyncio.wait_for(slow_lookup(), timeout=0.5)
        print(f"answer: {answer}")
    except asyncio.TimeoutError:
        print("main: asyncio.TimeoutError, after the clean-up above")

    # On 3.10 these are two different classes: "except TimeoutError"
    # would not catch what wait_for raises there.
    print(f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}")


asyncio.run(main())
