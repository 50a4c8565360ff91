def running_total(prices: list[int]):
    total = 0
    for price in prices:
        total += price
        yield total


gen = running_total([3, 4, 5])
frame = gen.gi_frame  # the frame: this generator's local variables and position
print("not started: line", frame.f_lineno, dict(frame.f_locals))

for _ in range(2):
    print("next() gave", next(gen))
    # Between calls the frame is parked. Its variables are still there.
    print("  parked at line", frame.f_lineno, dict(frame.f_locals))

print("f_locals is a", type(frame.f_locals).__name__)

# A second generator from the same function gets a frame of its own.
fresh = running_total([100])
print("fresh generator:", next(fresh), "| the first still has total =", frame.f_locals["total"])

# Closing a generator throws its frame away.
gen.close()
print("after close(): gi_frame is", gen.gi_frame)
