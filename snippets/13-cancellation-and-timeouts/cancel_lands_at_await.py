import asyncio
import traceback


# region download
async def download(name: str) -> str:
    print(f"{name}: connecting")
    try:
        print(f"{name}: waiting for the server")
        # A slow server: the task is suspended at this await.
        await asyncio.sleep(10)
        print(f"{name}: got the data")  # cancel() means we never get this far
        return "data"
    except asyncio.CancelledError as err:
        # The first frame of the traceback is this coroutine: it shows the
        # line the task was suspended at when the cancellation arrived.
        where = traceback.extract_tb(err.__traceback__)[0]
        print(f"{name}: CancelledError raised at: {where.line}")
        raise  # clean-up done (here: nothing), let the cancellation go on
    finally:
        print(f"{name}: finally: closing the connection")
# endregion download


# region main
async def main() -> None:
    task = asyncio.create_task(download("report"))
    await asyncio.sleep(0.1)  # give the task time to reach its await

    print(f"main: cancel() returned {task.cancel()}")
    print(f"main: right after cancel(), done() = {task.done()}")
    try:
        await task
    except asyncio.CancelledError:
        print("main: await task raised CancelledError")
    print(f"main: cancelled() = {task.cancelled()}")
    print(f"main: a second cancel() returned {task.cancel()}")

    print()
    early = asyncio.create_task(download("early"))
    early.cancel()  # before the task has had a single turn
    await asyncio.gather(early, return_exceptions=True)
    print(f"main: early.cancelled() = {early.cancelled()}, and it printed nothing")


asyncio.run(main())
# endregion main
