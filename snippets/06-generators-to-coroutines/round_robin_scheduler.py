"""Cooperative multitasking with nothing but generators and a queue."""
from collections import deque
from collections.abc import Generator

# A task is a generator that yields None to give up its turn and
# returns a string when it is done.
Task = Generator[None, None, str]


# region tasks
def count_down(name: str, start: int) -> Task:
    for n in range(start, 0, -1):
        print(f"  {name}: {n}")
        yield  # my turn is over: back to the scheduler
    return f"{name} reached zero"


def read_chunks(name: str, sizes: list[int]) -> Generator[None, None, int]:
    total = 0
    for size in sizes:
        print(f"  {name}: read {size} bytes")
        total += size
        yield  # a pause deep inside a helper still pauses the whole task
    return total


def download(name: str, sizes: list[int]) -> Task:
    total = yield from read_chunks(name, sizes)
    return f"{name} got {total} bytes"
# endregion tasks


# region scheduler
def run(tasks: dict[str, Task]) -> dict[str, str]:
    ready = deque(tasks.items())  # first in, first out
    results = {}
    turn = 0
    while ready:
        name, task = ready.popleft()
        turn += 1
        print(f"turn {turn}: {name}")
        try:
            next(task)  # run the task until its next yield
        except StopIteration as finished:
            # The task returned: keep its result and drop it from the queue.
            print(f"  {name} finished: {finished.value!r}")
            results[name] = finished.value
        else:
            ready.append((name, task))  # it yielded: back of the queue
    return results
# endregion scheduler


# region main
results = run({
    "A": count_down("A", 3),
    "B": download("B", [512, 256]),
    "C": count_down("C", 1),
})
print(results)
# endregion main
