"""throw() raises an exception inside a generator, at the yield where it is paused."""
import inspect


def sensor():
    reading = 0
    while True:
        try:
            yield reading
            reading += 1
        except ValueError as error:
            # The exception appears to come out of the `yield` line above.
            print(f"  sensor caught {error!r} at its yield, starting again from 0")
            reading = 0


probe = sensor()
print("next() ->", next(probe))
print("next() ->", next(probe))
print("next() ->", next(probe))

# Caught inside: the generator carries on, and throw() returns its next yield.
print("throw(ValueError) ->", probe.throw(ValueError("glitch")))
print("next() ->", next(probe))

# Not caught inside: the exception travels out of throw() to the caller,
# and the generator is finished for good.
try:
    probe.throw(RuntimeError("unplugged"))
except RuntimeError as error:
    print(f"throw(RuntimeError) raised {error!r} in the caller")
print("state:", inspect.getgeneratorstate(probe))
