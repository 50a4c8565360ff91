import asyncio
import time


def slow_report() -> str:
    time.sleep(1)  # blocking: nothing can interrupt it from outside
    print("slow_report: finished anyway, though nobody waits for it now")
    return "report"


async def main() -> None:
    try:
        # asyncio.TimeoutError: on 3.10 it is not yet the built-in TimeoutError.
        await asyncio.wait_for(asyncio.to_thread(slow_report), timeout=0.2)
    except asyncio.TimeoutError:
        print("main: gave up waiting after 0.2 s")
    print("main: returning")


asyncio.run(main())
# asyncio.run waits for the default executor's threads before it returns.
print("asyncio.run returned")
