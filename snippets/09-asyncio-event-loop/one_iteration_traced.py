"""Watch the event loop's iterations by tracing every select() it makes."""
import asyncio
import selectors


# region tracing_selector
class TracingSelector(selectors.DefaultSelector):
    """The usual selector, plus a line each time the loop asks it to wait."""

    iteration = 0

    def select(self, timeout: float | None = None):  # type: ignore[override]
        self.iteration += 1
        if timeout is None:
            wait = "as long as it takes (no timers, nothing ready)"
        elif timeout == 0:
            wait = "0 s: callbacks are ready, so only peek at the sockets"
        else:
            # The exact number depends on how busy the machine is, so print a range.
            wait = "until the earliest timer is due (at most 1 s)"
        print(f"iteration {self.iteration}: select() waits {wait}")
        return super().select(timeout)
# endregion tracing_selector


# region callbacks
loop = asyncio.SelectorEventLoop(TracingSelector())


def first() -> None:
    print("  run first")
    loop.call_soon(added_by_first)  # joins the queue for the NEXT iteration


def second() -> None:
    print("  run second")


def added_by_first() -> None:
    print("  run added_by_first")


def timer() -> None:
    print("  run timer")
    loop.stop()  # finish the current iteration, then return from run_forever()


loop.call_soon(first)
loop.call_soon(second)
loop.call_later(1, timer)  # a second out: iterations 1 and 2 come first, even on a busy machine
loop.run_forever()
loop.close()
# endregion callbacks
