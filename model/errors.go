package model

import "errors"

// Errors returned (wrapped) by this package; callers check them with
// errors.Is.
var (
	// ErrInvalidData reports a Data whose sizes disagree, that has no
	// rows, a label other than 0 or 1, or a non-finite feature.
	ErrInvalidData = errors.New("model: invalid data")
	// ErrInvalidParams reports a negative or non-finite hyperparameter.
	ErrInvalidParams = errors.New("model: invalid params")
	// ErrInvalidModel reports a Model with an unknown kind, bad sizes, a
	// weight vector of the wrong length or a non-finite weight.
	ErrInvalidModel = errors.New("model: invalid model")
	// ErrUnknownKind reports a kind other than LR, MLP and HLR.
	ErrUnknownKind = errors.New("model: unknown kind")
	// ErrTooLarge reports a model or Newton system with more than
	// MaxParams numbers.
	ErrTooLarge = errors.New("model: too many parameters")
	// ErrMismatch reports inputs whose shapes disagree with each other:
	// data columns versus model features, models of different
	// architectures, vectors of the wrong length.
	ErrMismatch = errors.New("model: mismatched shapes")
	// ErrNotSGD reports a call to Train on an HLR model, which is fit
	// with NewtonTerms and NewtonStep instead.
	ErrNotSGD = errors.New("model: kind is not trained by sgd")
	// ErrDiverged reports training that produced a non-finite weight,
	// usually because the learning rate is too large.
	ErrDiverged = errors.New("model: training diverged")
	// ErrNotFinite reports a NaN or infinite coefficient, gradient or
	// Hessian entry.
	ErrNotFinite = errors.New("model: value is not finite")
	// ErrSingular reports a negated Hessian that is not positive
	// definite, for example with collinear or constant features, or
	// perfectly separated data.
	ErrSingular = errors.New("model: hessian is not positive definite")
	// ErrCollinear reports a design without full column rank: a column
	// that is zero in every row, constant, or a linear combination of
	// others, so that no maximum-likelihood estimate is unique.
	ErrCollinear = errors.New("model: collinear features")
	// ErrSeparated reports data whose classes a combination of the
	// features separates completely or quasi-completely, so that the
	// log-likelihood has no maximum: the coefficients grow without bound.
	ErrSeparated = errors.New("model: classes separated")
	// ErrNotConverged reports that FitNewton used maxIter steps without
	// the step falling below tol.
	ErrNotConverged = errors.New("model: newton did not converge")
)
