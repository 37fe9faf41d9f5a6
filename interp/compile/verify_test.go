package compile

import (
	"errors"
	"fmt"
)

// verify checks the invariants every finished code object must keep,
// without trusting the assembler's own bookkeeping: real opcodes only,
// arguments in range, jumps in range and forward except JUMP_BACKWARD,
// a well-formed exception table, a stack depth that never underflows,
// agrees at every join and never exceeds StackSize, and a position for
// every instruction. It checks nested code objects too.
func verify(c *Code) error {
	if err := verifyOne(c); err != nil {
		return fmt.Errorf("%s: %w", c.QualName, err)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if err := verify(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

func verifyOne(c *Code) error {
	n := len(c.Instrs)
	if n == 0 {
		return errors.New("no instructions")
	}
	if len(c.Kinds) != c.NSlots() {
		return errors.New("slot kinds do not match the slots")
	}
	for pc := 0; pc < n; pc++ {
		op, arg := decode(c.Instrs, pc)
		if op >= NumOpcodes {
			return fmt.Errorf("%d: opcode %d is not a real opcode", pc, op)
		}
		switch {
		case op.HasConst() && int(arg) >= len(c.Consts):
			return fmt.Errorf("%d: constant %d out of range", pc, arg)
		case op == LOAD_GLOBAL && int(arg>>1) >= len(c.Names):
			return fmt.Errorf("%d: name %d out of range", pc, arg>>1)
		case op.HasName() && op != LOAD_GLOBAL && int(arg) >= len(c.Names):
			return fmt.Errorf("%d: name %d out of range", pc, arg)
		case op.HasSlot() && int(arg) >= c.NSlots():
			return fmt.Errorf("%d: slot %d out of range", pc, arg)
		case op.HasJump() && int(arg) >= n:
			return fmt.Errorf("%d: jump target %d out of range", pc, arg)
		case op == JUMP_BACKWARD && int(arg) > pc:
			return fmt.Errorf("%d: JUMP_BACKWARD goes forward", pc)
		case op.HasJump() && op != JUMP_BACKWARD && int(arg) <= pc:
			return fmt.Errorf("%d: %s jumps backward", pc, op)
		}
		if line, _, _, _ := c.Position(pc); line <= 0 {
			return fmt.Errorf("%d: no line number", pc)
		}
	}
	if Op(c.Instrs[n-1]) != RETURN_VALUE && Op(c.Instrs[n-1]) != RETURN_CONST && !Op(c.Instrs[n-1]).Terminates() {
		return errors.New("the last instruction falls off the end")
	}
	prevEnd := int32(0)
	for _, e := range c.ExcTable {
		switch {
		case e.Start < prevEnd || e.Start >= e.End || int(e.End) > n:
			return fmt.Errorf("exception entry %v: bad range", e)
		case int(e.Target) >= n:
			return fmt.Errorf("exception entry %v: target out of range", e)
		case e.Depth < 0 || int(e.Depth) > c.StackSize:
			return fmt.Errorf("exception entry %v: bad depth", e)
		}
		prevEnd = e.End
	}
	return verifyStack(c)
}

// verifyStack walks every path through the code, exception edges
// included, with the stack depth.
func verifyStack(c *Code) error {
	n := len(c.Instrs)
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	reach := func(pc, d int) error {
		if d < 0 {
			return fmt.Errorf("%d: stack underflow", pc)
		}
		if d > c.StackSize {
			return fmt.Errorf("%d: depth %d exceeds stack size %d", pc, d, c.StackSize)
		}
		if pc >= n {
			return fmt.Errorf("control falls off the end")
		}
		switch {
		case depth[pc] < 0:
			depth[pc] = d
			work = append(work, pc)
		case depth[pc] != d:
			return fmt.Errorf("%d: reached with depths %d and %d", pc, depth[pc], d)
		}
		return nil
	}
	if err := reach(0, 0); err != nil {
		return err
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		op, arg := decode(c.Instrs, pc)
		if e, ok := c.Handler(pc); ok {
			hd := int(e.Depth) + 1
			if e.Lasti {
				hd++
			}
			if int(e.Depth) > d {
				return fmt.Errorf("%d: handler depth %d above the stack depth %d", pc, e.Depth, d)
			}
			if err := reach(int(e.Target), hd); err != nil {
				return err
			}
		}
		pop, _ := popPush(op, int(arg))
		if d < pop {
			return fmt.Errorf("%d: %s pops %d of %d", pc, op, pop, d)
		}
		if op.HasJump() {
			if err := reach(int(arg), d+stackEffect(op, int(arg), true)); err != nil {
				return err
			}
		}
		if !op.Terminates() {
			if err := reach(pc+1, d+stackEffect(op, int(arg), false)); err != nil {
				return err
			}
		}
	}
	return nil
}
