# A tiny web app: each request is answered at once, and an audit entry is
# written in the background, kept track of until it is done.
import asyncio

audit_log: list[int] = []
background_tasks: set[asyncio.Task] = set()


async def write_audit(request: int, seconds: float) -> None:
    await asyncio.sleep(seconds)  # stands in for a slow database write
    if request == 2:
        raise OSError(f"audit for request {request}: disk full")
    audit_log.append(request)
    print(f"audit for request {request}: written")


def report(error: BaseException) -> None:
    print(f"failed: {error!r}")


def report_failure(task: asyncio.Task) -> None:
    # Asking for the exception retrieves it: asyncio will not complain later.
    if not task.cancelled() and task.exception() is not None:
        report(task.exception())


async def handle(request: int, seconds: float) -> None:
    print(f"request {request}: answered")
    task = asyncio.create_task(write_audit(request, seconds))
    background_tasks.add(task)  # a strong reference, until...
    task.add_done_callback(background_tasks.discard)  # ...the task is done
    task.add_done_callback(report_failure)  # and nobody else looks at its error


async def main() -> None:
    for request, seconds in [(1, 0.1), (2, 0.3), (3, 0.2)]:
        await handle(request, seconds)
    print("main: all requests answered")
    # asyncio.run cancels whatever is still running when main returns:
    # wait for the background writes first.
    await asyncio.gather(*background_tasks, return_exceptions=True)


asyncio.run(main())
print("audit log:", audit_log)
