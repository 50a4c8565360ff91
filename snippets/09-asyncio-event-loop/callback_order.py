"""call_soon, call_later and call_at: in which order do callbacks run?"""
import asyncio
import time


async def main() -> None:
    loop = asyncio.get_running_loop()

    # region clock
    # loop.time() is the loop's clock: a monotonic one, unaffected when
    # someone changes the wall-clock time. On CPython it is time.monotonic().
    start = loop.time()
    print(f"loop.time() agrees with time.monotonic(): {abs(start - time.monotonic()) < 0.1}")
    # endregion clock

    # region schedule
    all_done = loop.create_future()

    def report(label: str) -> None:
        # Whole seconds since start, rounded down after adding 0.1 s (a timer may
        # fire a hair early): a busy machine would need to be 0.9 s late to change it.
        print(f"+{int(loop.time() - start + 0.1)} s  {label}")

    def last(label: str) -> None:
        report(label)
        all_done.set_result(None)

    # Registered in a scrambled order on purpose.
    loop.call_later(2, last, "call_later(2)")
    loop.call_at(start + 1, report, "call_at(start + 1)")
    loop.call_later(0, report, "call_later(0)")
    loop.call_soon(report, "call_soon #1")
    dropped = loop.call_soon(report, "call_soon #2 (cancelled)")
    loop.call_soon(report, "call_soon #3")
    dropped.cancel()  # a cancelled handle stays in the queue but is skipped

    print("all scheduled; nothing has run yet, because main still holds the loop")
    await all_done
    # endregion schedule


asyncio.run(main())
