"""A toy event loop: three coroutines share one thread, and asyncio is nowhere in sight."""

# region imports
import collections
import heapq
import itertools
import time
from collections.abc import Coroutine, Generator
from typing import Any
# endregion imports


# region sleep
class sleep:
    """Awaitable: `await sleep(1.5)` pauses the awaiting task for 1.5 seconds."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __repr__(self) -> str:
        return f"sleep({self.seconds})"

    def __await__(self) -> Generator["sleep", None, None]:
        # `await` runs this generator. Its `yield` travels up through every
        # coroutine in the chain to whoever called send(): the loop. The object
        # it carries is a request, "wake me in self.seconds". When the loop
        # resumes us with send(None), the generator ends and the await is over.
        yield self
# endregion sleep


# region task
class Task:
    """One coroutine plus the little the loop needs to know about it."""

    def __init__(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self.coro = coro
        self.name = name
        self.done = False
        self.result: Any = None

    def step(self) -> Any:
        """Run the coroutine up to its next pause and return what it yielded."""
        try:
            return self.coro.send(None)
        except StopIteration as finished:
            # The coroutine returned; its return value rides on the exception.
            self.done = True
            self.result = finished.value
            return None
# endregion task


# region queues
class ToyLoop:
    def __init__(self) -> None:
        # Tasks that can run right now, served first in, first out.
        self.ready: collections.deque[Task] = collections.deque()
        # Sleeping tasks as (wake_time, seq, task). heapq keeps the smallest
        # tuple at index 0: the task that must wake first.
        self.sleeping: list[tuple[float, int, Task]] = []
        # seq breaks ties between equal wake times, first come first served,
        # so the heap never has to compare two Task objects.
        self.seq = itertools.count()

    def time(self) -> float:
        return time.monotonic()  # never jumps backwards, unlike time.time()

    def create_task(self, coro: Coroutine[Any, Any, Any], name: str) -> Task:
        task = Task(coro, name)
        self.ready.append(task)
        return task
# endregion queues

    # region run_ready
    def run_ready(self) -> None:
        """Give one step to every task that is ready at the start of this turn."""
        for _ in range(len(self.ready)):
            task = self.ready.popleft()
            request = task.step()
            if task.done:
                continue  # finished: it simply leaves the loop
            if not isinstance(request, sleep):
                raise TypeError(f"{task.name} awaited {request!r}; this loop only knows sleep")
            if request.seconds <= 0:
                self.ready.append(task)  # sleep(0): straight to the back of the queue
            else:
                wake_time = self.time() + request.seconds
                heapq.heappush(self.sleeping, (wake_time, next(self.seq), task))
    # endregion run_ready

    # region timers
    def compute_timeout(self) -> float:
        """How long the loop may wait before someone needs it."""
        if self.ready or not self.sleeping:
            return 0.0
        return max(0.0, self.sleeping[0][0] - self.time())

    def wait(self, timeout: float) -> None:
        time.sleep(timeout)  # the toy has nothing else to watch; asyncio waits in select()

    def wake_timers(self) -> None:
        # Clocks tick in small steps: count anything due within a millisecond as due.
        now = self.time() + 0.001
        while self.sleeping and self.sleeping[0][0] <= now:
            _, _, task = heapq.heappop(self.sleeping)
            self.ready.append(task)
    # endregion timers

    # region run
    def run(self) -> None:
        """Turn after turn, until no task is ready or asleep."""
        while self.ready or self.sleeping:
            self.run_ready()
            timeout = self.compute_timeout()
            self.wait(timeout)
            self.wake_timers()
    # endregion run


# region demo
async def cook(dish: str, steps: list[tuple[str, float]]) -> str:
    planned = 0.0  # the time this step is due, from adding up our own sleeps
    for what, seconds in steps:
        print(f"{planned:.1f} s  {dish}: {what} ({seconds} s)")
        await sleep(seconds)
        planned += seconds
    print(f"{planned:.1f} s  {dish}: ready")
    return dish


MENU = {
    "tea": [("kettle on", 0.5), ("steeping", 1.5)],
    "eggs": [("boiling", 1.5)],
    "toast": [("toasting", 1.0)],
}


def main() -> None:
    loop = ToyLoop()
    tasks = [loop.create_task(cook(dish, steps), dish) for dish, steps in MENU.items()]
    started = time.monotonic()
    loop.run()
    elapsed = time.monotonic() - started
    one_by_one = sum(seconds for steps in MENU.values() for _, seconds in steps)
    print(f"served {[task.result for task in tasks]}")
    # Whole seconds, rounded down after adding 0.1 s in case a clock ticks a little
    # early: it would take 0.9 s of lateness on a busy machine to change the digit.
    print(f"took {int(elapsed + 0.1)} s; one dish after another would take {one_by_one} s")


if __name__ == "__main__":
    main()
# endregion demo
