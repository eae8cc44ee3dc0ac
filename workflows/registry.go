package workflows

import (
	"slices"
	"strings"

	"go.temporal.io/sdk/workflow"
)

// NodeRegistry keeps the live nodes: every node signals a NodeInfo to it
// every HeartbeatInterval (starting it with SignalWithStart if needed), and
// selection queries it. It never completes; it continues as new every
// RegistryContinueAsNew heartbeats.
func NodeRegistry(ctx workflow.Context, st RegistryState) error {
	nodes := st.Nodes
	if err := workflow.SetQueryHandler(ctx, NodesQuery, func() ([]NodeEntry, error) {
		return nodes, nil
	}); err != nil {
		return err
	}
	upsert := func(info NodeInfo) {
		e := NodeEntry{NodeInfo: info, LastSeen: workflow.Now(ctx)}
		i, found := slices.BinarySearchFunc(nodes, info.ID, func(e NodeEntry, id string) int { return strings.Compare(e.ID, id) })
		if found {
			nodes[i] = e
		} else {
			nodes = slices.Insert(nodes, i, e)
		}
	}
	ch := workflow.GetSignalChannel(ctx, HeartbeatSignal)
	for received := 0; ; {
		var info NodeInfo
		ch.Receive(ctx, &info)
		upsert(info)
		received++
		if received >= RegistryContinueAsNew || workflow.GetInfo(ctx).GetContinueAsNewSuggested() {
			for ch.ReceiveAsync(&info) {
				upsert(info)
			}
			return workflow.NewContinueAsNewError(ctx, NodeRegistryName, RegistryState{Nodes: nodes})
		}
	}
}
