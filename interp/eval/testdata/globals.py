# Global and builtin name caches: globals deleted and added again, a
# builtin shadowed by a global after its cache warmed up and uncovered
# again, keys made at run time, and a module loop that binds and deletes
# a global on every pass (the except-as pattern).


def use():
    return len("abc"), counter, abs(-2)


counter = 0
for i in range(5):
    counter += 1
    print(use())
    try:
        raise ValueError(i)
    except ValueError as e:
        print("caught", e)

len = lambda s: 100
print(use())
del len
print(use())

globals()["".join(["coun", "ter"])] = 42
print(use())
del counter
try:
    use()
except NameError as e:
    print(e)
globals()["counter"] = 7
print(use())

g = {"x": 1, "y": 2}
code = compile("def f():\n    return x + y\n", "<g>", "exec")
exec(code, g)
f = g["f"]
print(f())
g.popitem()
g.popitem()
g.popitem()
g["y"] = 10
print(f())
del g["x"]
g["x"] = 5
print(f())
for k in list(g):
    if k.startswith("_"):
        del g[k]
print(sorted(g))
