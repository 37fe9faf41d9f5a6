package eval

import rt "gilfree/runtime"

// runPackageFirst is what gilfree -m does before running a module as
// __main__, as runpy does: it sets __package__ (the module's package, ""
// for a top-level module) and imports the package, running its
// __init__. It returns None when there is nothing to import.
func runPackageFirst(t *rt.Thread, p Program, main *rt.Dict) (*rt.Object, error) {
	if !p.Module {
		return rt.None, nil
	}
	name := t.NewStr(p.Package)
	t.DictSetStr(main, rt.Intern("__package__"), name)
	t.Decref(name)
	if p.Package == "" {
		return rt.None, nil
	}
	return importModule(t, p.Package, main, rt.None, 0)
}
