import asyncio


async def ping() -> str:
    await asyncio.sleep(0.1)
    return "pong"


async def main() -> None:
    # A coroutine straight into asyncio.wait: deprecated on 3.10 (a
    # DeprecationWarning), refused with TypeError from 3.11 on.
    coro = ping()
    try:
        done, pending = await asyncio.wait([coro])
        print("a coroutine: accepted;", [t.result() for t in done])
    except TypeError as error:
        coro.close()  # it never ran: close it, or Python warns "never awaited"
        print("a coroutine: TypeError:", error)

    # A generator that yields tasks: refused before 3.12, accepted since.
    try:
        done, pending = await asyncio.wait(
            asyncio.create_task(ping()) for _ in range(2)
        )
        print("a generator of tasks: accepted;", [t.result() for t in done])
    except TypeError as error:
        print("a generator of tasks: TypeError:", error)

    # What works on every version: a list of tasks you made yourself.
    done, pending = await asyncio.wait([asyncio.create_task(ping())])
    print("a list of tasks: accepted;", [t.result() for t in done])


asyncio.run(main())
