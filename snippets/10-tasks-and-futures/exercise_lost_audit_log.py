# A tiny web app: each request is answered at once, and an audit entry is
# written in the background. The audit log comes out empty, and nobody hears
# about the write that fails.
import asyncio

audit_log: list[int] = []


async def write_audit(request: int, seconds: float) -> None:
    await asyncio.sleep(seconds)  # stands in for a slow database write
    if request == 2:
        raise OSError(f"audit for request {request}: disk full")
    audit_log.append(request)
    print(f"audit for request {request}: written")


def report(error: BaseException) -> None:
    print(f"failed: {error!r}")


async def handle(request: int, seconds: float) -> None:
    print(f"request {request}: answered")
    asyncio.create_task(write_audit(request, seconds))  # the answer does not wait for it


async def main() -> None:
    for request, seconds in [(1, 0.1), (2, 0.3), (3, 0.2)]:
        await handle(request, seconds)
    print("main: all requests answered")


asyncio.run(main())
print("audit log:", audit_log)
