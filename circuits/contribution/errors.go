package contribution

import "errors"

// Errors; callers check them with errors.Is.
var (
	// ErrShape is returned for a Shape that cannot be compiled: no rows,
	// too many rows, no columns, an unknown column or levels that do not
	// give distinct fixed-point values.
	ErrShape = errors.New("contribution: invalid shape")
	// ErrTable is returned by Witness for a table that does not fit the
	// shape: another schema, too many rows, a value out of range or a
	// categorical cell whose value is not its level's.
	ErrTable = errors.New("contribution: table does not fit the shape")
	// ErrClaim is returned by PublicWitness for a claim that does not fit
	// the shape.
	ErrClaim = errors.New("contribution: claim does not fit the shape")
	// ErrProve is returned by Prove when no proof can be made, which for a
	// witness from Witness means a mismatched constraint system or key.
	ErrProve = errors.New("contribution: prove")
	// ErrInvalidProof is returned by Verify for a proof that does not
	// verify against the verifying key and public witness.
	ErrInvalidProof = errors.New("contribution: proof does not verify")
	// ErrBinding is returned by CheckAggregate when the aggregate the MPC
	// revealed is not what the nodes proved: some node fed the
	// aggregation other values than those its commitment holds.
	ErrBinding = errors.New("contribution: aggregate does not match the proven contributions")
)
