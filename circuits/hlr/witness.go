package hlr

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
)

// Claim is what a proof shows, the public part of its witness.
type Claim struct {
	Root       [32]byte
	Rows       int
	Binding    fr.Element
	ParamsHash fr.Element
	Commitment pedersen.Point
}

// Witness computes the gradient of table t at p, its claim, and the full
// and public witnesses that prove it under mask.
func Witness(t *dataset.Table, p Params, binding fr.Element, mask *big.Int, s Shape) (full, public witness.Witness, g []int64, n int64, c Claim, err error) {
	a, g, n, c, err := s.assign(t, p, binding, mask)
	if err != nil {
		return nil, nil, nil, 0, Claim{}, err
	}
	if full, err = frontend.NewWitness(a, ecc.BN254.ScalarField()); err != nil {
		return nil, nil, nil, 0, Claim{}, fmt.Errorf("hlr: witness: %w", err)
	}
	if public, err = full.Public(); err != nil {
		return nil, nil, nil, 0, Claim{}, fmt.Errorf("hlr: witness: %w", err)
	}
	return full, public, g, n, c, nil
}

func (s Shape) assign(t *dataset.Table, p Params, binding fr.Element, mask *big.Int) (*Circuit, []int64, int64, Claim, error) {
	if mask == nil || mask.Sign() < 0 || mask.BitLen() > contribution.MaskBits {
		return nil, nil, 0, Claim{}, fmt.Errorf("%w: mask not in [0, 2^%d)", ErrTable, contribution.MaskBits)
	}
	g, n, err := s.Gradient(t, p)
	if err != nil {
		return nil, nil, 0, Claim{}, err
	}
	commitment, err := s.Commit(g, n, mask)
	if err != nil {
		return nil, nil, 0, Claim{}, err
	}
	root, err := t.CommitmentRoot()
	if err != nil {
		return nil, nil, 0, Claim{}, fmt.Errorf("%w: %w", ErrTable, err)
	}
	a, err := s.Circuit()
	if err != nil {
		return nil, nil, 0, Claim{}, err
	}
	for i, codes := range a.Code {
		for f, fl := range a.l.packing.Fields {
			codes[f] = 0
			if i < len(t.Rows) {
				codes[f] = fl.Code(t.Rows[i][fl.Column])
			}
		}
	}
	for i, v := range p.Beta {
		a.Beta[i] = v
	}
	for i := range p.A {
		a.A[i], a.B[i] = p.A[i], p.B[i]
	}
	for i, m := range p.Modes {
		a.Modes[i] = m
	}
	for i, b := range p.Indicators {
		a.Indicators[i] = map[bool]int{false: 0, true: 1}[b]
	}
	elems := p.elements()
	for i, e := range elems[len(elems)-len(a.Holdout):] {
		a.Holdout[i] = e
	}
	a.Mask = mask
	c := Claim{Root: root, Rows: len(t.Rows), Binding: binding, ParamsHash: p.Hash(), Commitment: commitment}
	c.assign(a)
	return a, g, n, c, nil
}

// assign sets a's public fields from c.
func (c Claim) assign(a *Circuit) {
	var root fr.Element
	root.SetBytes(c.Root[:])
	a.Root, a.Rows, a.Binding, a.ParamsHash = root, c.Rows, c.Binding, c.ParamsHash
	a.Commitment = [2]frontend.Variable{c.Commitment.X, c.Commitment.Y}
}

// PublicWitness returns the public witness a verifier builds from a claim.
func PublicWitness(s Shape, c Claim) (witness.Witness, error) {
	a, err := s.Circuit()
	if err != nil {
		return nil, err
	}
	c.assign(a)
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("hlr: public witness: %w", err)
	}
	return w, nil
}

// Compile compiles the circuit of shape s for PLONK over BN254. It returns
// an error wrapping ErrShape for an invalid shape.
func Compile(s Shape) (constraint.ConstraintSystem, error) {
	c, err := s.Circuit()
	if err != nil {
		return nil, err
	}
	return contribution.CompileCircuit(c)
}
