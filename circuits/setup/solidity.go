package setup

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"regexp"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/backend/solidity"
)

// ErrUnsupportedKey is returned for a verifying key the network's one
// verifier contract cannot take: not BN254, not exactly one commitment
// (custom gate), or an SRS on other generators than the curve's.
var ErrUnsupportedKey = errors.New("setup: verifying key unsupported by the verifier contract")

// VerifierContract is the name of the network's one PLONK verifier
// contract (contracts/src/verifier/PlonkVerifier.sol), which takes the
// verifying key as an argument: every circuit version is verified by it,
// with the key the verifier registry holds for the version (SolidityVK).
const VerifierContract = "PlonkVerifier"

// vkWords are the verifying key's values the verifier contract reads from
// its vk argument, one 32-byte big-endian word each, in this order: the
// constants gnark's exported verifier compiles in for one key. The G2
// point [τ]₂ of the SRS is among them, so one contract serves any SRS on
// the curve's generators.
var vkWords = []string{
	"VK_NB_PUBLIC_INPUTS", "VK_DOMAIN_SIZE", "VK_INV_DOMAIN_SIZE", "VK_OMEGA",
	"VK_QL_COM_X", "VK_QL_COM_Y", "VK_QR_COM_X", "VK_QR_COM_Y",
	"VK_QM_COM_X", "VK_QM_COM_Y", "VK_QO_COM_X", "VK_QO_COM_Y",
	"VK_QK_COM_X", "VK_QK_COM_Y",
	"VK_S1_COM_X", "VK_S1_COM_Y", "VK_S2_COM_X", "VK_S2_COM_Y", "VK_S3_COM_X", "VK_S3_COM_Y",
	"VK_COSET_SHIFT", "VK_QCP_0_X", "VK_QCP_0_Y", "VK_INDEX_COMMIT_API_0",
	"G2_SRS_1_X_0", "G2_SRS_1_X_1", "G2_SRS_1_Y_0", "G2_SRS_1_Y_1",
}

// vkMem is where the verifier contract copies its vk argument: the start
// of Solidity's free memory, below everything the verifier computes in.
const vkMem = 0x80

// SolidityVKSize is the length in bytes of SolidityVK's encoding.
var SolidityVKSize = 32 * len(vkWords)

// SolidityVK encodes vk as the verifier contract takes it and the verifier
// registry stores it: the words of vkWords, each a big-endian uint256. It
// fails with ErrUnsupportedKey for a key the contract cannot take.
func SolidityVK(vk plonk.VerifyingKey) ([]byte, error) {
	k, ok := vk.(*plonkbn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: not a BN254 PLONK key (%T)", ErrUnsupportedKey, vk)
	}
	if len(k.Qcp) != 1 || len(k.CommitmentConstraintIndexes) != 1 {
		return nil, fmt.Errorf("%w: %d commitments, the contract takes exactly 1", ErrUnsupportedKey, len(k.CommitmentConstraintIndexes))
	}
	_, _, g1, g2 := bn254.Generators()
	if !k.Kzg.G1.Equal(&g1) || !k.Kzg.G2[0].Equal(&g2) {
		return nil, fmt.Errorf("%w: the SRS is not on the curve's generators", ErrUnsupportedKey)
	}
	out := make([]byte, 0, SolidityVKSize)
	word := func(v *big.Int) {
		var w [32]byte
		v.FillBytes(w[:])
		out = append(out, w[:]...)
	}
	u64 := func(v uint64) { word(new(big.Int).SetUint64(v)) }
	fr := func(e interface{ BigInt(*big.Int) *big.Int }) { word(e.BigInt(new(big.Int))) }
	g1p := func(p *bn254.G1Affine) { fr(&p.X); fr(&p.Y) }
	u64(k.NbPublicVariables)
	u64(k.Size)
	fr(&k.SizeInv)
	fr(&k.Generator)
	for _, p := range []*bn254.G1Affine{&k.Ql, &k.Qr, &k.Qm, &k.Qo, &k.Qk, &k.S[0], &k.S[1], &k.S[2]} {
		g1p(p)
	}
	fr(&k.CosetShift)
	g1p(&k.Qcp[0])
	u64(k.CommitmentConstraintIndexes[0])
	tau := &k.Kzg.G2[1] // as gnark's template orders a G2 point: A1 before A0
	fr(&tau.X.A1)
	fr(&tau.X.A0)
	fr(&tau.Y.A1)
	fr(&tau.Y.A0)
	if len(out) != SolidityVKSize {
		return nil, fmt.Errorf("setup: verifying key encoded in %d bytes, want %d", len(out), SolidityVKSize)
	}
	return out, nil
}

