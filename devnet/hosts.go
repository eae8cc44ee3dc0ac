package devnet

import (
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
)

// hosts puts the network's processes on separate hosts of one machine:
// each in its own Linux network namespace, joined to a bridge in the
// machine's namespace by a veth pair, with an address of its own, so that
// traffic between them crosses interfaces and a host can be cut off by
// taking its link down. It needs root and iproute2's ip.
type hosts struct {
	prefix string // names: <prefix>-<process> namespaces, <prefix>br bridge
	subnet string // "10.x.y." with .1 the bridge
	mu     sync.Mutex
	index  map[string]int // process → host number (from 2)
}

// newHosts creates the bridge of a network named prefix (at most 6
// letters and digits). Its subnet is derived from the prefix, so that
// networks of different prefixes can run side by side.
func newHosts(prefix string) (*hosts, error) {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		return nil, errors.New("devnet: separate hosts need Linux and root (ip netns)")
	}
	if len(prefix) == 0 || len(prefix) > 6 || strings.Trim(prefix, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
		return nil, fmt.Errorf("devnet: host prefix %q: want 1 to 6 lowercase letters and digits", prefix)
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(prefix))
	sum := h.Sum32()
	hs := &hosts{prefix: prefix, subnet: fmt.Sprintf("10.%d.%d.", 200+sum%50, (sum>>8)%256), index: map[string]int{}}
	br := hs.bridge()
	_ = ipCmd("link", "del", br) // left over from a run that was killed
	for _, args := range [][]string{
		{"link", "add", br, "type", "bridge"},
		{"addr", "add", hs.subnet + "1/24", "dev", br},
		{"link", "set", br, "up"},
	} {
		if err := ipCmd(args...); err != nil {
			_ = ipCmd("link", "del", br)
			return nil, err
		}
	}
	return hs, nil
}

func (h *hosts) bridge() string { return h.prefix + "br" }

func (h *hosts) netns(name string) string { return h.prefix + "-" + name }

// add creates process name's host and returns its address.
func (h *hosts) add(name string) (string, error) {
	h.mu.Lock()
	i, ok := h.index[name]
	if !ok {
		i = len(h.index) + 2
		h.index[name] = i
	}
	h.mu.Unlock()
	if ok {
		return h.addr(i), nil
	}
	if i > 254 {
		return "", errors.New("devnet: more than 253 hosts")
	}
	ns, outer, inner := h.netns(name), h.veth(i, 'h'), h.veth(i, 'n')
	_ = ipCmd("netns", "del", ns)
	for _, args := range [][]string{
		{"netns", "add", ns},
		{"link", "add", outer, "type", "veth", "peer", "name", inner},
		{"link", "set", inner, "netns", ns},
		{"link", "set", outer, "master", h.bridge(), "up"},
		{"-n", ns, "addr", "add", h.addr(i) + "/24", "dev", inner},
		{"-n", ns, "link", "set", inner, "up"},
		{"-n", ns, "link", "set", "lo", "up"},
		{"-n", ns, "route", "add", "default", "via", h.subnet + "1"},
	} {
		if err := ipCmd(args...); err != nil {
			return "", err
		}
	}
	return h.addr(i), nil
}

func (h *hosts) addr(i int) string { return fmt.Sprintf("%s%d", h.subnet, i) }

// firewallRules drop every connection into a host but replies to its own
// (nftables), as a hospital's firewall that allows no inbound port does.
const firewallRules = `table inet twopm {
	chain input {
		type filter hook input priority 0; policy drop;
		iif lo accept
		ct state established,related accept
	}
}
`

// dropInbound puts firewallRules on process name's host.
func (h *hosts) dropInbound(name string) error {
	cmd := exec.Command("ip", "netns", "exec", h.netns(name), "nft", "-f", "-")
	cmd.Stdin = strings.NewReader(firewallRules)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("devnet: nft on host %s: %v: %s", name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// veth names the host (side 'h') or namespace (side 'n') end of host i's
// link, within the kernel's 15 characters.
func (h *hosts) veth(i int, side byte) string { return fmt.Sprintf("%sv%c%d", h.prefix, side, i) }

// has reports whether process name has a host.
func (h *hosts) has(name string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, ok := h.index[name]
	return ok
}

// command returns the command that runs bin with args on process name's
// host.
func (h *hosts) command(name, bin string, args []string) *exec.Cmd {
	return exec.Command("ip", append([]string{"netns", "exec", h.netns(name), bin}, args...)...)
}

// setLink takes process name's link down (cut off) or up.
func (h *hosts) setLink(name string, up bool) error {
	h.mu.Lock()
	i, ok := h.index[name]
	h.mu.Unlock()
	if !ok {
		return fmt.Errorf("devnet: no host %s", name)
	}
	state := "down"
	if up {
		state = "up"
	}
	return ipCmd("link", "set", h.veth(i, 'h'), state)
}

// linkBytes returns the bytes process name's host sent and received.
func (h *hosts) linkBytes(name string) (sent, received int64, err error) {
	h.mu.Lock()
	i, ok := h.index[name]
	h.mu.Unlock()
	if !ok {
		return 0, 0, fmt.Errorf("devnet: no host %s", name)
	}
	read := func(which string) (int64, error) {
		b, err := os.ReadFile("/sys/class/net/" + h.veth(i, 'h') + "/statistics/" + which)
		if err != nil {
			return 0, err
		}
		var v int64
		_, err = fmt.Sscan(string(b), &v)
		return v, err
	}
	// The host end's received bytes are what the namespace sent.
	if sent, err = read("rx_bytes"); err != nil {
		return 0, 0, err
	}
	received, err = read("tx_bytes")
	return sent, received, err
}

// remove deletes every host and the bridge.
func (h *hosts) remove() {
	h.mu.Lock()
	names := make([]string, 0, len(h.index))
	for name := range h.index {
		names = append(names, name)
	}
	h.mu.Unlock()
	for _, name := range names {
		_ = ipCmd("netns", "del", h.netns(name)) // deletes its veth pair too
	}
	_ = ipCmd("link", "del", h.bridge())
}

// ipCmd runs ip with args.
func ipCmd(args ...string) error {
	out, err := exec.Command("ip", args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("devnet: ip %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}
