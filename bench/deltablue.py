# Objects, lists and polymorphism: the DeltaBlue incremental constraint solver.
# quick: 1
"""DeltaBlue: an incremental solver for hierarchies of one-way constraints.

DeltaBlue (Freeman-Benson, Maloney and Borning) keeps a set of variables
and constraints over them, each constraint with a strength from REQUIRED
down to WEAKEST.  A constraint is satisfied by choosing one of its
variables as output and a method that computes it from the others; the
chosen methods must not form cycles, each variable has at most one
constraint determining it, and a stronger constraint always wins over a
weaker one.

The solver works incrementally.  Every variable records its walkabout
strength: the weakest strength among the constraints upstream of it,
which says how cheaply it could be taken over.  Adding a constraint
satisfies it if it is stronger than the walkabout strength of a possible
output; the constraint that used to determine that output is then
unsatisfied and retried in turn, and the new walkabout strengths are
propagated downstream.  Removing a constraint resets what it determined,
recomputes the strengths downstream and retries the unsatisfied
constraints it may have been blocking, strongest first.  To change
variables many times, the solver extracts a plan: the satisfied
constraints downstream of some input constraints, in an order where each
one's inputs are computed before it.

Two tests exercise it:

* a chain: n+1 variables joined by n equality constraints, a weak stay
  on the last and an edit on the first; the plan copies each new value of
  the first along the chain;
* a projection: n pairs (src, dst) with dst = src * scale + offset, a
  stay on each src; editing a dst, the scale or the offset has the solver
  turn constraints around and recompute the others.

Each test checks its results.  The program measures method calls on a
small class hierarchy, attribute access, lists and deques of objects.

Usage: deltablue.py [rounds]  (default 150; the quick run uses 1)
"""

import collections
import enum
import sys


class Strength(enum.IntEnum):
    """How much a constraint matters: a smaller value is stronger."""

    REQUIRED = 0
    STRONG_PREFERRED = 1
    PREFERRED = 2
    STRONG_DEFAULT = 3
    NORMAL = 4
    WEAK_DEFAULT = 5
    WEAKEST = 6

    def stronger(self, other):
        return self < other

    def weaker(self, other):
        return self > other

    def next_weaker(self):
        return Strength(self + 1)


def weakest_of(a, b):
    return a if a.weaker(b) else b


class Direction(enum.Enum):
    NONE = 0
    FORWARD = 1
    BACKWARD = 2


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = Strength.WEAKEST
        self.stay = True

    def __repr__(self):
        return f"Variable({self.name!r}, {self.value!r})"

    def add_constraint(self, constraint):
        self.constraints.append(constraint)

    def remove_constraint(self, constraint):
        self.constraints = [c for c in self.constraints if c is not constraint]
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    """A constraint of some strength over some variables, in a planner."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrode."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is Strength.REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        super().__init__(planner, strength)
        self.variable = variable
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.variable.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.variable
        self.satisfied = v.mark != mark and self.strength.stronger(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def recalculate(self):
        v = self.variable
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    """Keep a variable's value: a weak stay lets stronger constraints move it."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Mark a variable as set from outside, by the user of a plan."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = Direction.NONE
        self.add()

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = Direction.NONE

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = Direction.NONE

    def choose_method(self, mark):
        """Pick the direction: compute the weaker, unvisited side if we can."""
        v1, v2, strength = self.v1, self.v2, self.strength
        if v1.mark == mark:
            ok = v2.mark != mark and strength.stronger(v2.walk_strength)
            self.direction = Direction.FORWARD if ok else Direction.NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and strength.stronger(v1.walk_strength)
            self.direction = Direction.BACKWARD if ok else Direction.NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            ok = strength.stronger(v1.walk_strength)
            self.direction = Direction.BACKWARD if ok else Direction.NONE
        else:
            ok = strength.stronger(v2.walk_strength)
            self.direction = Direction.FORWARD if ok else Direction.NONE

    def is_satisfied(self):
        return self.direction is not Direction.NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction is Direction.FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction is Direction.FORWARD else self.v1

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = Direction.NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dst = src * scale + offset, solvable for either src or dst."""

    def __init__(self, planner, src, scale, offset, dst, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, src, dst, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction is Direction.FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan(list):
    """Constraints in an order where each one's inputs are computed first."""

    def execute(self):
        for constraint in self:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.stats = collections.Counter()

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        """Satisfy a new constraint and whatever it overrides, in turn."""
        self.stats["added"] += 1
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        """Take a satisfied constraint out and retry those it was blocking."""
        self.stats["removed"] += 1
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in Strength:
            for c in unsatisfied:
                if c.strength is strength:
                    self.incremental_add(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = collections.deque(sources)
        while todo:
            c = todo.popleft()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_constraints_consuming(out, todo)
        self.stats["planned"] += len(plan)
        return plan

    def extract_plan(self, constraints):
        return self.make_plan(c for c in constraints if c.is_input() and c.is_satisfied())

    def add_propagate(self, constraint, mark):
        """Recompute walkabout strengths downstream; False on a cycle."""
        todo = collections.deque([constraint])
        while todo:
            c = todo.popleft()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.add_constraints_consuming(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        """Reset what out determined; return the constraints left unsatisfied."""
        out.determined_by = None
        out.walk_strength = Strength.WEAKEST
        out.stay = True
        unsatisfied = []
        todo = collections.deque([out])
        while todo:
            v = todo.popleft()
            unsatisfied.extend(c for c in v.constraints if not c.is_satisfied())
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming(self, v, todo):
        determining = v.determined_by
        todo.extend(c for c in v.constraints if c is not determining and c.is_satisfied())


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def chain_test(n):
    """Edit the head of a chain of equalities; the tail must follow."""
    planner = Planner()
    variables = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, Strength.REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, Strength.STRONG_DEFAULT)
    edit = EditConstraint(planner, first, Strength.PREFERRED)
    plan = planner.extract_plan([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        check(last.value == i, f"chain test failed: {last.value} != {i}")
        total += last.value
    edit.destroy()
    return total, planner.stats


def change(planner, variable, value):
    edit = EditConstraint(planner, variable, Strength.PREFERRED)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        variable.value = value
        plan.execute()
    edit.destroy()


def projection_test(n):
    """Edit sources, destinations, the scale and the offset of n projections."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(planner, src, Strength.NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, Strength.REQUIRED)
    change(planner, src, 17)
    check(dst.value == 1170, f"projection 1 failed: {dst.value}")
    change(planner, dst, 1050)
    check(src.value == 5, f"projection 2 failed: {src.value}")
    change(planner, scale, 5)
    for i, d in enumerate(dests[:-1]):
        check(d.value == i * 5 + 1000, f"projection 3 failed at {i}: {d.value}")
    change(planner, offset, 2000)
    for i, d in enumerate(dests[:-1]):
        check(d.value == i * 5 + 2000, f"projection 4 failed at {i}: {d.value}")
    return sum(d.value for d in dests), planner.stats


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    totals = collections.Counter()
    stats = collections.Counter()
    for _ in range(rounds):
        for test in (chain_test, projection_test):
            total, counts = test(100)
            totals[test.__name__] += total
            stats.update(counts)
    print(f"{rounds} rounds of the chain and projection tests on 100 variables")
    for name, total in sorted(totals.items()):
        print(f"  {name}: value total {total}")
    for name, count in sorted(stats.items()):
        print(f"  constraints {name}: {count}")


if __name__ == "__main__":
    main()
