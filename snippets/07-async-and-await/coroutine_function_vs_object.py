import inspect
import types


async def brew(drink: str) -> str:
    print(f"brewing {drink}")
    return f"a cup of {drink}"


def plain_brew(drink: str) -> str:
    return f"a cup of {drink}"


# The function itself is an ordinary function object, marked as "made with async def".
print("type(brew) is", type(brew).__name__)
print("iscoroutinefunction(brew):", inspect.iscoroutinefunction(brew))
print("iscoroutinefunction(plain_brew):", inspect.iscoroutinefunction(plain_brew))

# Calling it runs none of the body (no "brewing" line appears): it makes a coroutine object.
tea = brew("tea")
coffee = brew("coffee")
print("type(tea) is", type(tea).__name__)
print("iscoroutine(tea):", inspect.iscoroutine(tea))
print("type(tea) is types.CoroutineType:", type(tea) is types.CoroutineType)
print("each call makes a new object:", tea is not coffee)

# The two kinds are not interchangeable: the function is not a coroutine object,
# and the coroutine object is not a function.
print("iscoroutine(brew):", inspect.iscoroutine(brew))
print("iscoroutinefunction(tea):", inspect.iscoroutinefunction(tea))

# The object remembers which function made it and the arguments it was given.
print("tea comes from", tea.cr_code.co_name, "with", dict(tea.cr_frame.f_locals))

# We never run these two, so we close them. That says "dropped on purpose" and keeps
# Python from warning that they were never awaited.
tea.close()
coffee.close()
