# Downloads in an asyncio.TaskGroup (Python 3.11+). When "orders" fails, the
# group cancels everything still running, including the body of the
# async with block, waits for it all to stop, and raises an ExceptionGroup.
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)  # stands in for a network wait
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise  # let the cancellation finish the task
    if fail:
        print(f"{name}: raising ConnectionError")
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name}: finished")
    return f"{name} data"


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as group:
            users = group.create_task(fetch("users", 0.2))
            group.create_task(fetch("orders", 0.4, fail=True))
            invoices = group.create_task(fetch("invoices", 0.8))
            try:
                print("main: three started; the body waits a second")
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("main: body cancelled")
                raise
        print("main: this line is never reached")
    except* ConnectionError as group_error:
        print(f"main: caught {group_error!r}")
    print("main: users:", repr(users.result()))
    print("main: invoices cancelled:", invoices.cancelled())


asyncio.run(main())
