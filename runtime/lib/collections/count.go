package collections

import "gilfree/runtime"

var (
	getName     = runtime.Intern("get")
	setItemName = runtime.Intern("__setitem__")
)

// countElements is _collections._count_elements(mapping, iterable):
// mapping[elem] = mapping.get(elem, 0) + 1 for each element, Counter's
// update from an iterable. When the mapping's class keeps dict's own get
// and __setitem__ (a Counter does), it works on the dict directly;
// otherwise it calls the overriding methods as CPython does.
func countElements(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_count_elements", args, kw, 2, 2); err != nil {
		return nil, err
	}
	mapping := args[0]
	typ := runtime.TypeOf(mapping)
	dictType := runtime.DictType
	fast := typ.IsSubtype(dictType) &&
		typ.Lookup(getName) == dictType.Dict().GetStr(getName) &&
		typ.Lookup(setItemName) == dictType.Dict().GetStr(setItemName)
	one := runtime.SmallInt(1)
	zero := runtime.SmallInt(0)
	err := t.ForEach(args[1], func(elem *runtime.Object) (bool, error) {
		var old *runtime.Object
		var err error
		if fast {
			old, err = t.DictGetItem(runtime.As[runtime.Dict](mapping), elem)
			if err != nil {
				return false, err
			}
			if old == nil {
				return true, t.DictSetItem(runtime.As[runtime.Dict](mapping), elem, one)
			}
			t.NewRef(old)
		} else {
			old, err = t.CallMethod(mapping, "get", elem, zero)
			if err != nil {
				return false, err
			}
		}
		n, err := t.BinaryOp(old, one, runtime.OpAdd)
		t.Decref(old)
		if err != nil {
			return false, err
		}
		if fast {
			err = t.DictSetItem(runtime.As[runtime.Dict](mapping), elem, n)
		} else {
			err = t.SetItem(mapping, elem, n)
		}
		t.Decref(n)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}
