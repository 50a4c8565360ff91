# region timer
import asyncio


async def filled_by_a_callback() -> None:
    loop = asyncio.get_running_loop()
    # An empty box for a result that does not exist yet.
    doorbell = loop.create_future()
    print("new future:", doorbell)

    # A plain callback will fill it in, one second from now.
    start = loop.time()
    loop.call_later(1, doorbell.set_result, "ding-dong")
    value = await doorbell  # suspended here until set_result is called
    # Whole seconds, rounded down after adding 0.1 s (a timer may fire a hair
    # early): a busy machine would need to be 0.9 s late to change the digit.
    print(f"awaited {value!r} after {int(loop.time() - start + 0.1)} s")
    print("the future now:", doorbell)

    try:
        doorbell.set_result("ding-dong again")  # a future is filled in once
    except asyncio.InvalidStateError as exc:
        print("second set_result: InvalidStateError:", exc)
# endregion timer


# region other_task
async def filled_by_another_task() -> None:
    answer = asyncio.get_running_loop().create_future()

    async def courier() -> None:
        print("courier: delivering the answer")
        answer.set_result(42)

    helper = asyncio.create_task(courier())
    print("main: waiting for the answer")
    print("main: got", await answer)
    await helper
# endregion other_task


# region failure
async def filled_with_an_error() -> None:
    loop = asyncio.get_running_loop()
    broken = loop.create_future()
    loop.call_soon(broken.set_exception, ConnectionError("line dropped"))
    try:
        await broken  # the exception is raised here, in the awaiting code
    except ConnectionError as exc:
        print("main: await raised", repr(exc))


async def main() -> None:
    await filled_by_a_callback()
    await filled_by_another_task()
    await filled_with_an_error()


asyncio.run(main())
# endregion failure
