package runtime

import "strings"

// slotDoc is the docstring of the slot wrapper that exposes a slot as the
// dunder name (int.__add__.__doc__ is "Return self+value."), worded as
// CPython's. A switch rather than a table, so that start-up builds
// nothing: docstrings are read rarely, by help() and inspect.
func slotDoc(name string) string {
	switch name {
	case "__repr__":
		return "Return repr(self)."
	case "__str__":
		return "Return str(self)."
	case "__hash__":
		return "Return hash(self)."
	case "__len__":
		return "Return len(self)."
	case "__iter__":
		return "Implement iter(self)."
	case "__next__":
		return "Implement next(self)."
	case "__getitem__":
		return "Return self[key]."
	case "__setitem__":
		return "Set self[key] to value."
	case "__delitem__":
		return "Delete self[key]."
	case "__contains__":
		return "Return bool(key in self)."
	case "__bool__":
		return "True if self else False"
	case "__call__":
		return "Call self as a function."
	case "__init__":
		return "Initialize self.  See help(type(self)) for accurate signature."
	case "__getattribute__":
		return "Return getattr(self, name)."
	case "__setattr__":
		return "Implement setattr(self, name, value)."
	case "__delattr__":
		return "Implement delattr(self, name)."
	case "__get__":
		return "Return an attribute of instance, which is of type owner."
	case "__set__":
		return "Set an attribute of instance to value."
	case "__delete__":
		return "Delete an attribute of instance."
	case "__del__":
		return "Called when the instance is about to be destroyed."
	case "__neg__":
		return "-self"
	case "__pos__":
		return "+self"
	case "__abs__":
		return "abs(self)"
	case "__invert__":
		return "~self"
	case "__int__":
		return "int(self)"
	case "__float__":
		return "float(self)"
	case "__index__":
		return "Return self converted to an integer, if self is suitable for use as an index into a list."
	case "__divmod__":
		return "Return divmod(self, value)."
	case "__rdivmod__":
		return "Return divmod(value, self)."
	case "__pow__":
		return "Return pow(self, value, mod)."
	case "__rpow__":
		return "Return pow(value, self, mod)."
	}
	if op := compareSymbol(name); op != "" {
		return "Return self" + op + "value."
	}
	base := strings.TrimSuffix(strings.TrimPrefix(name, "__"), "__")
	switch {
	case strings.HasPrefix(base, "r") && binarySymbol(base[1:]) != "":
		return "Return value" + binarySymbol(base[1:]) + "self."
	case strings.HasPrefix(base, "i") && binarySymbol(base[1:]) != "":
		return "Implement self" + binarySymbol(base[1:]) + "=value."
	case binarySymbol(base) != "":
		return "Return self" + binarySymbol(base) + "value."
	}
	return ""
}

// compareSymbol is the operator of a rich comparison's dunder, or "".
func compareSymbol(name string) string {
	switch name {
	case "__eq__":
		return "=="
	case "__ne__":
		return "!="
	case "__lt__":
		return "<"
	case "__le__":
		return "<="
	case "__gt__":
		return ">"
	case "__ge__":
		return ">="
	}
	return ""
}

// binarySymbol is the operator of a binary arithmetic dunder's base name
// ("add" for __add__), or "".
func binarySymbol(base string) string {
	switch base {
	case "add":
		return "+"
	case "sub":
		return "-"
	case "mul":
		return "*"
	case "truediv":
		return "/"
	case "floordiv":
		return "//"
	case "mod":
		return "%"
	case "matmul":
		return "@"
	case "lshift":
		return "<<"
	case "rshift":
		return ">>"
	case "and":
		return "&"
	case "or":
		return "|"
	case "xor":
		return "^"
	}
	return ""
}
