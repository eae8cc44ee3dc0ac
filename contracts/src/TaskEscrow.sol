// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {DataHub} from "./DataHub.sol";

/// @notice A PLONK verifier exported by gnark (contracts/src/verifier/).
interface IPlonkVerifier {
    function Verify(bytes calldata proof, uint256[] calldata publicInputs) external view returns (bool);
}

/// @title TaskEscrow
/// @notice Escrow of a federated task. The requester deposits the payment when it
/// creates the task; after each round the task's coordinator records the round's
/// result hash and the nodes that contributed, and each of them is credited
/// `paymentPerContribution` wei out of the escrow. Settling (coordinator or
/// requester) or cancelling (requester) closes the task and credits whatever is
/// left in escrow back to the requester. Everyone collects with `withdraw`.
/// @dev Funding rule, kept simple on purpose: `createTask` requires at least
/// `paymentPerContribution * rounds` wei (one contribution per round); every
/// `recordRound` requires the escrow left to cover `paymentPerContribution *
/// participants.length`, and reverts InsufficientEscrow(need, have) otherwise.
/// A requester that wants k contributors per round deposits k times the minimum.
///
/// Security: rounds are 1-based and recorded at most once each, so a retried
/// transaction cannot pay twice (RoundAlreadyRecorded for the same hash,
/// RoundResultConflict for another); participants must be strictly ascending,
/// which rules out duplicates and the zero address. No function pushes ether
/// except `withdraw`, which pays only the caller, is nonReentrant and zeroes the
/// balance before the transfer (pull payments, checks-effects-interactions).
/// The contract's balance always equals `totalCredits` plus the escrow of open
/// tasks.
///
/// Proven tasks: a task created with a verifier (a PLONK verifier of the
/// network's statistics circuit) is recorded with `recordProvenRound` only, and
/// a contribution is credited only when its proof verifies against public
/// inputs the contract builds itself: the commitment root and row count the
/// node registered for its data set in the data hub, the binding
/// keccak256(taskId, round) mod r (so a proof of another task or round fails),
/// and the node's commitment to its contribution. A proof that fails, a
/// verifier that reverts or runs out of its VERIFY_GAS, an unknown data set or
/// one the node does not own: each rejects that contribution, which stays in
/// escrow, and emits ContributionRejected. For a task without a verifier, the
/// coordinator is trusted to name the real contributors.
contract TaskEscrow is ReentrancyGuard {
    /// @notice Lifecycle of a task. None: unknown id. Open: rounds can be
    /// recorded. Settled, Cancelled: closed, escrow returned.
    enum Status {
        None,
        Open,
        Settled,
        Cancelled
    }

    /// @notice One task's terms and accounts; all amounts in wei.
    /// @param requester Account that created and funded the task; receives refunds.
    /// @param rounds Number of rounds; rounds are numbered 1..rounds.
    /// @param roundsRecorded How many rounds have been recorded.
    /// @param status Lifecycle state, see {Status}.
    /// @param coordinator The only account that may record rounds.
    /// @param verifier PLONK verifier every contribution must be proven to; zero
    /// for a task whose contributions are not proven.
    /// @param specHash Hash of the task specification agreed off-chain.
    /// @param paymentPerContribution Wei credited to each participant of a round.
    /// @param deposit Wei escrowed at creation.
    /// @param escrow Wei still held for this task (neither credited nor refunded).
    /// @param paid Wei credited to participants so far. Once the task is closed,
    /// deposit - paid is what was credited back to the requester.
    /// @dev requester, rounds, roundsRecorded and status share one storage slot.
    struct Task {
        address requester;
        uint32 rounds;
        uint32 roundsRecorded;
        Status status;
        address coordinator;
        address verifier;
        bytes32 specHash;
        uint256 paymentPerContribution;
        uint256 deposit;
        uint256 escrow;
        uint256 paid;
    }

    /// @notice Why a proven contribution was not credited.
    enum Rejection {
        None,
        UnknownDataset,
        NotDatasetOwner,
        ProofInvalid,
        VerifierFailed
    }

    /// @notice A node's proven contribution to a round.
    /// @param node The contributing node's account.
    /// @param datasetId The data set it computed on, registered in the data hub by `node`.
    /// @param commitment Its Pedersen commitment to the contribution (Baby Jubjub x, y).
    /// @param proof The PLONK proof, as gnark's MarshalSolidity gives it.
    struct Contribution {
        address node;
        bytes32 datasetId;
        uint256[2] commitment;
        bytes proof;
    }

    /// @notice Status of a node's contribution to a recorded round.
    enum ContributionStatus {
        None,
        Credited,
        Rejected
    }

    /// @notice The BN254 scalar field modulus r: public inputs are below it.
    uint256 public constant SNARK_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice Gas each proof verification may use; a PLONK verifier needs about 300k.
    uint256 public constant VERIFY_GAS = 600_000;

    /// @notice Where nodes register their data sets' commitments.
    DataHub public immutable dataHub;

    mapping(bytes32 => Task) private _tasks;
    mapping(bytes32 => mapping(uint32 => mapping(address => ContributionStatus))) private _contributions;
    mapping(bytes32 => mapping(uint32 => bytes32)) private _roundResults;
    mapping(address => uint256) private _credits;
    mapping(bytes32 => address[]) private _participants;
    mapping(bytes32 => mapping(address => bool)) private _isParticipant;

    /// @notice Sum of all balances waiting for `withdraw`, in wei.
    uint256 public totalCredits;

    /// @notice A requester created and funded a task.
    event TaskCreated(
        bytes32 indexed taskId,
        address indexed requester,
        address indexed coordinator,
        bytes32 specHash,
        uint32 rounds,
        uint256 paymentPerContribution,
        uint256 deposit
    );
    /// @notice The coordinator recorded round `round`; `paid` wei were credited in total.
    event RoundRecorded(bytes32 indexed taskId, uint32 indexed round, bytes32 resultHash, address[] participants, uint256 paid);
    /// @notice `participant` was credited `amount` wei for its contribution to round `round`.
    event ContributionCredited(bytes32 indexed taskId, address indexed participant, uint32 round, uint256 amount);
    /// @notice The task was closed as complete by `by`; `refund` wei were credited to the requester.
    event TaskSettled(bytes32 indexed taskId, address indexed by, uint256 paid, uint256 refund);
    /// @notice The requester cancelled the task; `refund` wei were credited back to it.
    event TaskCancelled(bytes32 indexed taskId, uint256 paid, uint256 refund);
    /// @notice `participant`'s contribution to round `round` was not credited, for `reason`.
    event ContributionRejected(bytes32 indexed taskId, address indexed participant, uint32 round, Rejection reason);
    /// @notice `account` withdrew `amount` wei of credit.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The public inputs a proven round's proofs share besides the data
    /// set, the binding and their commitments (for a training round, the hash of the
    /// model parameters the nodes computed at), so that anyone can check them.
    event RoundInputs(bytes32 indexed taskId, uint32 indexed round, uint256[] inputs);

    /// @notice The task id was zero.
    error ZeroTaskId();
    /// @notice A task with this id exists already (ids are never reused).
    error TaskExists(bytes32 taskId);
    /// @notice No task has this id.
    error UnknownTask(bytes32 taskId);
    /// @notice `rounds` was zero.
    error ZeroRounds();
    /// @notice `paymentPerContribution` was zero.
    error ZeroPayment();
    /// @notice The coordinator was the zero address.
    error ZeroAddress();
    /// @notice The escrow (msg.value at creation, what is left when recording) is
    /// `have` wei, short of the `need` wei required. `need` saturates at 2^256-1.
    error InsufficientEscrow(uint256 need, uint256 have);
    /// @notice Only the task's coordinator may do this.
    error NotCoordinator(address caller);
    /// @notice Only the task's requester may do this.
    error NotRequester(address caller);
    /// @notice Only the task's requester or coordinator may do this.
    error NotRequesterOrCoordinator(address caller);
    /// @notice The round number is outside 1..rounds.
    error RoundOutOfRange(uint32 round, uint32 rounds);
    /// @notice The round was already recorded with this very result hash: a retry
    /// of a transaction that went through. Callers may treat it as success.
    error RoundAlreadyRecorded(uint32 round);
    /// @notice The round was already recorded with another result hash, `recorded`.
    error RoundResultConflict(uint32 round, bytes32 recorded);
    /// @notice The result hash was zero.
    error ZeroResultHash();
    /// @notice The participant list was empty.
    error NoParticipants();
    /// @notice participants[index] is not above participants[index-1] (or is the
    /// zero address): the list must be strictly ascending.
    error ParticipantsNotAscending(uint256 index);
    /// @notice The task was settled already.
    error AlreadySettled(bytes32 taskId);
    /// @notice The task was cancelled already.
    error AlreadyCancelled(bytes32 taskId);
    /// @notice The caller has no credit.
    error NothingToWithdraw();
    /// @notice Sending `amount` wei to `to` failed; the credit is kept.
    error TransferFailed(address to, uint256 amount);
    /// @notice The task needs proven rounds (it has a verifier): use recordProvenRound.
    error ProofRequired(bytes32 taskId);
    /// @notice The task has no verifier: use recordRound.
    error NoVerifier(bytes32 taskId);
    /// @notice Too little gas is left to give a verification its VERIFY_GAS.
    error InsufficientGasForProof(uint256 left);
    /// @notice Round input `index` is not below SNARK_FIELD.
    error InputOutOfField(uint256 index);

    /// @param dataHub_ The data hub whose registrations proven rounds check; zero
    /// makes every proven contribution fail with UnknownDataset.
    constructor(address dataHub_) {
        dataHub = DataHub(dataHub_);
    }

    /// @notice Creates task `taskId` and escrows msg.value for it.
    /// @dev Reverts ZeroTaskId, TaskExists, ZeroRounds, ZeroPayment, ZeroAddress,
    /// or InsufficientEscrow when msg.value < paymentPerContribution * rounds.
    /// Emits TaskCreated.
    /// @param taskId Id of the task, e.g. keccak256 of the off-chain task id; non-zero.
    /// @param specHash Hash of the task specification.
    /// @param rounds Number of rounds, at least 1.
    /// @param paymentPerContribution Wei per participant per round, at least 1.
    /// @param coordinator Account that will record the rounds; non-zero.
    /// @param verifier PLONK verifier of the task's contributions, or zero for a
    /// task whose contributions are not proven.
    function createTask(
        bytes32 taskId,
        bytes32 specHash,
        uint32 rounds,
        uint256 paymentPerContribution,
        address coordinator,
        address verifier
    ) external payable {
        if (taskId == bytes32(0)) revert ZeroTaskId();
        if (_tasks[taskId].status != Status.None) revert TaskExists(taskId);
        if (rounds == 0) revert ZeroRounds();
        if (paymentPerContribution == 0) revert ZeroPayment();
        if (coordinator == address(0)) revert ZeroAddress();
        uint256 need = _times(paymentPerContribution, rounds);
        if (msg.value < need) revert InsufficientEscrow(need, msg.value);

        _tasks[taskId] = Task({
            requester: msg.sender,
            rounds: rounds,
            roundsRecorded: 0,
            status: Status.Open,
            coordinator: coordinator,
            verifier: verifier,
            specHash: specHash,
            paymentPerContribution: paymentPerContribution,
            deposit: msg.value,
            escrow: msg.value,
            paid: 0
        });
        emit TaskCreated(taskId, msg.sender, coordinator, specHash, rounds, paymentPerContribution, msg.value);
    }

    /// @notice Records the result of round `round` and credits each participant
    /// `paymentPerContribution` wei out of the task's escrow.
    /// @dev Checks, in this order: UnknownTask, NotCoordinator, RoundOutOfRange,
    /// RoundAlreadyRecorded (same hash) or RoundResultConflict (other hash),
    /// AlreadySettled, AlreadyCancelled, ZeroResultHash, NoParticipants,
    /// ProofRequired (the task has a verifier), ParticipantsNotAscending,
    /// InsufficientEscrow. A retry of a round that went
    /// through therefore always sees RoundAlreadyRecorded, even after settlement.
    /// Emits RoundRecorded and one ContributionCredited per participant.
    /// @param taskId The task.
    /// @param round Round number, 1..rounds.
    /// @param resultHash Hash of the round's result; non-zero.
    /// @param nodes Nodes credited for the round, strictly ascending.
    function recordRound(bytes32 taskId, uint32 round, bytes32 resultHash, address[] calldata nodes) external {
        Task storage t = _openRound(taskId, round, resultHash, nodes.length);
        if (t.verifier != address(0)) revert ProofRequired(taskId);
        address prev = address(0);
        for (uint256 i = 0; i < nodes.length; i++) {
            if (nodes[i] <= prev) revert ParticipantsNotAscending(i);
            prev = nodes[i];
        }
        _markRecorded(taskId, t, round, resultHash, nodes.length);
        uint256 payment = t.paymentPerContribution;
        for (uint256 i = 0; i < nodes.length; i++) {
            _credit(taskId, t, round, nodes[i], payment);
        }
        emit RoundRecorded(taskId, round, resultHash, nodes, _times(payment, nodes.length));
    }

    /// @notice Records round `round` of a proven task: verifies each contribution's
    /// proof and credits `paymentPerContribution` to each node whose proof verifies;
    /// the others stay in escrow. A retry is told apart as in `recordRound`.
    /// @dev Reverts as `recordRound` does (nodes strictly ascending), with NoVerifier
    /// in place of ProofRequired for a task without a verifier, and InsufficientGasForProof when fewer than about
    /// VERIFY_GAS * 64/63 gas are left before a verification, so that the sender
    /// cannot make an honest proof fail by starving it. Emits ContributionCredited or
    /// ContributionRejected per node, then RoundRecorded with the credited nodes.
    /// Reverts InputOutOfField for a round input not below SNARK_FIELD.
    /// Emits RoundInputs first when there are round inputs.
    /// @param roundInputs Public inputs every proof of the round shares, which the
    /// verifier takes after the binding: none for a statistics circuit, the hash of
    /// the round's model parameters for a training one.
    /// @param contributions One per node, ascending by node.
    function recordProvenRound(
        bytes32 taskId,
        uint32 round,
        bytes32 resultHash,
        uint256[] calldata roundInputs,
        Contribution[] calldata contributions
    ) external {
        Task storage t = _openRound(taskId, round, resultHash, contributions.length);
        if (t.verifier == address(0)) revert NoVerifier(taskId);
        for (uint256 i = 0; i < roundInputs.length; i++) {
            if (roundInputs[i] >= SNARK_FIELD) revert InputOutOfField(i);
        }
        address prev = address(0);
        for (uint256 i = 0; i < contributions.length; i++) {
            if (contributions[i].node <= prev) revert ParticipantsNotAscending(i);
            prev = contributions[i].node;
        }
        _markRecorded(taskId, t, round, resultHash, contributions.length);
        if (roundInputs.length > 0) emit RoundInputs(taskId, round, roundInputs);
        address[] memory credited = _creditProven(taskId, t, round, roundInputs, contributions);
        emit RoundRecorded(taskId, round, resultHash, credited, _times(t.paymentPerContribution, credited.length));
    }

    /// @dev Checks each contribution of a proven round, credits those whose proof
    /// verifies and returns their nodes.
    function _creditProven(
        bytes32 taskId,
        Task storage t,
        uint32 round,
        uint256[] calldata roundInputs,
        Contribution[] calldata contributions
    ) private returns (address[] memory credited) {
        uint256 binding = uint256(keccak256(abi.encode(taskId, uint256(round)))) % SNARK_FIELD;
        credited = new address[](contributions.length);
        uint256 n = 0;
        for (uint256 i = 0; i < contributions.length; i++) {
            if (_creditIfProven(taskId, t, round, binding, roundInputs, contributions[i])) {
                credited[n++] = contributions[i].node;
            }
        }
        assembly {
            mstore(credited, n)
        }
    }

    /// @dev Credits contribution c if its proof verifies, else marks it rejected;
    /// returns whether it was credited.
    function _creditIfProven(
        bytes32 taskId,
        Task storage t,
        uint32 round,
        uint256 binding,
        uint256[] calldata roundInputs,
        Contribution calldata c
    ) private returns (bool) {
        Rejection why = _check(t.verifier, binding, roundInputs, c);
        if (why != Rejection.None) {
            _contributions[taskId][round][c.node] = ContributionStatus.Rejected;
            emit ContributionRejected(taskId, c.node, round, why);
            return false;
        }
        _credit(taskId, t, round, c.node, t.paymentPerContribution);
        return true;
    }

    /// @notice Status of `node`'s contribution to round `round` of task `taskId`.
    function contributionStatus(bytes32 taskId, uint32 round, address node) external view returns (ContributionStatus) {
        return _contributions[taskId][round][node];
    }

    /// @notice Every node credited at least once for task `taskId`, each once,
    /// in order of first credit.
    function participants(bytes32 taskId) external view returns (address[] memory) {
        return _participants[taskId];
    }

    /// @notice Closes the task as complete and credits the escrow left to the requester.
    /// Rounds not recorded by then are simply not paid.
    /// @dev Only the coordinator or the requester (NotRequesterOrCoordinator).
    /// Reverts UnknownTask, AlreadySettled or AlreadyCancelled. Emits TaskSettled.
    function settle(bytes32 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.coordinator && msg.sender != t.requester) revert NotRequesterOrCoordinator(msg.sender);
        _requireOpen(taskId, t);
        uint256 refund = _close(t, Status.Settled);
        emit TaskSettled(taskId, msg.sender, t.paid, refund);
    }

    /// @notice Cancels the task: what participants were credited stays theirs,
    /// the rest of the escrow is credited back to the requester.
    /// @dev Only the requester (NotRequester). Reverts UnknownTask, AlreadySettled
    /// or AlreadyCancelled. Emits TaskCancelled.
    function cancel(bytes32 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.requester) revert NotRequester(msg.sender);
        _requireOpen(taskId, t);
        uint256 refund = _close(t, Status.Cancelled);
        emit TaskCancelled(taskId, t.paid, refund);
    }

    /// @notice Sends the caller all of its credit (payments for contributions and refunds).
    /// @dev Reverts NothingToWithdraw, or TransferFailed if the caller rejects
    /// the ether (its credit is then kept). nonReentrant; the credit is zeroed
    /// before the transfer. Emits Withdrawn.
    function withdraw() external nonReentrant {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        _credits[msg.sender] = 0;
        totalCredits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// @notice Task `taskId`; reverts UnknownTask if there is none.
    function getTask(bytes32 taskId) external view returns (Task memory) {
        return _task(taskId);
    }

    /// @notice Result hash recorded for round `round` of `taskId`; zero if none.
    function roundResult(bytes32 taskId, uint32 round) external view returns (bytes32) {
        return _roundResults[taskId][round];
    }

    /// @notice Wei that `account` can withdraw now.
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    /// @notice Whether `taskId` was settled (false for unknown, open and cancelled tasks).
    function isSettled(bytes32 taskId) external view returns (bool) {
        return _tasks[taskId].status == Status.Settled;
    }

    /// @dev The first checks common to both ways of recording a round.
    function _openRound(bytes32 taskId, uint32 round, bytes32 resultHash, uint256 n)
        private
        view
        returns (Task storage t)
    {
        t = _task(taskId);
        if (msg.sender != t.coordinator) revert NotCoordinator(msg.sender);
        if (round == 0 || round > t.rounds) revert RoundOutOfRange(round, t.rounds);
        bytes32 recorded = _roundResults[taskId][round];
        if (recorded != bytes32(0)) {
            if (recorded == resultHash) revert RoundAlreadyRecorded(round);
            revert RoundResultConflict(round, recorded);
        }
        _requireOpen(taskId, t);
        if (resultHash == bytes32(0)) revert ZeroResultHash();
        if (n == 0) revert NoParticipants();
    }

    /// @dev Marks round `round` recorded after checking that the escrow covers n
    /// contributions.
    function _markRecorded(bytes32 taskId, Task storage t, uint32 round, bytes32 resultHash, uint256 n) private {
        uint256 need = _times(t.paymentPerContribution, n);
        if (need > t.escrow) revert InsufficientEscrow(need, t.escrow);
        _roundResults[taskId][round] = resultHash;
        t.roundsRecorded += 1;
    }

    /// @dev Credits `payment` out of the task's escrow to `node` for round `round`.
    function _credit(bytes32 taskId, Task storage t, uint32 round, address node, uint256 payment) private {
        t.escrow -= payment;
        t.paid += payment;
        totalCredits += payment;
        _credits[node] += payment;
        _contributions[taskId][round][node] = ContributionStatus.Credited;
        if (!_isParticipant[taskId][node]) {
            _isParticipant[taskId][node] = true;
            _participants[taskId].push(node);
        }
        emit ContributionCredited(taskId, node, round, payment);
    }

    /// @dev Why contribution c is not to be credited, or None. The verifier gets
    /// VERIFY_GAS at most: a false result, a revert and running out of gas all
    /// reject the proof. Its public inputs are the data set's root and row count,
    /// the binding, the round inputs, then c's commitment.
    function _check(address verifier, uint256 binding, uint256[] calldata roundInputs, Contribution calldata c)
        private
        view
        returns (Rejection)
    {
        DataHub.Dataset memory d;
        try dataHub.getDataset(c.datasetId) returns (DataHub.Dataset memory got) {
            d = got;
        } catch {
            return Rejection.UnknownDataset;
        }
        if (d.owner != c.node) return Rejection.NotDatasetOwner;
        uint256 k = roundInputs.length;
        uint256[] memory inputs = new uint256[](5 + k);
        inputs[0] = uint256(d.commitmentRoot);
        inputs[1] = d.rows;
        inputs[2] = binding;
        for (uint256 i = 0; i < k; i++) {
            inputs[3 + i] = roundInputs[i];
        }
        inputs[3 + k] = c.commitment[0];
        inputs[4 + k] = c.commitment[1];
        if (gasleft() < VERIFY_GAS + VERIFY_GAS / 63 + 10_000) revert InsufficientGasForProof(gasleft());
        (bool ok, bytes memory ret) =
            verifier.staticcall{gas: VERIFY_GAS}(abi.encodeCall(IPlonkVerifier.Verify, (c.proof, inputs)));
        if (!ok || ret.length != 32) return Rejection.VerifierFailed;
        if (!abi.decode(ret, (bool))) return Rejection.ProofInvalid;
        return Rejection.None;
    }

    function _task(bytes32 taskId) private view returns (Task storage t) {
        t = _tasks[taskId];
        if (t.status == Status.None) revert UnknownTask(taskId);
    }

    function _requireOpen(bytes32 taskId, Task storage t) private view {
        if (t.status == Status.Settled) revert AlreadySettled(taskId);
        if (t.status == Status.Cancelled) revert AlreadyCancelled(taskId);
    }

    function _close(Task storage t, Status status) private returns (uint256 refund) {
        refund = t.escrow;
        t.escrow = 0;
        t.status = status;
        if (refund > 0) {
            _credits[t.requester] += refund;
            totalCredits += refund;
        }
    }

    /// @dev a * b, saturating at 2^256-1 instead of panicking, so that an absurd
    /// payment surfaces as InsufficientEscrow.
    function _times(uint256 a, uint256 b) private pure returns (uint256) {
        if (b != 0 && a > type(uint256).max / b) return type(uint256).max;
        return a * b;
    }
}
