// Package setup makes the keys of the network's circuits: the circuit
// versions, the KZG structured reference string (SRS) they are set up
// with, their PLONK proving and verifying keys, the network's one Solidity
// verifier (UniversalSolidity) and each verifying key as it takes it
// (SolidityVK).
//
// # The SRS
//
// PLONK needs a KZG SRS: powers τ^i of a secret τ in G1 and G2. Whoever
// knows τ can forge proofs for every circuit set up with the SRS, so a
// production network loads the result of a powers-of-tau ceremony, where τ
// is safe as long as one participant destroyed its share: ReadSRS reads
// one in gnark-crypto's binary format for BN254 (kzg.SRS.WriteTo), for
// example the Aztec Ignition ceremony's points (2^20 and more, enough for
// every circuit here) converted with gnark-crypto or a file exported by
// gnark's own tooling. The file's SHA-256 identifies it: keys made from it
// are stored under that hash.
//
// The dev network cannot run a ceremony, so DevSRS derives τ from a fixed
// public string. Everyone knows it: proofs under a dev SRS prove nothing,
// which is why the dev network says so in its logs and in the Temporal UI,
// and why nothing here ever picks the dev SRS without being asked to.
//
// # Pinned verifying keys
//
// A Cache keeps keys in an object store every node can write to, so the
// store is trusted for nothing: each verifying key the Cache hands out,
// stored or set up, must hash (VerifyingKeyHash) to the pin its KeyPins
// give for the version and SRS, or Keys fails with ErrKeyNotPinned.
// BinaryPins pins every version's key under the dev SRS in the binary
// (devpins.go, written by twopm circuits solidity --pins in go tool task
// contracts; TestDevPins fails when it is stale). A network on a ceremony
// SRS supplies its own KeyPins, such as its chain's verifier registry.
package setup

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	kzgbn254 "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/dataset"
)

// Errors; callers check them with errors.Is.
var (
	// ErrUnknownVersion is returned by Lookup for an unknown circuit ID.
	ErrUnknownVersion = errors.New("setup: unknown circuit version")
	// ErrSRS is returned for an SRS that cannot be read or is too small
	// for the circuit.
	ErrSRS = errors.New("setup: bad SRS")
)

// Version is one circuit the network proves contributions with. Its ID
// names its keys and its entry in the verifier registry; a change to the circuit or its
// shape is a new version.
type Version struct {
	// ID names the version, such as "stats-heart-disease-v1".
	ID string
	// Shape is the statistics circuit's shape, for a statistics version.
	Shape contribution.Shape
	// HLR is the training circuit's shape, for a version that proves
	// the map step of HLR training; nil for a statistics version.
	HLR *hlr.Shape
	// Test marks a version for tests only: networks never use it.
	Test bool
}

// Versions are the circuits of the network, in the order their verifier
// contracts are generated. StatsNarrowTest and HLRHeartDiseaseTest are for
// the contract tests only.
var Versions = []Version{StatsHeartDisease, StatsNarrowTest, HLRHeartDisease, HLRHeartDiseaseTest}

// StatsHeartDisease proves the statistics of every heart-disease column
// over tables of up to 320 rows (the four hospitals have 123 to 303).
var StatsHeartDisease = Version{
	ID:    "stats-heart-disease-v1",
	Shape: contribution.Shape{Rows: 320, Schema: dataset.HeartDisease},
}

// HLRHeartDisease proves a node's HLR gradient over a heart-disease table
// of up to 320 rows, every column but the label a feature.
var HLRHeartDisease = Version{
	ID:  "hlr-heart-disease-v1",
	HLR: &hlr.Shape{Rows: 320, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel},
}

// HLRHeartDiseaseTest is HLRHeartDisease for tables of up to 8 rows, for
// tests of the verifier contracts.
var HLRHeartDiseaseTest = Version{
	ID:   "hlr-heart-disease-test",
	HLR:  &hlr.Shape{Rows: 8, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel},
	Test: true,
}

// Training reports whether v proves training contributions.
func (v Version) Training() bool { return v.HLR != nil }

// Schema returns the schema v proves contributions over.
func (v Version) Schema() dataset.Schema {
	if v.HLR != nil {
		return v.HLR.Schema
	}
	return v.Shape.Schema
}

// Rows returns the most rows v proves a contribution over.
func (v Version) Rows() int {
	if v.HLR != nil {
		return v.HLR.Rows
	}
	return v.Shape.Rows
}

