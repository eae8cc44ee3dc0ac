// Package model holds the plain-Go models that hospitals train for
// horizontal federated binary classification, and the arithmetic the
// coordinator uses to combine their updates.
//
// Three kinds share one representation, a flat weight vector (Model):
//
//   - LR, L2-regularized logistic regression trained by minibatch SGD;
//   - MLP, one tanh hidden layer and a sigmoid output, trained by
//     minibatch SGD;
//   - HLR, logistic regression fit by Newton's method on the sum of the
//     nodes' gradients and negated Hessians (NewtonTerms, NewtonStep).
//
// An HLR fit on standardized features is reported on the original scale
// of the features by Summarize (estimates, and standard errors through the
// covariance A·Σ·Aᵀ of the linear reparametrization), as R's glm and
// statsmodels report it. Where the plain maximum-likelihood estimate does
// not exist the fit fails instead of returning a number: Collinear finds
// the columns of a rank-deficient design from the negated Hessian at 0
// (CollinearTol), and InformationRatio sees a Newton iteration that runs
// off to infinity on separated classes (SeparationTol). With a ridge
// above 0 the estimate always exists.
//
// LR and MLP rounds follow FedAvg: each node runs Train from the global
// model and the coordinator averages the results weighted by row counts
// (Average computes the same in the clear). With Params.Mu > 0 the local
// objective gains the FedProx term (mu/2)·||w − global||².
//
// Every function is deterministic: the same inputs give bit-identical
// outputs on the same GOARCH. Randomness comes only from a PCG stream
// seeded by Params.Seed (and the round, in Train); nothing ranges over a
// map or runs goroutines. Results may differ in the last bits between
// architectures, because math.Exp and friends and fused multiply-add are
// platform-specific.
//
// # Threat model
//
// What leaves a node is what the caller sends: for LR and MLP the weights
// returned by Train, for HLR the gradient and negated Hessian returned by
// NewtonTerms. Neither is private on its own: a model update can leak
// properties of the rows it was trained on, and the Newton terms of a
// single row reveal that row (the Hessian is p(1−p)·x̃x̃ᵀ). The network
// must therefore reveal only sums over several nodes, through secure
// aggregation, never one node's vector.
//
// This package cannot tell an honest update from a poisoned one. Validate
// rejects malformed and non-finite values, but a finite, well-formed
// update passes, and Average trusts the counts it is given, so a node that
// overstates its row count gains weight. Nothing here aborts a round:
// bad input comes back as an error wrapping one of the sentinels in
// errors.go, and error messages carry counts and positions, never feature
// values or labels.
package model
