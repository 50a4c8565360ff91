def count_up_to(limit: int):
    print(f"  [body] starting, limit={limit}")
    number = 1
    while number <= limit:
        print(f"  [body] about to yield {number}")
        yield number
        # We only get here when someone calls next() again.
        print(f"  [body] resumed after yielding {number}")
        number += 1
    print("  [body] loop over, returning")


gen = count_up_to(2)
print("caller: calling next() for the first time")
print("caller: got", next(gen))
print("caller: doing something else in between")
print("caller: calling next() again")
print("caller: got", next(gen))
print("caller: one more next(), though the body has nothing left to yield")
try:
    next(gen)
except StopIteration:
    # A generator signals "I am finished" by raising StopIteration from next().
    print("caller: next() raised StopIteration, so the generator is finished")
