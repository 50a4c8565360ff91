# A tiny event loop that knows one request, sleep: it runs every coroutine
# that is ready, and when none is, waits for the one that must wake first.
import collections
import heapq
import itertools
import time


class sleep:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __await__(self):
        yield self  # hand the request up to the loop


async def alarm(name: str, seconds: float) -> None:
    print(f"{name}: set for {seconds} s")
    await sleep(seconds)
    # Ringing before its time means nobody waited; a little late is fine.
    early = time.monotonic() - START < seconds - 0.05
    print(f"{name}: ring!{' (too early)' if early else ''}")


def run(coros: list) -> None:
    ready = collections.deque(coros)
    sleeping: list = []  # (wake_time, seq, coro): the earliest on top
    seq = itertools.count()  # breaks ties, so two coroutines are never compared
    while ready or sleeping:
        while ready:
            coro = ready.popleft()
            try:
                request = coro.send(None)  # run it up to its next await
            except StopIteration:
                continue  # it returned: done
            # It asked to sleep: park it on the heap until its wake-up time.
            wake_time = time.monotonic() + request.seconds
            heapq.heappush(sleeping, (wake_time, next(seq), coro))
        if sleeping:
            # Nothing is ready: wait until the earliest sleeper is due (no
            # longer, or it would be late), then make it ready again.
            wake_time, _, coro = heapq.heappop(sleeping)
            time.sleep(max(0.0, wake_time - time.monotonic()))
            ready.append(coro)


START = time.monotonic()
run([alarm("tea", 0.3), alarm("eggs", 0.5), alarm("toast", 0.1)])
