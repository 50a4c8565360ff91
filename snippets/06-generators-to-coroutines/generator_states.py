"""The four states Python reports for a generator, from inspect.getgeneratorstate."""
import inspect


def worker():
    # While this line runs, the generator is the code Python is executing.
    print("  inside the body:", inspect.getgeneratorstate(gen))
    yield "first"
    yield "second"


gen = worker()
print("after worker():      ", inspect.getgeneratorstate(gen))

print("next() ->", next(gen))
print("after next():        ", inspect.getgeneratorstate(gen))

# Draining it: the for loop resumes it until the body runs off the end.
for item in gen:
    print("loop got", item)
print("after running out:   ", inspect.getgeneratorstate(gen))

# A second generator, stopped early with close() instead.
gen = worker()
next(gen)
gen.close()
print("after close():       ", inspect.getgeneratorstate(gen))