// Compile compiles v's circuit.
func (v Version) Compile() (constraint.ConstraintSystem, error) {
	if v.HLR != nil {
		return hlr.Compile(*v.HLR)
	}
	return contribution.Compile(v.Shape)
}

// StatsNarrowTest is a small circuit for tests of the verifier contracts:
// up to 4 rows of NarrowSchema.
var StatsNarrowTest = Version{
	ID:    "stats-narrow-test",
	Shape: contribution.Shape{Rows: 4, Schema: NarrowSchema},
	Test:  true,
}

// NarrowSchema is the schema of StatsNarrowTest: a numeric column with
// two decimals, a categorical one and a whole-number one.
var NarrowSchema = dataset.Schema{ID: "narrow", Name: "narrow", Version: "1", Columns: []dataset.Column{
	{Name: "x", Range: &dataset.Range{Min: -10_000_000, Max: 10_000_000, Step: 10_000}},
	{Name: "c", Kind: dataset.Categorical, Levels: []string{"0", "1"}},
	{Name: "y", Range: &dataset.Range{Min: -10_000_000, Max: 10_000_000, Step: 1_000_000}},
}}

// Lookup returns the version with the given ID, or an error wrapping
// ErrUnknownVersion.
func Lookup(id string) (Version, error) {
	for _, v := range Versions {
		if v.ID == id {
			return v, nil
		}
	}
	return Version{}, fmt.Errorf("%w %q", ErrUnknownVersion, id)
}

// ForStats returns the named version that proves the statistics of the
// given columns (empty: all) of a schema, and whether there is one.
func ForStats(schema string, columns []string) (Version, bool) {
	for _, v := range Versions {
		if !v.Test && v.CoversStats(schema, columns) {
			return v, true
		}
	}
	return Version{}, false
}

// SRS is a KZG SRS for BN254 and the SHA-256 of its serialization.
type SRS struct {
	kzg *kzgbn254.SRS
	tau *big.Int // the dev SRS's public secret; nil for a ceremony's
	// Hash identifies the SRS.
	Hash [32]byte
	// Dev says it is the dev SRS, whose secret everyone knows.
	Dev bool
}

// devTau is the secret of the dev SRS: public, hence worthless.
var devTau = sha256.Sum256([]byte("twopm dev SRS: this secret is public, proofs made with it prove nothing"))

// DevSRSSize is the number of G1 points of the dev SRS: enough for a
// 2^19-gate circuit, the largest version.
const DevSRSSize = 1<<19 + 3

// DevSRS returns the dev SRS: deterministic, so every process of a dev
// network derives the same keys, and insecure, since its secret τ is
// written above.
func DevSRS() (*SRS, error) {
	return devSRS(DevSRSSize)
}

// DevSRSFor returns as many points of the dev SRS as v needs, which is
// quicker to make than DevSRS and gives v the same keys.
func DevSRSFor(v Version) (*SRS, error) {
	n, err := v.SRSSize()
	if err != nil {
		return nil, err
	}
	return devSRS(uint64(n))
}

// devSRS returns the first size points of the dev SRS. Keys do not depend
// on the size as long as it suffices, and neither does the dev SRS's Hash,
// the SHA-256 of devTau.
func devSRS(size uint64) (*SRS, error) {
	tau := new(big.Int).SetBytes(devTau[:])
	tau.Mod(tau, fr.Modulus())
	k, err := kzgbn254.NewSRS(size, tau)
	if err != nil {
		return nil, fmt.Errorf("%w: dev SRS: %w", ErrSRS, err)
	}
	return &SRS{kzg: k, tau: tau, Hash: sha256.Sum256(devTau[:]), Dev: true}, nil
}

// lagrange returns the first n points of s in Lagrange form over the
// domain of size n: L_i(τ)·G1. For the dev SRS, whose τ is known, that is
// a batch of scalar multiplications; a ceremony's needs an FFT over G1,
// which takes seconds per 2^15 points but happens once per version.
func (s *SRS) lagrange(n uint64) ([]bn254.G1Affine, error) {
	if s.tau == nil {
		return kzgbn254.ToLagrangeG1(s.kzg.Pk.G1[:n])
	}
	// L_i(τ) = (τ^n − 1)/n · ω^i/(τ − ω^i)
	d := fft.NewDomain(n)
	var tau, tn, c, w fr.Element
	tau.SetBigInt(s.tau)
	tn.Exp(tau, new(big.Int).SetUint64(n))
	c.SetOne()
	tn.Sub(&tn, &c)
	c.SetUint64(n)
	c.Inverse(&c)
	c.Mul(&c, &tn)
	dens := make([]fr.Element, n)
	nums := make([]fr.Element, n)
	w.SetOne()
	for i := range dens {
		dens[i].Sub(&tau, &w)
		nums[i].Mul(&c, &w)
		w.Mul(&w, &d.Generator)
	}
	dens = fr.BatchInvert(dens)
	for i := range nums {
		nums[i].Mul(&nums[i], &dens[i])
	}
	_, _, g1, _ := bn254.Generators()
	return bn254.BatchScalarMultiplicationG1(&g1, nums), nil
}

