// Command twopm runs and uses a 2PM network: a local development network,
// the coordinator and node workers, and the requester's and operator's
// commands. Run twopm help for the list.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	gnarklogger "github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"
)

func main() {
	// gnark logs circuit compilation to stdout, where it would mix with
	// the commands' output (--json); the proving activities log instead.
	gnarklogger.Disable()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := newRoot().ExecuteContext(ctx)
	if err != nil {
		var ec exitCode
		if errors.As(err, &ec) {
			os.Exit(int(ec))
		}
		fmt.Fprintln(os.Stderr, "twopm:", err)
		os.Exit(1)
	}
}

// exitCode ends the program with a code and no further message.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit %d", int(e)) }

func newRoot() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "twopm",
		Short: "2PM: privacy-preserving computation across hospitals",
		Long: `twopm runs and uses a 2PM network, where hospitals compute statistics together
on private data: each node computes on its own file, and only the securely
aggregated sum over all selected nodes is ever revealed.

Every flag shown as [$TWOPM_...] may also be set through that environment
variable; a flag given on the command line wins.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	g.register(root)
	root.AddCommand(newDev(g), newDemo(g), newTask(g), newSchedule(g), newNode(g), newWorker(g), newBench(), newModel(g), newInfer(g), newChain(), newCircuits(), newSchemaCmd(), newData(), newRelay(g))
	return root
}
