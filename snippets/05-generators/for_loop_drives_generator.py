# region generator
def count_up_to(limit: int):
    number = 1
    while number <= limit:
        yield number
        number += 1
# endregion generator


# region for_loop
# A for loop calls next() for you and stops quietly at StopIteration.
for number in count_up_to(3):
    print("for loop got", number)
# endregion for_loop

# region by_hand
# What the for loop does, written out by hand.
gen = iter(count_up_to(3))  # a generator is its own iterator: iter(gen) is gen
while True:
    try:
        number = next(gen)
    except StopIteration:
        break  # the end of the values, not an error
    print("by hand got", number)
# endregion by_hand

# region consumers
# Anything that consumes an iterable drives a generator the same way.
print("list():", list(count_up_to(4)))
print("sum(): ", sum(count_up_to(4)))
# `in` calls next() only until it finds a match, then stops asking.
numbers = count_up_to(4)
print("'in':  ", 3 in numbers, "| the value after 3 is still waiting:", next(numbers))
# endregion consumers
