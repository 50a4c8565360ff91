# region by_hand
import asyncio


async def wait_for_parcel(parcel: asyncio.Future) -> str:
    contents = await parcel
    return f"opened {contents}"


def drive_by_hand() -> None:
    # What a Task does for a coroutine, done by hand: send(None) runs the
    # coroutine up to its await, and out comes the future it waits for.
    parcel = asyncio.get_running_loop().create_future()
    coro = wait_for_parcel(parcel)
    waiting_on = coro.send(None)
    print("the coroutine yielded our future:", waiting_on is parcel)

    parcel.set_result("a book")
    try:
        coro.send(None)  # resume it: this time it runs to its return
    except StopIteration as stop:
        print("the coroutine returned:", repr(stop.value))
# endregion by_hand


# region same_interface
async def add(a: int, b: int) -> int:
    await asyncio.sleep(0)
    return a + b


def announce(label: str):
    def callback(finished: asyncio.Future) -> None:
        print(f"done callback for the {label}: result() = {finished.result()}")
    return callback


async def same_interface() -> None:
    print("Task is a subclass of Future:", issubclass(asyncio.Task, asyncio.Future))

    future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(add(2, 3))
    future.add_done_callback(announce("future"))
    task.add_done_callback(announce("task"))

    future.set_result(5)  # a future waits for somebody to fill it in...
    # ...a task fills itself in when its coroutine returns.
    print("awaiting both:", await future, await task)
    print("gather takes either:", await asyncio.gather(future, task))


async def main() -> None:
    drive_by_hand()
    await same_interface()


asyncio.run(main())
# endregion same_interface
