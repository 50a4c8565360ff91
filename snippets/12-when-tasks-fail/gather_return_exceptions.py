# return_exceptions=True: gather waits for every awaitable and hands back a
# list in argument order, with each exception in the place of its result.
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} data"


async def main() -> None:
    # "invoices" would take a second, but something else cancels it first.
    invoices = asyncio.create_task(fetch("invoices", 1.0))
    asyncio.get_running_loop().call_later(0.3, invoices.cancel)

    results = await asyncio.gather(
        fetch("users", 0.1),
        fetch("orders", 0.2, fail=True),
        invoices,
        fetch("payments", 0.4),
        return_exceptions=True,
    )
    for result in results:
        print(repr(result))

    # Sort the list yourself. CancelledError is a BaseException, not an
    # Exception, so only isinstance(..., BaseException) catches every failure.
    good = [r for r in results if not isinstance(r, BaseException)]
    bad = [r for r in results if isinstance(r, BaseException)]
    missed = [r for r in results if isinstance(r, BaseException) and not isinstance(r, Exception)]
    print(f"{len(good)} results, {len(bad)} failures")
    print("isinstance(r, Exception) would miss:", missed)


asyncio.run(main())
