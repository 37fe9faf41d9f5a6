package locks

// cpuRelax executes the x86 PAUSE instruction: it tells the CPU (and a
// hypervisor) that the caller is spinning, which saves power, frees the
// sibling hyper-thread and avoids a memory-order stall when the spun-on
// line changes.
func cpuRelax()
