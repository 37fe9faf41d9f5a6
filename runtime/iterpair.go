package runtime

// NextPair advances it when it is exactly an enumerate, a zip of two
// iterables without strict, or a dict's items iterator, and returns the
// two items of the tuple its next step would give (new references)
// without making the tuple: the eval loop's for a, b in enumerate(...) /
// zip(x, y) / d.items() unpacks them
// straight into the loop variables. A nil first item means the end (or
// err). ok is false, with nothing consumed, for any other iterator.
func (t *Thread) NextPair(it *Object) (first, second *Object, ok bool, err error) {
	switch TypeOf(it) {
	case EnumerateType:
		first, second, err = enumeratePair(t, As[enumerateObj](it))
		return first, second, true, err
	case ZipType:
		z := As[zipObj](it)
		if len(z.its) != 2 || z.strict {
			return nil, nil, false, nil
		}
		a, err := t.NextItem(z.its[0])
		if a == nil {
			return nil, nil, true, err
		}
		b, err := t.NextItem(z.its[1])
		if b == nil {
			// As zip's step: the first input's item is dropped.
			t.Decref(a)
			return nil, nil, true, err
		}
		return a, b, true, nil
	case DictItemIterType, DictRevItemIterType:
		first, second, err = dictIterStep(t, As[dictIterObj](it), true)
		return first, second, true, err
	}
	return nil, nil, false, nil
}
