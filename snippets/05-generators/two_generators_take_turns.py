from collections import deque


def worker(name: str, steps: int):
    for step in range(1, steps + 1):
        print(f"{name}: step {step}")
        yield  # give control back to whoever called next(); resume here later
    print(f"{name}: finished")


# A queue of paused generators, and a loop that resumes them one at a time.
ready = deque([worker("A", 3), worker("B", 2)])
while ready:
    gen = ready.popleft()
    try:
        next(gen)  # run it until its next yield
    except StopIteration:
        continue  # it returned: drop it
    ready.append(gen)  # it paused: back of the queue
print("queue empty, all done")
