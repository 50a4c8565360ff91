def shopping_list():
    yield "eggs"
    yield "milk"
    yield "bread"


items = shopping_list()  # one generator object

print("first pass:")
for item in items:
    print("  buy", item)

# Bug: the same generator again. It already ran to its end, and a finished
# generator has nothing left to give, so this loop runs zero times.
print("second pass, to check everything is in the basket:")
for item in items:
    print("  check", item)

print("done")
