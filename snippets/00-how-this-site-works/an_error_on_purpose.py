def average(numbers: list[float]) -> float:
    return sum(numbers) / len(numbers)


print(average([1.0, 2.0, 3.0]))
print(average([]))  # an empty list: there is nothing to divide by
