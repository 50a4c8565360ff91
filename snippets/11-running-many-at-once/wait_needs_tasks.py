import asyncio


async def ping() -> str:
    await asyncio.sleep(0.1)
    return "pong"


async def main() -> None:
    # Passing a coroutine straight to asyncio.wait: deprecated on 3.10
    # (a DeprecationWarning), refused with TypeError from 3.11 on.
    coro = ping()
    try:
        done, pending = await asyncio.wait([coro])
        print("accepted; results:", [t.result() for t in done])
    except TypeError as error:
        coro.close()  # it never ran: close it, or Python warns "never awaited"
        print("TypeError:", error)

    # What works on every version: make the tasks yourself.
    done, pending = await asyncio.wait([asyncio.create_task(ping())])
    print("with a task:", [t.result() for t in done])


asyncio.run(main())