// DevName is the SRS setting that names the dev SRS.
const DevName = "dev"

// Open returns the SRS a setting names: DevName for the dev SRS, else the
// path of a ceremony SRS file for ReadSRS. An empty setting is an error.
func Open(setting string) (*SRS, error) {
	switch setting {
	case "":
		return nil, fmt.Errorf("%w: no SRS given: %q (insecure) or a ceremony SRS file", ErrSRS, DevName)
	case DevName:
		return DevSRS()
	}
	f, err := os.Open(setting)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSRS, err)
	}
	defer func() { _ = f.Close() }() // read-only
	return ReadSRS(f)
}

// ReadSRS reads a ceremony SRS in gnark-crypto's binary format for BN254
// (kzg.SRS.WriteTo). It returns an error wrapping ErrSRS for a file that
// does not decode.
func ReadSRS(r io.Reader) (*SRS, error) {
	var k kzgbn254.SRS
	if _, err := k.ReadFrom(r); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSRS, err)
	}
	return newSRS(&k)
}

func newSRS(k *kzgbn254.SRS) (*SRS, error) {
	var buf bytes.Buffer
	if _, err := k.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSRS, err)
	}
	return &SRS{kzg: k, Hash: sha256.Sum256(buf.Bytes())}, nil
}

// Size returns the number of G1 points of s.
func (s *SRS) Size() int { return len(s.kzg.Pk.G1) }

// Keys are a version's compiled circuit and its PLONK keys.
type Keys struct {
	Version Version
	CCS     constraint.ConstraintSystem
	PK      plonk.ProvingKey
	VK      plonk.VerifyingKey
}

// SRSSize returns the number of G1 points the version needs.
func (v Version) SRSSize() (int, error) {
	ccs, err := v.Compile()
	if err != nil {
		return 0, err
	}
	n, _ := plonk.SRSSize(ccs)
	return n, nil
}

// NewKeys compiles the version and sets it up with srs. It returns an
// error wrapping ErrSRS when srs is too small.
func NewKeys(v Version, srs *SRS) (*Keys, error) {
	ccs, err := v.Compile()
	if err != nil {
		return nil, err
	}
	k, err := SetupCCS(ccs, srs)
	if err != nil {
		return nil, fmt.Errorf("circuit %s: %w", v.ID, err)
	}
	k.Version = v
	return k, nil
}

// SetupCCS sets any compiled PLONK circuit up with srs; the returned keys
// have no Version. It returns an error wrapping ErrSRS when srs is too
// small.
func SetupCCS(ccs constraint.ConstraintSystem, srs *SRS) (*Keys, error) {
	canonical, lagrange := plonk.SRSSize(ccs)
	if len(srs.kzg.Pk.G1) < canonical {
		return nil, fmt.Errorf("%w: %d points, the circuit needs %d", ErrSRS, len(srs.kzg.Pk.G1), canonical)
	}
	k := *srs.kzg
	k.Pk.G1 = k.Pk.G1[:canonical]
	lag, err := srs.lagrange(uint64(lagrange))
	if err != nil {
		return nil, fmt.Errorf("%w: lagrange form: %w", ErrSRS, err)
	}
	kl := kzgbn254.SRS{Vk: k.Vk}
	kl.Pk.G1 = lag
	pk, vk, err := contribution.Setup(ccs, &k, &kl)
	if err != nil {
		return nil, err
	}
	return &Keys{CCS: ccs, PK: pk, VK: vk}, nil
}

// DevSRSSized returns the first n points of the dev SRS.
func DevSRSSized(n int) (*SRS, error) { return devSRS(uint64(n)) }

// ProverOptions are the options every proof is made with: those gnark's
// Solidity verifier needs.
func ProverOptions() []backend.ProverOption {
	return []backend.ProverOption{solidity.WithProverTargetSolidityVerifier(backend.PLONK)}
}

// VerifierOptions are the options every proof is checked with off chain.
func VerifierOptions() []backend.VerifierOption {
	return []backend.VerifierOption{solidity.WithVerifierTargetSolidityVerifier(backend.PLONK)}
}
