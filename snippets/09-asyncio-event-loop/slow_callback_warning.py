"""Debug mode reports a task step that holds the loop too long, and says where the step ended."""
import asyncio
import logging
import re
import time


# region reporter
class ShowAsyncioWarnings(logging.Handler):
    """Prints each message of the asyncio logger as it was logged, with two changes.

    The measured time changes on every run, so it becomes N.NNN. Line numbers in
    asyncio's own files change from one Python release to the next, so they become N.
    """

    def emit(self, record: logging.LogRecord) -> None:
        message = re.sub(r"took \d+\.\d+ seconds", "took N.NNN seconds", record.getMessage())
        message = re.sub(r"(asyncio[/\\]\w+\.py):\d+", r"\1:N", message)
        print(f"{record.levelname}:{record.name}:{message}")


logging.getLogger("asyncio").addHandler(ShowAsyncioWarnings())
# endregion reporter


# region tasks
async def cached_lookup() -> str:
    return "from the cache"  # an async def that never suspends


async def greedy() -> str:
    time.sleep(0.5)  # blocks the loop
    await cached_lookup()  # an await, but nothing suspends: the step goes on
    time.sleep(0.5)  # blocks the loop again, still in the same step
    await asyncio.sleep(0)  # suspends: the first step ends here
    time.sleep(1)  # the second step blocks as well
    return "done"


async def polite() -> None:
    await asyncio.sleep(1)  # waits without holding the loop


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"debug mode: {loop.get_debug()}")
    # The default limit is 0.1 s. A wider one keeps a busy machine from flagging
    # the quick steps (in debug mode, making a task reads source files to record
    # where it was created, and a busy disk can make that slow), and it is still
    # more than either 0.5 s block on its own.
    loop.slow_callback_duration = 0.8
    polite_task = asyncio.create_task(polite(), name="polite")
    greedy_task = asyncio.create_task(greedy(), name="greedy")
    await greedy_task
    await polite_task
    print("main: done")


asyncio.run(main(), debug=True)
# endregion tasks
