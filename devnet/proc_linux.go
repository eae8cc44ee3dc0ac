package devnet

import "syscall"

// sysProcAttr puts a child in its own process group, so a terminal's Ctrl-C
// reaches only the supervisor, which stops the children in order, and has
// the kernel stop the child if the supervisor dies.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
}