// UniversalSolidity returns the source of the verifier contract
// (VerifierContract): gnark's PLONK verifier, exported for k's verifying
// key, with every value of the key (vkWords) read from a vk argument that
// Verify copies to memory first, in place of the constants gnark compiles
// in. The source does not depend on which key k is, as long as the
// contract takes it (SolidityVK); TestUniversalSolidity checks both.
func UniversalSolidity(k *Keys) ([]byte, error) {
	if _, err := SolidityVK(k.VK); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := k.VK.ExportSolidity(&buf, solidity.WithPragmaVersion("^0.8.24")); err != nil {
		return nil, fmt.Errorf("setup: export verifier: %w", err)
	}
	src := buf.String()
	var decls bytes.Buffer
	for i, name := range vkWords {
		decl := regexp.MustCompile(`(?m)^[ \t]*uint256 private constant ` + name + ` = [0-9]+;[ \t]*\n`)
		if n := len(decl.FindAllStringIndex(src, -1)); n != 1 {
			return nil, fmt.Errorf("setup: gnark's verifier declares %s %d times, want once: the template changed", name, n)
		}
		src = decl.ReplaceAllString(src, "")
		src = regexp.MustCompile(`\b`+name+`\b`).ReplaceAllString(src, "mload("+name+"_AT)")
		fmt.Fprintf(&decls, "  uint256 private constant %s_AT = 0x%x;\n", name, vkMem+32*i)
	}
	edits := []struct{ old, new string }{
		{"contract PlonkVerifier {\n", "contract " + VerifierContract + " {\n\n" +
			"  // -------- the verifying key: its words' addresses once Verify copied it\n" +
			fmt.Sprintf("  uint256 private constant VK_MEM = 0x%x;\n  uint256 private constant VK_LEN = 0x%x;\n", vkMem, SolidityVKSize) +
			decls.String()},
		{"function Verify(bytes calldata proof, uint256[] calldata public_inputs)",
			"function Verify(bytes calldata vk, bytes calldata proof, uint256[] calldata public_inputs)"},
		{"    assembly {\n\n      let mem := mload(0x40)\n",
			"    assembly {\n\n" +
				"      // The verifying key goes first in free memory, and free memory\n" +
				"      // starts after it: every step below reads the key there and\n" +
				"      // computes above mload(0x40).\n" +
				"      if iszero(eq(vk.length, VK_LEN)) { revert(0, 0) }\n" +
				"      if iszero(eq(mload(0x40), VK_MEM)) { revert(0, 0) }\n" +
				"      calldatacopy(VK_MEM, vk.offset, VK_LEN)\n" +
				"      mstore(0x40, add(VK_MEM, VK_LEN))\n\n" +
				"      let mem := mload(0x40)\n"},
		{"  /// @param proof serialised plonk proof", "  /// @param vk verifying key, as twopm's setup.SolidityVK encodes it\n  /// @param proof serialised plonk proof"},
	}
	for _, e := range edits {
		if n := len(regexp.MustCompile(regexp.QuoteMeta(e.old)).FindAllStringIndex(src, -1)); n != 1 {
			return nil, fmt.Errorf("setup: gnark's verifier holds %q %d times, want once: the template changed", e.old, n)
		}
		src = regexp.MustCompile(regexp.QuoteMeta(e.old)).ReplaceAllLiteralString(src, e.new)
	}
	header := "// Code generated by twopm circuits solidity from gnark's PLONK verifier, the verifying key\n" +
		"// an argument of Verify (setup.SolidityVK): one contract for every circuit with one\n" +
		"// commitment, under any SRS on BN254's generators. DO NOT EDIT.\n"
	return append([]byte(header), src...), nil
}
