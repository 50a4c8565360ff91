def one_value():
    yield "the only value"
    # A generator may return a value. It does not come out of next() as a
    # value: it travels inside the StopIteration exception.
    return "finished cleanly"


gen = one_value()
print(next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration carried:", repr(stop.value))

# A finished generator stays finished: next() raises StopIteration again,
# this time with no value. Uncaught, it ends the program with a traceback.
print("calling next() on a finished generator...")
next(gen)
