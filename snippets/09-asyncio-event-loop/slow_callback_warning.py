"""Debug mode notices a task step that holds the loop for too long."""
import asyncio
import logging
import re
import time


# region reporter
class SlowCallbackReporter(logging.Handler):
    """Prints a steady summary of asyncio's "Executing ... took N seconds" warning.

    The real message contains the exact duration, which changes on every run,
    so this handler prints which task was slow and the verdict instead.
    """

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("Executing %s took"):
            what, seconds = record.args
            task_name = re.search(r"name='([^']+)'", what)
            name = task_name.group(1) if task_name else what
            limit = asyncio.get_running_loop().slow_callback_duration
            print(f"asyncio logger, {record.levelname}: Executing <Task {name}> "
                  f"took more than {limit} s: {seconds > limit}")
        else:
            print(f"asyncio logger, {record.levelname}: {record.getMessage()}")


logging.getLogger("asyncio").addHandler(SlowCallbackReporter())
# endregion reporter


# region tasks
async def polite() -> None:
    await asyncio.sleep(1)  # waits without holding the loop: no warning


async def greedy() -> None:
    time.sleep(1)  # blocks the whole loop for a second: one slow step


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"debug mode: {loop.get_debug()}")
    # The default limit is 0.1 s. A wider one keeps a busy machine from
    # flagging the quick steps too; a 1 s block is far beyond it either way.
    loop.slow_callback_duration = 0.3
    await asyncio.gather(
        asyncio.create_task(polite(), name="polite"),
        asyncio.create_task(greedy(), name="greedy"),
    )
    print("main: done")


asyncio.run(main(), debug=True)
# endregion tasks
