package devnet

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

// TestHostsHelper is not a test: run on a host by TestHosts, it serves or
// dials one TCP connection.
func TestHostsHelper(t *testing.T) {
	switch role, addr, _ := strings.Cut(os.Getenv("DEVNET_HOSTS_HELPER"), "="); role {
	case "listen":
		l, err := net.Listen("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			fmt.Fprintln(c, "hello")
			_ = c.Close()
		}
	case "dial":
		c, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(c).ReadString('\n')
		fmt.Print(line)
	}
}

// Two hosts reach each other over the bridge, through their interfaces,
// and the machine reaches them, until one is cut off.
func TestHosts(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("separate hosts need root")
	}
	hs, err := newHosts("tph")
	if err != nil {
		t.Fatal(err)
	}
	defer hs.remove()
	a, err := hs.add("server")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hs.add("client"); err != nil {
		t.Fatal(err)
	}
	addr := net.JoinHostPort(a, "7999")
	srv := hs.command("server", os.Args[0], []string{"-test.run=^TestHostsHelper$"})
	srv.Env = append(os.Environ(), "DEVNET_HOSTS_HELPER=listen="+addr)
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()
	var out []byte
	for range 50 { // until the server listens
		cl := hs.command("client", os.Args[0], []string{"-test.run=^TestHostsHelper$"})
		cl.Env = append(os.Environ(), "DEVNET_HOSTS_HELPER=dial="+addr)
		if out, err = cl.Output(); err == nil && strings.HasPrefix(string(out), "hello") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.HasPrefix(string(out), "hello") {
		t.Fatalf("client read %q from %s (%v)", out, addr, err)
	}
	sent, received, err := hs.linkBytes("client")
	if err != nil || sent == 0 || received == 0 {
		t.Fatalf("client link counters %d sent, %d received (%v)", sent, received, err)
	}
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatalf("from the machine's namespace: %v", err)
	}
	_ = conn.Close()
	if err := hs.setLink("server", false); err != nil {
		t.Fatal(err)
	}
	if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		_ = conn.Close()
		t.Fatal("reached a host that was cut off")
	}
	if err := hs.setLink("server", true); err != nil {
		t.Fatal(err)
	}
}
