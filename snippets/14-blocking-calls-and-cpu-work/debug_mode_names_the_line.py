"""Debug mode's slow-callback warning also says where the slow step stopped."""
import asyncio
import linecache
import logging
import re
import time


# region reporter
class WhereItStopped(logging.Handler):
    """Turns asyncio's "Executing <Task ...> took 1.002 seconds" warning into
    a steady summary: the task, and the line its coroutine stopped at.

    The real message holds the measured time and full paths, which change
    from run to run, so this prints the facts a reader needs instead.
    """

    def emit(self, record: logging.LogRecord) -> None:
        if not record.msg.startswith("Executing %s took"):
            return
        what, seconds = record.args
        if "<Task" not in what:
            return  # a plain callback, not a task's step: not our concern here
        task = re.search(r"name='([^']+)'", what).group(1)
        # "coro=<handle() running at /path/file.py:31>": where the coroutine
        # is suspended now, after the slow step.
        where = re.search(r"running at (.+?):(\d+)>", what)
        line = linecache.getline(where.group(1), int(where.group(2))).strip()
        limit = asyncio.get_running_loop().slow_callback_duration
        print(f"debug mode: task {task!r} held the loop for over {limit} s: {seconds > limit}")
        print(f"debug mode: its slow step stopped at line {where.group(2)}: {line}")


logging.getLogger("asyncio").addHandler(WhereItStopped())
# endregion reporter


# region handler
def build_report(order: str) -> str:
    time.sleep(1)  # a blocking call hidden inside an ordinary function
    return f"report for {order}"


async def handle(order: str) -> None:
    await asyncio.sleep(0.1)  # say, reading the request
    report = build_report(order)
    await asyncio.sleep(0.1)  # say, sending the answer
    print(f"handle: sent the {report}")


async def main() -> None:
    # A wider limit than the default 0.1 s, so that a busy machine cannot
    # flag the quick steps; the 1 s block is far beyond it either way.
    asyncio.get_running_loop().slow_callback_duration = 0.5
    await asyncio.create_task(handle("order 7"), name="handle order 7")


asyncio.run(main(), debug=True)
# endregion handler
