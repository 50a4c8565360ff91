# The same two threads, the same read, call and write, but each update holds a
# lock from the read to the write. A thread can still lose its turn at the
# call, but the other thread then waits at the lock instead of reading.
import sys
import threading

BATCHES = 5
# Fewer rounds than the broken version: with a switch asked for every microsecond, each
# handover of the lock is slow, and a lock loses nothing however many rounds there are.
ROUNDS = 4_000  # per batch
counter = 0
counter_lock = threading.Lock()


def note_progress() -> None:
    """Stands for any small call: a log line, a lookup, a helper."""


def read_call_write_locked() -> None:
    global counter
    for _ in range(BATCHES):
        side_by_side.wait()
        for _ in range(ROUNDS):
            with counter_lock:  # one thread at a time, from the read to the write
                seen = counter
                note_progress()
                counter = seen + 1


side_by_side = threading.Barrier(2)
sys.setswitchinterval(1e-6)  # switch as often as in the broken version
threads = [threading.Thread(target=read_call_write_locked) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
lost = "yes" if counter < 2 * BATCHES * ROUNDS else "no"
print(f"read_call_write_locked: updates were lost in this run: {lost}")
print(f"counter: {counter:,} (expected {2 * BATCHES * ROUNDS:,})")
