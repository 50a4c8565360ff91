import inspect
from inspect import getgeneratorstate


def two_steps():
    # A generator cannot be asked about itself from outside while it runs:
    # whoever called next() is stuck waiting for it. So the body asks instead,
    # through the global name `gen`, which exists by the time the body runs.
    print("  inside, first run:  ", getgeneratorstate(gen))
    yield "step 1"
    print("  inside, second run: ", getgeneratorstate(gen))
    yield "step 2"


gen = two_steps()
print("after the call:       ", getgeneratorstate(gen))
next(gen)
print("after next() #1:      ", getgeneratorstate(gen))
next(gen)
print("after next() #2:      ", getgeneratorstate(gen))
# The body has one more stretch to run: from `yield "step 2"` to its end.
next(gen, "no more values")  # a default instead of StopIteration
print("after next() #3:      ", getgeneratorstate(gen))

# close() ends a generator early, whether it was started or not.
never_started = two_steps()
never_started.close()
print("closed before start:  ", getgeneratorstate(never_started))
print("the states are plain strings:", inspect.GEN_SUSPENDED == "GEN_SUSPENDED")
