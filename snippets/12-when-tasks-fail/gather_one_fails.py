# Four downloads under asyncio.gather. "orders" fails first, "payments" fails
# later: what happens to the other three once gather has raised?
import asyncio
import gc


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)  # stands in for a network wait
    if fail:
        print(f"{name}: raising ConnectionError")
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name}: finished")
    return f"{name} data"


async def main() -> None:
    try:
        results = await asyncio.gather(
            fetch("users", 0.2),
            fetch("orders", 0.4, fail=True),
            fetch("payments", 0.6, fail=True),
            fetch("invoices", 0.8),
        )
        print("main: results:", results)  # never reached
    except ConnectionError as exc:
        print(f"main: gather raised {exc!r}")

    # gather has given up, but it did not stop the others. Wait and watch.
    print("main: waiting a little longer")
    await asyncio.sleep(0.8)
    gc.collect()  # give asyncio every chance to report a lost exception
    print("main: done")


asyncio.run(main())
