import asyncio
import gc
import weakref


async def wait_for_signal() -> None:
    # This future is known only to this coroutine: no timer, socket or other
    # task refers to it, so nothing outside holds on to the waiting task.
    signal = asyncio.get_running_loop().create_future()
    try:
        await signal
    finally:
        print("worker: finally block runs, the coroutine is being closed")


def names() -> list[str]:
    return sorted(task.get_name() for task in asyncio.all_tasks())


async def main() -> None:
    task = asyncio.create_task(wait_for_signal(), name="worker")
    await asyncio.sleep(0)  # the worker starts and suspends at its await
    watcher = weakref.ref(task)  # a weak reference, like the loop's own
    print("tasks the loop knows:", names())

    del task  # drop the only strong reference
    gc.collect()  # a garbage collection that happens to run now
    print("worker still exists:", watcher() is not None)
    print("tasks the loop knows:", names())


asyncio.run(main())
