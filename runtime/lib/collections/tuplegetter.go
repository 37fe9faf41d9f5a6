package collections

import "gilfree/runtime"

// tupleGetter is _collections._tuplegetter(index, doc): the data
// descriptor behind each field of a namedtuple class, reading one item of
// the tuple without a Python-level call.
type tupleGetter struct {
	runtime.Object
	index int
	doc   *runtime.Object
}

var tupleGetterType = &runtime.Type{Name: "_tuplegetter", Module: "_collections"}

func readyTuplegetter() {
	tupleGetterType.New = tupleGetterNew
	tupleGetterType.DescrGet = tupleGetterGet
	tupleGetterType.DescrSet = func(t *runtime.Thread, descr, obj, v *runtime.Object) error {
		if v == nil {
			return t.AttributeError("can't delete attribute")
		}
		return t.AttributeError("can't set attribute")
	}
	tupleGetterType.AddGetSets(runtime.GetSetDef{Name: "__doc__",
		Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			g := runtime.As[tupleGetter](o)
			if g.doc == nil {
				return runtime.None, nil
			}
			return t.NewRef(g.doc), nil
		},
		Set: func(t *runtime.Thread, o, v *runtime.Object) error {
			g := runtime.As[tupleGetter](o)
			if v != nil {
				v = t.NewRef(v)
			}
			t.Setref(&g.doc, v)
			return nil
		}})
	tupleGetterType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		g := runtime.As[tupleGetter](o)
		if g.doc != nil {
			t.Clearref(&g.doc)
		}
	})
	runtime.ReadyType[tupleGetter](tupleGetterType, runtime.ObjectType, 0)
}

func tupleGetterNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_tuplegetter", args, kw, 2, 2); err != nil {
		return nil, err
	}
	i, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	g := new(tupleGetter)
	t.InitObject(&g.Object, tupleGetterType)
	g.index = i
	g.doc = t.NewRef(args[1])
	return &g.Object, nil
}

func tupleGetterGet(t *runtime.Thread, descr, obj *runtime.Object, typ *runtime.Type) (*runtime.Object, error) {
	if obj == nil || obj == runtime.None {
		return t.NewRef(descr), nil
	}
	g := runtime.As[tupleGetter](descr)
	if runtime.TypeOf(obj).Flags&runtime.FlagTupleSubclass == 0 {
		return nil, t.TypeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
			g.index, runtime.TypeOf(obj).Name)
	}
	items := runtime.TupleItems(obj)
	if g.index < 0 || g.index >= len(items) {
		return nil, t.IndexError("tuple index out of range")
	}
	return t.NewRef(items[g.index]), nil
}
