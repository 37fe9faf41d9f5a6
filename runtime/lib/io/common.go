package io

import (
	rt "gilfree/runtime"
)

func selfIter(t *rt.Thread, o *rt.Object) (*rt.Object, error) { return t.NewRef(o), nil }

// addCommon adds the methods both in-memory streams share: the context
// manager, the capability queries and the closed attribute.
func addCommon(typ *rt.Type, isClosed func(*rt.Object) bool, closedErr func(*rt.Thread) error) {
	check := func(t *rt.Thread, o *rt.Object) error {
		if isClosed(o) {
			return closedErr(t)
		}
		return nil
	}
	yes := func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		if err := check(t, args[0]); err != nil {
			return nil, err
		}
		return rt.True, nil
	}
	typ.AddMethods(
		rt.MethodDef{Name: "readable", Fn: yes, Doc: "Returns True if the IO object can be read."},
		rt.MethodDef{Name: "writable", Fn: yes, Doc: "Returns True if the IO object can be written."},
		rt.MethodDef{Name: "seekable", Fn: yes, Doc: "Returns True if the IO object can be seeked."},
		rt.MethodDef{Name: "isatty", Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
			if err := check(t, args[0]); err != nil {
				return nil, err
			}
			return rt.False, nil
		}, Doc: "Always False."},
		rt.MethodDef{Name: "flush", Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
			if err := check(t, args[0]); err != nil {
				return nil, err
			}
			return rt.None, nil
		}, Doc: "Does nothing."},
		rt.MethodDef{Name: "fileno", Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
			return nil, t.NewErrorMsg(rt.UnsupportedOperationType, "fileno")
		}, Doc: "In-memory streams have no file descriptor."},
		rt.MethodDef{Name: "__enter__", Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
			if err := check(t, args[0]); err != nil {
				return nil, err
			}
			return t.NewRef(args[0]), nil
		}},
		rt.MethodDef{Name: "__exit__", Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
			return t.CallMethod(args[0], "close")
		}},
	)
	typ.AddGetSets(rt.GetSetDef{Name: "closed", Get: func(t *rt.Thread, o *rt.Object) (*rt.Object, error) {
		return rt.NewBool(isClosed(o)), nil
	}})
}
