package collections

import "gilfree/runtime"

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_collections")
	t.ModuleSet(m, "deque", DequeType.Obj())
	t.ModuleSet(m, "defaultdict", DefaultDictType.Obj())
	t.ModuleSet(m, "_tuplegetter", tupleGetterType.Obj())
	t.AddFunctions(m, runtime.MethodDef{Name: "_count_elements", Fn: countElements, Doc: "Count elements in the iterable, updating the mapping"})
	return m
}
