// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {DataHub, INodeActivity} from "./DataHub.sol";
import {VerifierRegistry} from "./VerifierRegistry.sol";

/// @notice The network's PLONK verifier (contracts/src/verifier/PlonkVerifier.sol):
/// gnark's verifier with the verifying key an argument.
interface IPlonkVerifier {
    function Verify(bytes calldata vk, bytes calldata proof, uint256[] calldata publicInputs)
        external
        view
        returns (bool);
}

/// @title TaskEscrow
/// @notice Escrow of a federated task. The requester deposits the payment when it
/// creates the task; after each round the task's coordinator records the round's
/// result hash and the nodes that contributed, and each of them that is still an
/// active, staked node of the NodeRegistry is credited `paymentPerContribution`
/// wei out of the escrow. Settling closes the task and credits whatever is left
/// in escrow back to the requester: the coordinator may settle at any time, the
/// requester only once every round is recorded. Cancelling does the same before
/// that: the requester asks for it with `requestCancel` and completes it with
/// `cancel` (or `settle`) no sooner than `cancelDelay` seconds later. Everyone
/// collects with `withdraw`.
/// @dev Funding rule, kept simple on purpose: `createTask` requires at least
/// `paymentPerContribution * rounds` wei (one contribution per round); every
/// `recordRound` requires the escrow left to cover `paymentPerContribution *
/// participants.length`, and reverts InsufficientEscrow(need, have) otherwise.
/// A requester that wants k contributors per round deposits k times the minimum.
///
/// Security: rounds are 1-based and recorded at most once each, so a retried
/// transaction cannot pay twice (RoundAlreadyRecorded for the same hash,
/// RoundResultConflict for another); participants must be strictly ascending,
/// which rules out duplicates and the zero address. A participant that is not
/// active in the NodeRegistry when its round is recorded (it deregistered, or
/// its stake was withdrawn or slashed below the minimum) is not credited: its
/// contribution is rejected with NodeInactive and its payment stays in escrow.
/// Cancelling takes two steps so that it cannot take away payment for work
/// already done: during the `cancelDelay` after `requestCancel` the coordinator
/// can still record the rounds whose results exist, and the requester cannot
/// close the task sooner by settling it (RoundsNotRecorded, CancelTooEarly).
/// A round that is still running when the cancellation is requested is
/// recorded in time only if it ends, and its recording lands, within the
/// delay: a deployment must set `cancelDelay` above its longest round plus
/// its settlement (the coordinator starts no round once a cancellation is
/// pending). No function pushes ether
/// except `withdraw`, which pays only the caller, is nonReentrant and zeroes the
/// balance before the transfer (pull payments, checks-effects-interactions).
/// The contract's balance always equals `totalCredits` plus the escrow of open
/// tasks.
///
/// Proven tasks: a task created with a circuit ID takes its verifier from the
/// network owner's VerifierRegistry at creation (the requester cannot choose
/// one; an unknown or revoked circuit reverts). It is recorded with
/// `recordProvenRound` only, and a contribution is credited only when its proof
/// verifies against public inputs the contract builds itself: the commitment
/// root and row count the node registered for its data set in the data hub, as
/// the coordinator snapshotted them for the task with `snapshotDatasets` when
/// it first selected the node, before any key derived from the task's data
/// (such as the key that draws a training task's held-out rows) is known. A
/// node never snapshotted for the task is rejected with NotSnapshotted, and
/// one whose data set differs from its snapshot (updated since, or another
/// data set) with DatasetChanged: a node cannot change, or reorder, the table
/// it is paid for once it is selected. Then come the binding
/// `binding(taskId, round, attempt, node, datasetId)`, which ties the proof to
/// this chain, this contract, the task, the round, its attempt, the node and
/// its data set, and the node's commitment to its contribution. A proof that fails, a verifier that reverts or runs out of its
/// VERIFY_GAS, an unknown data set or one the node does not own: each rejects
/// that contribution, which stays in escrow, and emits ContributionRejected. For
/// a task without a circuit, the coordinator is trusted to name the real
/// contributors.
contract TaskEscrow is ReentrancyGuard {
    /// @notice Lifecycle of a task. None: unknown id. Open: rounds can be
    /// recorded (also while a cancellation is pending). Settled, Cancelled:
    /// closed, escrow returned.
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
    /// @param cancelRequestedAt Block timestamp of `requestCancel`, zero if none.
    /// @param verifier PLONK verifier every contribution must be proven to, taken
    /// from the VerifierRegistry at creation; zero for a task whose contributions
    /// are not proven.
    /// @param circuitId The circuit the task's contributions are proven with
    /// (VerifierRegistry ID); zero for an unproven task.
    /// @param specHash Hash of the task specification agreed off-chain.
    /// @param paymentPerContribution Wei credited to each participant of a round.
    /// @param deposit Wei escrowed at creation.
    /// @param escrow Wei still held for this task (neither credited nor refunded).
    /// @param paid Wei credited to participants so far. Once the task is closed,
    /// deposit - paid is what was credited back to the requester.
    /// @dev requester, rounds, roundsRecorded and status share one storage slot,
    /// coordinator and cancelRequestedAt another.
    struct Task {
        address requester;
        uint32 rounds;
        uint32 roundsRecorded;
        Status status;
        address coordinator;
        uint64 cancelRequestedAt;
        address verifier;
        bytes32 circuitId;
        bytes32 specHash;
        uint256 paymentPerContribution;
        uint256 deposit;
        uint256 escrow;
        uint256 paid;
    }

    /// @dev A proven round as its contributions are checked: the task's
    /// verifier, its circuit's verifying key, the round and the attempt.
    struct Proving {
        address verifier;
        bytes vk;
        uint32 round;
        uint32 attempt;
    }

    /// @notice Why a contribution was not credited. NodeInactive applies to
    /// every task; the others to proven tasks only. DatasetChanged: the node's
    /// data set is not the registration snapshotted for it at its selection;
    /// NotSnapshotted: it was never snapshotted for the task (`snapshotDatasets`).
    enum Rejection {
        None,
        UnknownDataset,
        NotDatasetOwner,
        ProofInvalid,
        VerifierFailed,
        NodeInactive,
        DatasetChanged,
        NotSnapshotted
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
    /// @notice Largest `cancelDelay` the constructor accepts: 30 days, in seconds.
    uint64 public constant MAX_CANCEL_DELAY = 30 days;

    /// @notice Where nodes register their data sets' commitments.
    DataHub public immutable dataHub;
    /// @notice The node registry (the data hub's) whose active nodes alone are credited.
    INodeActivity public immutable nodeRegistry;
    /// @notice The network owner's registry of circuits and their verifiers.
    VerifierRegistry public immutable verifiers;
    /// @notice Seconds between `requestCancel` and the earliest `cancel`.
    uint64 public immutable cancelDelay;

    mapping(bytes32 => Task) private _tasks;
    mapping(bytes32 => mapping(uint32 => mapping(address => ContributionStatus))) private _contributions;
    mapping(bytes32 => mapping(uint32 => bytes32)) private _roundResults;
    mapping(address => uint256) private _credits;
    mapping(bytes32 => address[]) private _participants;
    mapping(bytes32 => mapping(address => bool)) private _isParticipant;
    mapping(bytes32 => mapping(address => bytes32)) private _snapshots;

    /// @notice Sum of all balances waiting for `withdraw`, in wei.
    uint256 public totalCredits;

    /// @notice A requester created and funded a task; `circuitId` is zero for an unproven one.
    event TaskCreated(
        bytes32 indexed taskId,
        address indexed requester,
        address indexed coordinator,
        bytes32 specHash,
        uint32 rounds,
        uint256 paymentPerContribution,
        uint256 deposit,
        bytes32 circuitId,
        address verifier
    );
    /// @notice The coordinator recorded round `round`; `credited` were credited, `paid` wei in total.
    event RoundRecorded(bytes32 indexed taskId, uint32 indexed round, bytes32 resultHash, address[] credited, uint256 paid);
    /// @notice `participant` was credited `amount` wei for its contribution to round `round`.
    event ContributionCredited(bytes32 indexed taskId, address indexed participant, uint32 round, uint256 amount);
    /// @notice The task was closed as complete by `by`; `refund` wei were credited to the requester.
    event TaskSettled(bytes32 indexed taskId, address indexed by, uint256 paid, uint256 refund);
    /// @notice The requester asked to cancel the task; it may complete the
    /// cancellation from `cancellableAt` (seconds) on.
    event CancelRequested(bytes32 indexed taskId, uint64 cancellableAt);
    /// @notice The requester cancelled the task; `refund` wei were credited back to it.
    event TaskCancelled(bytes32 indexed taskId, uint256 paid, uint256 refund);
    /// @notice `participant`'s contribution to round `round` was not credited, for `reason`.
    event ContributionRejected(bytes32 indexed taskId, address indexed participant, uint32 round, Rejection reason);
    /// @notice `node`'s data set for the task was fixed when the coordinator
    /// selected it (`snapshotDatasets`): `rows` rows under `commitmentRoot`.
    event DatasetSnapshotted(
        bytes32 indexed taskId, address indexed node, bytes32 datasetId, bytes32 commitmentRoot, uint64 rows
    );
    /// @notice `account` withdrew `amount` wei of credit.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The attempt a proven round's proofs were made for, and the
    /// public inputs they share besides the data set, the binding and their
    /// commitments (for a training round, the hash of the model parameters the
    /// nodes computed at), so that anyone can check them.
    event RoundInputs(bytes32 indexed taskId, uint32 indexed round, uint32 attempt, uint256[] inputs);

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
    /// @notice An address (coordinator, constructor argument) was the zero address.
    error ZeroAddress();
    /// @notice The circuit is not registered in the VerifierRegistry, or was revoked.
    error UnknownCircuit(bytes32 circuitId);
    /// @notice `cancelDelay` given to the constructor was zero or above MAX_CANCEL_DELAY.
    error InvalidDelay(uint64 delay);
    /// @notice The escrow (msg.value at creation, what is left when recording) is
    /// `have` wei, short of the `need` wei required. `need` saturates at 2^256-1.
    error InsufficientEscrow(uint256 need, uint256 have);
    /// @notice Only the task's coordinator may do this.
    error NotCoordinator(address caller);
    /// @notice Only the task's requester may do this.
    error NotRequester(address caller);
    /// @notice Only the task's requester or coordinator may do this.
    error NotRequesterOrCoordinator(address caller);
    /// @notice The requester may settle only once every round is recorded
    /// (`recorded` of `rounds` are), or once a cancellation it requested is due.
    error RoundsNotRecorded(uint32 recorded, uint32 rounds);
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
    /// @notice `requestCancel` was called before; the task can be cancelled from `cancellableAt`.
    error CancelAlreadyRequested(uint64 cancellableAt);
    /// @notice `cancel` was called without a `requestCancel` first.
    error CancelNotRequested(bytes32 taskId);
    /// @notice `cancel` was called before `cancellableAt` (seconds).
    error CancelTooEarly(uint64 cancellableAt);
    /// @notice The caller has no credit.
    error NothingToWithdraw();
    /// @notice Sending `amount` wei to `to` failed; the credit is kept.
    error TransferFailed(address to, uint256 amount);
    /// @notice The task needs proven rounds (it has a circuit): use recordProvenRound.
    error ProofRequired(bytes32 taskId);
    /// @notice The task has no circuit: use recordRound.
    error NoVerifier(bytes32 taskId);
    /// @notice Too little gas is left to give a verification its VERIFY_GAS.
    error InsufficientGasForProof(uint256 left);
    /// @notice Round input `index` is not below SNARK_FIELD.
    error InputOutOfField(uint256 index);
    /// @notice `snapshotDatasets` got `nodes` nodes and `datasetIds` data set IDs.
    error LengthMismatch(uint256 nodes, uint256 datasetIds);
    /// @notice `snapshotDatasets`: data set `datasetId` is not in the data hub.
    error UnknownDataset(bytes32 datasetId);
    /// @notice `snapshotDatasets`: data set `datasetId` belongs to `owner`, not to `node`.
    error DatasetNotOwned(address node, bytes32 datasetId, address owner);
    /// @notice `snapshotDatasets` would fix a new node's data set after a round
    /// of the task was recorded: too late, the task's keys are known by then.
    error SnapshotsClosed(bytes32 taskId);

    /// @param dataHub_ The data hub whose registrations proven rounds check; its
    /// node registry is the one payments check. Non-zero.
    /// @param verifiers_ The VerifierRegistry that maps circuit IDs to verifiers; non-zero.
    /// @param cancelDelay_ Seconds between `requestCancel` and `cancel`, 1 to
    /// MAX_CANCEL_DELAY. It must exceed the deployment's longest round plus its
    /// settlement (recording the round on chain): a round already running when
    /// the cancellation is requested is paid only if it is recorded within the
    /// delay. A dev network's is short for its tests (60 s); production's, e.g.
    /// an hour or more.
    constructor(address dataHub_, address verifiers_, uint64 cancelDelay_) {
        if (dataHub_ == address(0) || verifiers_ == address(0)) revert ZeroAddress();
        if (cancelDelay_ == 0 || cancelDelay_ > MAX_CANCEL_DELAY) revert InvalidDelay(cancelDelay_);
        dataHub = DataHub(dataHub_);
        nodeRegistry = DataHub(dataHub_).registry();
        verifiers = VerifierRegistry(verifiers_);
        cancelDelay = cancelDelay_;
    }

    /// @notice Creates task `taskId` and escrows msg.value for it.
    /// @dev Reverts ZeroTaskId, TaskExists, ZeroRounds, ZeroPayment, ZeroAddress,
    /// UnknownCircuit, or InsufficientEscrow when msg.value <
    /// paymentPerContribution * rounds. Emits TaskCreated.
    /// @param taskId Id of the task, e.g. keccak256 of the off-chain task id; non-zero.
    /// @param specHash Hash of the task specification.
    /// @param rounds Number of rounds, at least 1.
    /// @param paymentPerContribution Wei per participant per round, at least 1.
    /// @param coordinator Account that will record the rounds; non-zero.
    /// @param circuitId VerifierRegistry ID of the circuit the contributions are
    /// proven with (its verifier is looked up now and kept for the task), or zero
    /// for a task whose contributions are not proven.
    function createTask(
        bytes32 taskId,
        bytes32 specHash,
        uint32 rounds,
        uint256 paymentPerContribution,
        address coordinator,
        bytes32 circuitId
    ) external payable {
        if (taskId == bytes32(0)) revert ZeroTaskId();
        if (_tasks[taskId].status != Status.None) revert TaskExists(taskId);
        if (rounds == 0) revert ZeroRounds();
        if (paymentPerContribution == 0) revert ZeroPayment();
        if (coordinator == address(0)) revert ZeroAddress();
        address verifier = address(0);
        if (circuitId != bytes32(0)) {
            try verifiers.verifierOf(circuitId) returns (address v) {
                verifier = v;
            } catch {
                revert UnknownCircuit(circuitId);
            }
        }
        uint256 need = _times(paymentPerContribution, rounds);
        if (msg.value < need) revert InsufficientEscrow(need, msg.value);

        _tasks[taskId] = Task({
            requester: msg.sender,
            rounds: rounds,
            roundsRecorded: 0,
            status: Status.Open,
            coordinator: coordinator,
            cancelRequestedAt: 0,
            verifier: verifier,
            circuitId: circuitId,
            specHash: specHash,
            paymentPerContribution: paymentPerContribution,
            deposit: msg.value,
            escrow: msg.value,
            paid: 0
        });
        emit TaskCreated(
            taskId, msg.sender, coordinator, specHash, rounds, paymentPerContribution, msg.value, circuitId, verifier
        );
    }

    /// @notice Records the result of round `round` and credits each participant
    /// that is an active node `paymentPerContribution` wei out of the task's
    /// escrow; the others are rejected with NodeInactive and their payment stays
    /// in escrow.
    /// @dev Checks, in this order: UnknownTask, NotCoordinator, RoundOutOfRange,
    /// RoundAlreadyRecorded (same hash) or RoundResultConflict (other hash),
    /// AlreadySettled, AlreadyCancelled, ZeroResultHash, NoParticipants,
    /// ProofRequired (the task has a circuit), ParticipantsNotAscending,
    /// InsufficientEscrow (for all the nodes). A retry of a round that went
    /// through therefore always sees RoundAlreadyRecorded, even after settlement.
    /// A pending cancellation does not stop it. Emits ContributionCredited or
    /// ContributionRejected per node, then RoundRecorded with the credited nodes.
    /// @param taskId The task.
    /// @param round Round number, 1..rounds.
    /// @param resultHash Hash of the round's result; non-zero.
    /// @param nodes Nodes that contributed to the round, strictly ascending.
    function recordRound(bytes32 taskId, uint32 round, bytes32 resultHash, address[] calldata nodes) external {
        Task storage t = _openRound(taskId, round, resultHash, nodes.length);
        if (t.verifier != address(0)) revert ProofRequired(taskId);
        address prev = address(0);
        for (uint256 i = 0; i < nodes.length; i++) {
            if (nodes[i] <= prev) revert ParticipantsNotAscending(i);
            prev = nodes[i];
        }
        _markRecorded(taskId, t, round, resultHash, nodes.length);
        address[] memory credited = new address[](nodes.length);
        uint256 n = 0;
        for (uint256 i = 0; i < nodes.length; i++) {
            if (_creditIfActive(taskId, t, round, nodes[i])) credited[n++] = nodes[i];
        }
        assembly {
            mstore(credited, n)
        }
        emit RoundRecorded(taskId, round, resultHash, credited, _times(t.paymentPerContribution, n));
    }

    /// @notice Records round `round` of a proven task: verifies each contribution's
    /// proof and credits `paymentPerContribution` to each active node whose proof
    /// verifies; the others stay in escrow. A retry is told apart as in `recordRound`.
    /// @dev Reverts as `recordRound` does (nodes strictly ascending), with NoVerifier
    /// in place of ProofRequired for a task without a circuit, and InsufficientGasForProof when fewer than about
    /// VERIFY_GAS * 64/63 gas are left before a verification, so that the sender
    /// cannot make an honest proof fail by starving it. Emits RoundInputs, then
    /// ContributionCredited or ContributionRejected per node, then RoundRecorded
    /// with the credited nodes. Reverts InputOutOfField for a round input not
    /// below SNARK_FIELD.
    /// @param attempt The attempt of the round the proofs were made for (the
    /// coordinator's count, from 1); part of each proof's binding.
    /// @param roundInputs Public inputs every proof of the round shares, which the
    /// verifier takes after the binding: none for a statistics circuit, the hash of
    /// the round's model parameters for a training one.
    /// @param contributions One per node, ascending by node.
    function recordProvenRound(
        bytes32 taskId,
        uint32 round,
        uint32 attempt,
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
        emit RoundInputs(taskId, round, attempt, roundInputs);
        // The circuit's key: registry entries are written once, and a revoked
        // circuit keeps its key, so it is the key the task was created with.
        Proving memory p = Proving({verifier: t.verifier, vk: verifiers.vkOf(t.circuitId), round: round, attempt: attempt});
        address[] memory credited = new address[](contributions.length);
        uint256 n = 0;
        for (uint256 i = 0; i < contributions.length; i++) {
            if (_creditIfProven(taskId, t, p, roundInputs, contributions[i])) {
                credited[n++] = contributions[i].node;
            }
        }
        assembly {
            mstore(credited, n)
        }
        emit RoundRecorded(taskId, round, resultHash, credited, _times(t.paymentPerContribution, n));
    }

    /// @notice Fixes, for proven task `taskId`, the data set each of `nodes`
    /// computes on: `nodes[i]`'s is `datasetIds[i]`, with the commitment root and
    /// row count the data hub holds for it now. The coordinator calls it when it
    /// first selects the nodes, before any key derived from the task's data is
    /// known; from then on a contribution of the node is credited only over that
    /// very registration (`_check`: DatasetChanged, NotSnapshotted). A node
    /// already snapshotted for the task keeps its snapshot and is skipped, so a
    /// retried call succeeds and changes nothing.
    /// @dev Only the task's coordinator (NotCoordinator): a node could otherwise
    /// fix a table of its choosing, a requester or an outsider a stale one.
    /// Reverts UnknownTask, NotCoordinator, AlreadySettled, AlreadyCancelled,
    /// NoVerifier (an unproven task checks no data set), LengthMismatch; for a
    /// node not yet snapshotted, SnapshotsClosed once a round of the task is
    /// recorded, UnknownDataset, or DatasetNotOwned when the data set is not the
    /// node's. Emits DatasetSnapshotted per node snapshotted now. Gas: one data
    /// hub read, one storage slot and one event per new node.
    /// @param nodes The selected nodes' accounts, in any order.
    /// @param datasetIds The data set of each node, in the order of `nodes`.
    function snapshotDatasets(bytes32 taskId, address[] calldata nodes, bytes32[] calldata datasetIds) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.coordinator) revert NotCoordinator(msg.sender);
        _requireOpen(taskId, t);
        if (t.verifier == address(0)) revert NoVerifier(taskId);
        if (nodes.length != datasetIds.length) revert LengthMismatch(nodes.length, datasetIds.length);
        mapping(address => bytes32) storage snaps = _snapshots[taskId];
        for (uint256 i = 0; i < nodes.length; i++) {
            address node = nodes[i];
            if (snaps[node] != bytes32(0)) continue;
            if (t.roundsRecorded != 0) revert SnapshotsClosed(taskId);
            bytes32 id = datasetIds[i];
            DataHub.Dataset memory d;
            try dataHub.getDataset(id) returns (DataHub.Dataset memory got) {
                d = got;
            } catch {
                revert UnknownDataset(id);
            }
            if (d.owner != node) revert DatasetNotOwned(node, id, d.owner);
            snaps[node] = keccak256(abi.encode(id, d.commitmentRoot, d.rows));
            emit DatasetSnapshotted(taskId, node, id, d.commitmentRoot, d.rows);
        }
    }

    /// @notice The binding of a proof of `node`'s contribution from data set
    /// `datasetId` to attempt `attempt` of round `round` of task `taskId` on this
    /// contract: keccak256(abi.encode(block.chainid, address(this), taskId,
    /// round, attempt, node, datasetId)) mod SNARK_FIELD, every value a 32-byte
    /// word (numbers big-endian, addresses left-padded with zeros). The proof
    /// takes it as a public input, so it is worth nothing for any other chain,
    /// deployment, task, round, attempt, node or data set.
    function binding(bytes32 taskId, uint32 round, uint32 attempt, address node, bytes32 datasetId)
        public
        view
        returns (uint256)
    {
        return uint256(
            keccak256(abi.encode(block.chainid, address(this), taskId, uint256(round), uint256(attempt), node, datasetId))
        ) % SNARK_FIELD;
    }

    /// @dev Credits `node` for round `round` if it is an active node, else marks
    /// its contribution rejected; returns whether it was credited.
    function _creditIfActive(bytes32 taskId, Task storage t, uint32 round, address node) private returns (bool) {
        if (!nodeRegistry.isActive(node)) {
            _reject(taskId, round, node, Rejection.NodeInactive);
            return false;
        }
        _credit(taskId, t, round, node, t.paymentPerContribution);
        return true;
    }

    /// @dev Credits contribution c if its node is active and its proof verifies,
    /// else marks it rejected; returns whether it was credited.
    function _creditIfProven(
        bytes32 taskId,
        Task storage t,
        Proving memory p,
        uint256[] calldata roundInputs,
        Contribution calldata c
    ) private returns (bool) {
        Rejection why = Rejection.NodeInactive;
        if (nodeRegistry.isActive(c.node)) why = _check(taskId, p, roundInputs, c);
        if (why != Rejection.None) {
            _reject(taskId, p.round, c.node, why);
            return false;
        }
        _credit(taskId, t, p.round, c.node, t.paymentPerContribution);
        return true;
    }

    /// @notice Status of `node`'s contribution to round `round` of task `taskId`.
    function contributionStatus(bytes32 taskId, uint32 round, address node) external view returns (ContributionStatus) {
        return _contributions[taskId][round][node];
    }

    /// @notice Every node credited at least once for task `taskId`, each once, in
    /// order of first credit.
    function participants(bytes32 taskId) external view returns (address[] memory) {
        return _participants[taskId];
    }

    /// @notice keccak256(abi.encode(datasetId, commitmentRoot, rows)) of the data
    /// set `node` computes on for task `taskId`, fixed by `snapshotDatasets`
    /// when the coordinator selected it; zero if it was not.
    function datasetSnapshot(bytes32 taskId, address node) external view returns (bytes32) {
        return _snapshots[taskId][node];
    }

    /// @notice Closes the task as complete and credits the escrow left to the requester.
    /// Rounds not recorded by then are simply not paid. The coordinator may
    /// settle at any time (it records the rounds). The requester may settle
    /// only once every round is recorded; before that, only once a
    /// cancellation it requested is due, and then settling is that
    /// cancellation (status Cancelled, TaskCancelled): it cannot close the task
    /// between a round's result and its recording.
    /// @dev Only the coordinator or the requester (NotRequesterOrCoordinator).
    /// Reverts UnknownTask, AlreadySettled or AlreadyCancelled; for the
    /// requester with rounds unrecorded, RoundsNotRecorded(recorded, rounds)
    /// without a cancellation request and CancelTooEarly(cancellableAt) before
    /// it is due. Emits TaskSettled, or TaskCancelled for the requester's
    /// settle of a cancelled task.
    function settle(bytes32 taskId) external {
        Task storage t = _task(taskId);
        bool byCoordinator = msg.sender == t.coordinator;
        if (!byCoordinator && msg.sender != t.requester) revert NotRequesterOrCoordinator(msg.sender);
        _requireOpen(taskId, t);
        if (!byCoordinator && t.roundsRecorded < t.rounds) {
            if (t.cancelRequestedAt == 0) revert RoundsNotRecorded(t.roundsRecorded, t.rounds);
            _cancel(taskId, t);
            return;
        }
        uint256 refund = _close(t, Status.Settled);
        emit TaskSettled(taskId, msg.sender, t.paid, refund);
    }

    /// @notice First step of cancelling: the task stays open for `cancelDelay`
    /// seconds, in which the coordinator can still record the rounds it has
    /// results for (and settle); then the requester may `cancel` (or `settle`,
    /// which is then the same). The coordinator starts no new round once it
    /// sees the request; a round already running is paid only if it is
    /// recorded within the delay.
    /// @dev Only the requester (NotRequester). Reverts UnknownTask, AlreadySettled,
    /// AlreadyCancelled or CancelAlreadyRequested. Emits CancelRequested.
    function requestCancel(bytes32 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.requester) revert NotRequester(msg.sender);
        _requireOpen(taskId, t);
        if (t.cancelRequestedAt != 0) revert CancelAlreadyRequested(t.cancelRequestedAt + cancelDelay);
        t.cancelRequestedAt = uint64(block.timestamp);
        emit CancelRequested(taskId, uint64(block.timestamp) + cancelDelay);
    }

    /// @notice Completes a cancellation asked for with `requestCancel` at least
    /// `cancelDelay` seconds ago: what participants were credited stays theirs,
    /// the rest of the escrow is credited back to the requester.
    /// @dev Only the requester (NotRequester). Reverts UnknownTask, AlreadySettled,
    /// AlreadyCancelled, CancelNotRequested or CancelTooEarly. Emits TaskCancelled.
    function cancel(bytes32 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.requester) revert NotRequester(msg.sender);
        _requireOpen(taskId, t);
        if (t.cancelRequestedAt == 0) revert CancelNotRequested(taskId);
        _cancel(taskId, t);
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

    /// @dev Credits `payment` out of the task's escrow to `node` for round
    /// `round`, and lists `node` among the task's participants at its first credit.
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

    function _reject(bytes32 taskId, uint32 round, address node, Rejection why) private {
        _contributions[taskId][round][node] = ContributionStatus.Rejected;
        emit ContributionRejected(taskId, node, round, why);
    }

    /// @dev Why contribution c is not to be credited, or None; p is the round
    /// and the task's verifier and key. The data set it
    /// names must exist and be the node's, and its registration now must be the
    /// one snapshotted for the node at its selection: none is NotSnapshotted
    /// (a node the coordinator did not fix before the task's keys were known),
    /// another DatasetChanged. The verifier, given the circuit's key,
    /// gets VERIFY_GAS at most: a false result, a revert and running out of gas
    /// all reject the proof. Its public inputs are the data set's root and row
    /// count, the binding, the round inputs, then c's commitment.
    function _check(bytes32 taskId, Proving memory p, uint256[] calldata roundInputs, Contribution calldata c)
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
        bytes32 snap = _snapshots[taskId][c.node];
        if (snap == bytes32(0)) return Rejection.NotSnapshotted;
        if (snap != keccak256(abi.encode(c.datasetId, d.commitmentRoot, d.rows))) return Rejection.DatasetChanged;
        uint256 k = roundInputs.length;
        uint256[] memory inputs = new uint256[](5 + k);
        inputs[0] = uint256(d.commitmentRoot);
        inputs[1] = d.rows;
        inputs[2] = binding(taskId, p.round, p.attempt, c.node, c.datasetId);
        for (uint256 i = 0; i < k; i++) {
            inputs[3 + i] = roundInputs[i];
        }
        inputs[3 + k] = c.commitment[0];
        inputs[4 + k] = c.commitment[1];
        if (gasleft() < VERIFY_GAS + VERIFY_GAS / 63 + 10_000) revert InsufficientGasForProof(gasleft());
        (bool ok, bytes memory ret) =
            p.verifier.staticcall{gas: VERIFY_GAS}(abi.encodeCall(IPlonkVerifier.Verify, (p.vk, c.proof, inputs)));
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

    /// @dev Cancels open task t, whose cancellation was requested: reverts
    /// CancelTooEarly before it is due.
    function _cancel(bytes32 taskId, Task storage t) private {
        uint64 cancellableAt = t.cancelRequestedAt + cancelDelay;
        if (block.timestamp < cancellableAt) revert CancelTooEarly(cancellableAt);
        uint256 refund = _close(t, Status.Cancelled);
        emit TaskCancelled(taskId, t.paid, refund);
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
