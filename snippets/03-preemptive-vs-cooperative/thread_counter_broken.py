# Two threads add one to a shared counter, 500,000 times each. Between reading
# the counter and writing it back, each one calls a small function. CPython
# can switch threads at a call, so a thread may write back a stale number.
import sys
import threading

BATCHES = 5
ROUNDS = 100_000  # per batch
counter = 0


def note_progress() -> None:
    """Stands for any small call: a log line, a lookup, a helper."""


def read_call_write() -> None:
    global counter
    for _ in range(BATCHES):
        side_by_side.wait()  # both threads start each batch together
        for _ in range(ROUNDS):
            seen = counter  # read
            note_progress()  # a call: the thread may lose its turn right here
            counter = seen + 1  # write back what it read, plus one


def plus_equals() -> None:
    global counter
    for _ in range(BATCHES):
        side_by_side.wait()
        for _ in range(ROUNDS):
            counter += 1  # read, add, write, with no call in between


def run_two_threads(work) -> None:
    global counter
    counter = 0
    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The number lost changes from run to run, so print only whether any were.
    lost = "yes" if counter < 2 * BATCHES * ROUNDS else "no"
    print(f"{work.__name__}: updates were lost in this run: {lost}")


# A barrier makes the threads wait for each other, so that they really run side
# by side even on a machine busy with other programs.
side_by_side = threading.Barrier(2)
# CPython asks the running thread to hand over after this interval (5 ms by
# default). A tiny one makes switches frequent even in a short run; it changes
# how often threads switch, not where they can.
sys.setswitchinterval(1e-6)
run_two_threads(read_call_write)
run_two_threads(plus_equals)
