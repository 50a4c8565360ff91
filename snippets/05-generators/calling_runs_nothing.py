import inspect


def count_up_to(limit: int):
    # The word `yield` anywhere in the body makes this a generator function.
    print(f"  [body] starting, limit={limit}")
    number = 1
    while number <= limit:
        yield number
        number += 1


# Calling it builds a generator object. Not one line of the body runs yet,
# so the "[body] starting" line does not appear here.
gen = count_up_to(3)
print("called count_up_to(3) and got back:", gen)
print("is count_up_to a generator function?", inspect.isgeneratorfunction(count_up_to))
print("is gen a generator object?", inspect.isgenerator(gen))

# Calling it again makes a second, independent generator. Still no body.
other = count_up_to(10)
print("a second call gives a different object:", other is not gen)
