package array

import (
	"gilfree/runtime"
)

func readyModule() {
	ArrayType.New = arrayNew
	runtime.RegisterBufferExporter(ArrayType, memory, exports)
	ArrayType.Init = func(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) error {
		return nil
	}
	ArrayType.Repr = arrayRepr
	ArrayType.Len = arrayLen
	ArrayType.GetItem = arrayGetItem
	ArrayType.SetItem = arraySetItem
	ArrayType.Contains = arrayContains
	ArrayType.RichCmp = arrayRichCmp
	ArrayType.Iter = arrayIterate
	ArrayType.Hash = func(t *runtime.Thread, o *runtime.Object) (int64, error) {
		return 0, t.TypeError("unhashable type: 'array.array'")
	}
	ArrayType.Num[runtime.OpAdd] = arrayAdd
	ArrayType.Num[runtime.OpMul] = arrayMul
	ArrayType.INum[runtime.OpAdd] = arrayIAdd
	ArrayType.INum[runtime.OpMul] = arrayIMul
	ArrayType.AddMethods(
		method("append", 1, 1, arrayAppend),
		method("extend", 1, 1, arrayExtend),
		method("insert", 2, 2, arrayInsert),
		method("pop", 0, 1, arrayPop),
		method("remove", 1, 1, arrayRemove),
		method("index", 1, 3, arrayIndex),
		method("count", 1, 1, arrayCount),
		method("reverse", 0, 0, arrayReverse),
		method("byteswap", 0, 0, arrayByteswap),
		method("tobytes", 0, 0, arrayToBytes),
		method("frombytes", 1, 1, arrayFromBytes),
		method("tolist", 0, 0, arrayToList),
		method("fromlist", 1, 1, arrayFromList),
		method("tounicode", 0, 0, arrayToUnicode),
		method("fromunicode", 1, 1, arrayFromUnicode),
		method("buffer_info", 0, 0, arrayBufferInfo),
		method("tofile", 1, 1, arrayToFile),
		method("fromfile", 2, 2, arrayFromFile),
		method("__copy__", 0, 0, arrayCopy),
		method("__deepcopy__", 1, 1, arrayCopy),
	)
	ArrayType.AddGetSets(
		runtime.GetSetDef{Name: "typecode", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewStr(string(of(o).code)), nil
		}, Doc: "the typecode character used to create the array"},
		runtime.GetSetDef{Name: "itemsize", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(of(o).size)), nil
		}, Doc: "the size, in bytes, of one array item"},
	)
	runtime.ReadyType[Array](ArrayType, runtime.ObjectType, runtime.FlagBaseType)

	arrayIterType.Iter = func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) { return t.NewRef(o), nil }
	arrayIterType.Next = arrayIterNext
	arrayIterType.SetClear(arrayIterClear)
	runtime.ReadyType[arrayIter](arrayIterType, runtime.ObjectType, 0)

}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("array")
	t.ModuleSet(m, "array", ArrayType.Obj())
	t.ModuleSet(m, "ArrayType", ArrayType.Obj())
	codes := t.NewStr(typecodes)
	t.ModuleSet(m, "typecodes", codes)
	t.Decref(codes)
	return m
}
