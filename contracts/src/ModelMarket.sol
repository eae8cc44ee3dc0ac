// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {TaskEscrow} from "./TaskEscrow.sol";

/// @title ModelMarket
/// @notice Paid inference on models trained by federated tasks. The requester
/// of a settled training task publishes the model of one of its rounds (the
/// artifact whose SHA-256 the task's coordinator recorded as that round's
/// result) at a fixed price per request. Anyone then pays for an inference
/// request; the task's coordinator serves it off chain and either delivers
/// (the payment is shared among the data holders that trained the model) or
/// refunds a request it could not serve. Everyone collects with `withdraw`.
/// @dev Revenue split, computed on chain from TaskEscrow's own record: the
/// holders are every node the escrow credited at least once for the training
/// task (`TaskEscrow.participants`), in order of first credit, and a holder's
/// weight is the number of the task's rounds in which its contribution was
/// credited. The publisher names no holder: it can neither add, leave out nor
/// reweight one. On delivery holder i is credited
/// floor(amount * weight_i / totalWeight) and the rounding remainder, fewer wei
/// than there are holders, goes back to the requester.
///
/// Security: requests are paid exactly the model's price up front and can end
/// only once, delivered or refunded, so a retried transaction cannot pay twice
/// (AlreadyDelivered, AlreadyRefunded). Only the training task's coordinator
/// delivers, and only until the request's deadline; after it anyone may refund
/// the request to its requester, so a coordinator that vanishes cannot keep the
/// payment. The coordinator may refund at any time, never to itself. No
/// function pushes ether except `withdraw`, which pays only the caller, is
/// nonReentrant and zeroes the balance before the transfer (pull payments,
/// checks-effects-interactions). The contract's balance always equals
/// `totalCredits` plus the amounts of the Pending requests.
///
/// Trust: delivery attests that the coordinator served the request, not that
/// its answer is right; `resultHash` commits it to what it answered. Publishing
/// rests on TaskEscrow's records: in a task without a verifier the coordinator
/// is trusted to have named the real contributors. A request's commitment is
/// public: it binds the request to the client's input (plain mode) or to the
/// client's TLS key (private mode), and must not reveal the input itself.
contract ModelMarket is ReentrancyGuard {
    /// @notice Lifecycle of a request. None: unknown id. Pending: paid, waiting
    /// for delivery. Delivered: paid out to the holders. Refunded: paid back to
    /// the requester.
    enum RequestStatus {
        None,
        Pending,
        Delivered,
        Refunded
    }

    /// @notice A published model; amounts in wei, times in seconds.
    /// @param taskId The training task (TaskEscrow id).
    /// @param artifactHash SHA-256 of the model artifact, the result recorded for `round`.
    /// @param publisher The training task's requester, who published the model.
    /// @param round The training round whose result is the model.
    /// @param timeout How long after a request the coordinator may deliver it.
    /// @param privateMode Whether the model is served in private mode: the
    /// requester's client takes part in the inference and alone learns the
    /// answer, and commitments bind the client's TLS key.
    /// @param retired Whether new requests are refused.
    /// @param coordinator The training task's coordinator, the only account
    /// that may deliver.
    /// @param price Wei paid per request.
    /// @param totalWeight Sum of `weights`.
    /// @param holders Accounts that share the revenue: every node credited for
    /// the training task, in the escrow's order of first credit.
    /// @param weights holders[i]'s number of credited rounds in the training task.
    /// @dev publisher, round and timeout share a storage slot; so do
    /// privateMode, retired and coordinator.
    struct Model {
        bytes32 taskId;
        bytes32 artifactHash;
        address publisher;
        uint32 round;
        uint64 timeout;
        bool privateMode;
        bool retired;
        address coordinator;
        uint256 price;
        uint256 totalWeight;
        address[] holders;
        uint32[] weights;
    }

    /// @notice A paid inference request.
    /// @param requester Account that paid; receives refunds and remainders.
    /// @param deadline Last timestamp (seconds) at which it may be delivered.
    /// @param status Lifecycle state, see {RequestStatus}.
    /// @param modelId The model asked.
    /// @param commitment Binds the request to the client's input or TLS key.
    /// @param amount Wei paid, the model's price at the time.
    /// @param resultHash Hash of the answer, once delivered; zero before.
    /// @dev requester, deadline and status share one storage slot.
    struct Request {
        address requester;
        uint64 deadline;
        RequestStatus status;
        uint256 modelId;
        bytes32 commitment;
        uint256 amount;
        bytes32 resultHash;
    }

    /// @notice Most holders a model may have, which bounds the gas of `publish`
    /// and `deliver`: the model of a task that credited more nodes cannot be
    /// published (TooManyHolders), since no subset of them may be chosen.
    uint256 public constant MAX_HOLDERS = 32;
    /// @notice Longest request timeout a model may set, in seconds: a payment
    /// stays locked at most this long when its request is not served.
    uint64 public constant MAX_TIMEOUT = 30 days;

    /// @notice Where the training tasks, their results and contributions are recorded.
    TaskEscrow public immutable taskEscrow;

    mapping(uint256 => Model) private _models;
    mapping(uint256 => Request) private _requests;
    mapping(bytes32 => mapping(uint32 => uint256)) private _modelOf;
    mapping(address => uint256) private _credits;

    /// @notice Number of models published; model ids are 1..modelCount.
    uint256 public modelCount;
    /// @notice Number of requests made; request ids are 1..requestCount.
    uint256 public requestCount;
    /// @notice Sum of all balances waiting for `withdraw`, in wei.
    uint256 public totalCredits;

    /// @notice `publisher` published model `modelId`, the result of a round of task `taskId`.
    event ModelPublished(
        uint256 indexed modelId,
        bytes32 indexed taskId,
        bytes32 artifactHash,
        address indexed publisher,
        uint256 price,
        bool privateMode
    );
    /// @notice The publisher retired model `modelId`: it takes no new requests.
    event ModelRetired(uint256 indexed modelId);
    /// @notice `requester` paid for request `requestId` on model `modelId`,
    /// deliverable until `deadline`.
    event InferenceRequested(
        uint256 indexed requestId, uint256 indexed modelId, address indexed requester, bytes32 commitment, uint64 deadline
    );
    /// @notice Request `requestId` was delivered with `resultHash`; `paid` wei
    /// went to the holders and `remainder` wei back to the requester.
    event InferenceDelivered(uint256 indexed requestId, bytes32 resultHash, uint256 paid, uint256 remainder);
    /// @notice `holder` was credited `amount` wei for request `requestId`.
    event RevenueCredited(uint256 indexed requestId, address indexed holder, uint256 amount);
    /// @notice Request `requestId` was refunded by `by`: `amount` wei were
    /// credited back to its requester.
    event InferenceRefunded(uint256 indexed requestId, uint256 amount, address indexed by);
    /// @notice `account` withdrew `amount` wei of credit.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The task escrow address was zero.
    error ZeroAddress();
    /// @notice TaskEscrow knows no task `taskId`.
    error UnknownTask(bytes32 taskId);
    /// @notice Only the training task's requester may publish its models.
    error NotTaskRequester(address caller);
    /// @notice The training task is not settled (open or cancelled).
    error TaskNotSettled(bytes32 taskId);
    /// @notice The artifact hash was zero.
    error ZeroArtifactHash();
    /// @notice The artifact hash is not the result recorded for round `round`
    /// of task `taskId`, which is `recorded` (zero if none).
    error ArtifactNotRecorded(bytes32 taskId, uint32 round, bytes32 recorded);
    /// @notice Round `round` of task `taskId` is published already, as model
    /// `modelId`, which is not retired.
    error AlreadyPublished(uint256 modelId);
    /// @notice The price was zero.
    error ZeroPrice();
    /// @notice The timeout was zero.
    error ZeroTimeout();
    /// @notice The timeout is longer than MAX_TIMEOUT.
    error TimeoutTooLong(uint64 timeout, uint64 max);
    /// @notice The escrow credited no node for the training task: the model
    /// has nobody to pay.
    error NoHolders();
    /// @notice The escrow credited `count` nodes for the training task, more
    /// than MAX_HOLDERS.
    error TooManyHolders(uint256 count, uint256 max);
    /// @notice No model has this id.
    error UnknownModel(uint256 modelId);
    /// @notice Only the model's publisher may do this.
    error NotPublisher(address caller);
    /// @notice The model is retired: it takes no new requests (and is not retired twice).
    error AlreadyRetired(uint256 modelId);
    /// @notice A request must pay exactly the model's price, `need` wei; it sent `sent`.
    error WrongPayment(uint256 need, uint256 sent);
    /// @notice The commitment was zero.
    error ZeroCommitment();
    /// @notice No request has this id.
    error UnknownRequest(uint256 requestId);
    /// @notice Only the model's coordinator may do this.
    error NotCoordinator(address caller);
    /// @notice The request was delivered already.
    error AlreadyDelivered(uint256 requestId);
    /// @notice The request was refunded already.
    error AlreadyRefunded(uint256 requestId);
    /// @notice The request's deadline, `deadline`, has passed: it can only be refunded.
    error RequestExpired(uint64 deadline);
    /// @notice The result hash was zero.
    error ZeroResultHash();
    /// @notice Only the coordinator may refund before the deadline, `deadline`.
    error TooEarly(uint64 deadline);
    /// @notice The caller has no credit.
    error NothingToWithdraw();
    /// @notice Sending `amount` wei to `to` failed; the credit is kept.
    error TransferFailed(address to, uint256 amount);

    /// @param taskEscrow_ The task escrow whose settled tasks' models are sold; non-zero.
    constructor(address taskEscrow_) {
        if (taskEscrow_ == address(0)) revert ZeroAddress();
        taskEscrow = TaskEscrow(taskEscrow_);
    }

    /// @notice Publishes the model that round `round` of training task `taskId`
    /// produced, at `price` wei per request, its revenue shared by every node
    /// the escrow credited for the task, weighted by its credited rounds.
    /// @dev Checks, in this order: UnknownTask, NotTaskRequester (the caller is
    /// not the task's requester), TaskNotSettled, ZeroArtifactHash,
    /// ArtifactNotRecorded, AlreadyPublished (a live model of the same round),
    /// ZeroPrice, ZeroTimeout, TimeoutTooLong, NoHolders, TooManyHolders.
    /// Reads the task's participants, then one contribution status per
    /// participant and recorded round, about 3,000 gas each on top of some
    /// 330,000 for one holder and 1.3 million for 32 (32 holders of a
    /// 50-round task: about 6 million). Emits ModelPublished.
    /// @param taskId The training task, settled, whose requester is the caller.
    /// @param round The round whose recorded result is the model.
    /// @param artifactHash SHA-256 of the model artifact; must be the round's result.
    /// @param price Wei per request, at least 1.
    /// @param timeout Seconds the coordinator has to deliver a request, 1..MAX_TIMEOUT.
    /// @param privateMode Whether the model is served in private mode.
    /// @return modelId The new model's id.
    function publish(bytes32 taskId, uint32 round, bytes32 artifactHash, uint256 price, uint64 timeout, bool privateMode)
        external
        returns (uint256 modelId)
    {
        TaskEscrow.Task memory t = _settledTask(taskId);
        _checkArtifact(taskId, round, artifactHash);
        if (price == 0) revert ZeroPrice();
        if (timeout == 0) revert ZeroTimeout();
        if (timeout > MAX_TIMEOUT) revert TimeoutTooLong(timeout, MAX_TIMEOUT);
        address[] memory holders = taskEscrow.participants(taskId);
        if (holders.length == 0) revert NoHolders();
        if (holders.length > MAX_HOLDERS) revert TooManyHolders(holders.length, MAX_HOLDERS);

        modelId = ++modelCount;
        _modelOf[taskId][round] = modelId;
        Model storage m = _models[modelId];
        m.taskId = taskId;
        m.artifactHash = artifactHash;
        m.publisher = msg.sender;
        m.round = round;
        m.timeout = timeout;
        m.privateMode = privateMode;
        m.coordinator = t.coordinator;
        m.price = price;
        m.totalWeight = _setHolders(m, taskId, t, holders);
        emit ModelPublished(modelId, taskId, artifactHash, msg.sender, price, privateMode);
    }

    /// @notice Stops model `modelId` from taking new requests; pending ones can
    /// still be delivered or refunded. The same round can then be published again.
    /// @dev Reverts UnknownModel, NotPublisher, AlreadyRetired. Emits ModelRetired.
    function retire(uint256 modelId) external {
        Model storage m = _model(modelId);
        if (msg.sender != m.publisher) revert NotPublisher(msg.sender);
        if (m.retired) revert AlreadyRetired(modelId);
        m.retired = true;
        _modelOf[m.taskId][m.round] = 0; // a live model is its round's model
        emit ModelRetired(modelId);
    }

    /// @notice Pays for an inference request on model `modelId`; msg.value
    /// must be its price exactly.
    /// @dev Reverts UnknownModel, AlreadyRetired, WrongPayment(price, msg.value)
    /// (an unpaid request included), ZeroCommitment. The request is deliverable
    /// until block.timestamp + the model's timeout. Emits InferenceRequested.
    /// @param commitment Hash binding the request to the client's input (plain
    /// mode) or TLS key (private mode), computed off chain; non-zero.
    /// @return requestId The new request's id.
    function request(uint256 modelId, bytes32 commitment) external payable returns (uint256 requestId) {
        Model storage m = _model(modelId);
        if (m.retired) revert AlreadyRetired(modelId);
        if (msg.value != m.price) revert WrongPayment(m.price, msg.value);
        if (commitment == bytes32(0)) revert ZeroCommitment();

        requestId = ++requestCount;
        uint64 deadline = uint64(block.timestamp) + m.timeout;
        _requests[requestId] = Request({
            requester: msg.sender,
            deadline: deadline,
            status: RequestStatus.Pending,
            modelId: modelId,
            commitment: commitment,
            amount: msg.value,
            resultHash: bytes32(0)
        });
        emit InferenceRequested(requestId, modelId, msg.sender, commitment, deadline);
    }

    /// @notice Delivers request `requestId` with the hash of its answer and
    /// credits its payment to the model's holders by weight; the rounding
    /// remainder is credited back to the requester.
    /// @dev Checks, in this order: UnknownRequest, NotCoordinator,
    /// AlreadyDelivered, AlreadyRefunded, RequestExpired (after the deadline),
    /// ZeroResultHash. A retry of a delivery that went through therefore sees
    /// AlreadyDelivered, even after the deadline. Emits one RevenueCredited per
    /// holder, then InferenceDelivered.
    /// @param resultHash Hash of the answer (plain mode) or of the session
    /// transcript (private mode); non-zero.
    function deliver(uint256 requestId, bytes32 resultHash) external {
        Request storage r = _request(requestId);
        Model storage m = _models[r.modelId];
        if (msg.sender != m.coordinator) revert NotCoordinator(msg.sender);
        _requirePending(requestId, r);
        if (block.timestamp > r.deadline) revert RequestExpired(r.deadline);
        if (resultHash == bytes32(0)) revert ZeroResultHash();

        r.status = RequestStatus.Delivered;
        r.resultHash = resultHash;
        uint256 amount = r.amount;
        uint256 total = m.totalWeight;
        uint256 paid = 0;
        uint256 n = m.holders.length;
        for (uint256 i = 0; i < n; i++) {
            address holder = m.holders[i];
            uint256 share = Math.mulDiv(amount, m.weights[i], total);
            _credits[holder] += share;
            paid += share;
            emit RevenueCredited(requestId, holder, share);
        }
        uint256 remainder = amount - paid;
        if (remainder > 0) _credits[r.requester] += remainder;
        totalCredits += amount;
        emit InferenceDelivered(requestId, resultHash, paid, remainder);
    }

    /// @notice Refunds request `requestId`: its whole payment is credited back
    /// to its requester. The model's coordinator may refund a pending request at
    /// any time (it could not serve it); anyone else only after its deadline.
    /// @dev Checks, in this order: UnknownRequest, AlreadyDelivered,
    /// AlreadyRefunded, TooEarly (not the coordinator, deadline not passed).
    /// Emits InferenceRefunded.
    function refund(uint256 requestId) external {
        Request storage r = _request(requestId);
        _requirePending(requestId, r);
        if (msg.sender != _models[r.modelId].coordinator && block.timestamp <= r.deadline) {
            revert TooEarly(r.deadline);
        }
        r.status = RequestStatus.Refunded;
        uint256 amount = r.amount;
        _credits[r.requester] += amount;
        totalCredits += amount;
        emit InferenceRefunded(requestId, amount, msg.sender);
    }

    /// @notice Sends the caller all of its credit (revenue, refunds and remainders).
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

    /// @notice Model `modelId`; reverts UnknownModel if there is none.
    function getModel(uint256 modelId) external view returns (Model memory) {
        return _model(modelId);
    }

    /// @notice The live (not retired) model published for round `round` of task
    /// `taskId`; zero if none.
    function modelOf(bytes32 taskId, uint32 round) external view returns (uint256) {
        return _modelOf[taskId][round];
    }

    /// @notice Request `requestId`; reverts UnknownRequest if there is none.
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _request(requestId);
    }

    /// @notice Wei that `account` can withdraw now.
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    /// @dev The task `taskId`, after checking that the caller is its requester
    /// and that it is settled.
    function _settledTask(bytes32 taskId) private view returns (TaskEscrow.Task memory t) {
        try taskEscrow.getTask(taskId) returns (TaskEscrow.Task memory got) {
            t = got;
        } catch {
            revert UnknownTask(taskId);
        }
        if (msg.sender != t.requester) revert NotTaskRequester(msg.sender);
        if (t.status != TaskEscrow.Status.Settled) revert TaskNotSettled(taskId);
    }

    /// @dev Checks that artifactHash is the recorded result of the round and
    /// that the round has no live model.
    function _checkArtifact(bytes32 taskId, uint32 round, bytes32 artifactHash) private view {
        if (artifactHash == bytes32(0)) revert ZeroArtifactHash();
        bytes32 recorded = taskEscrow.roundResult(taskId, round);
        if (recorded != artifactHash) revert ArtifactNotRecorded(taskId, round, recorded);
        uint256 live = _modelOf[taskId][round];
        if (live != 0) revert AlreadyPublished(live);
    }

    /// @dev Stores the task's participants and their weights, their credited
    /// rounds as the escrow records them, and returns the total weight. Rounds
    /// the task never recorded are skipped without a lookup per holder; every
    /// participant has at least one credited round.
    function _setHolders(Model storage m, bytes32 taskId, TaskEscrow.Task memory t, address[] memory holders)
        private
        returns (uint256 total)
    {
        uint256 n = holders.length;
        uint32[] memory w = new uint32[](n);
        bool allRecorded = t.roundsRecorded == t.rounds;
        for (uint256 r = 1; r <= t.rounds; r++) {
            if (!allRecorded && taskEscrow.roundResult(taskId, uint32(r)) == bytes32(0)) continue;
            for (uint256 i = 0; i < n; i++) {
                if (taskEscrow.contributionStatus(taskId, uint32(r), holders[i]) == TaskEscrow.ContributionStatus.Credited) {
                    w[i]++;
                }
            }
        }
        for (uint256 i = 0; i < n; i++) {
            m.holders.push(holders[i]);
            m.weights.push(w[i]);
            total += w[i];
        }
    }

    function _model(uint256 modelId) private view returns (Model storage m) {
        m = _models[modelId];
        if (m.publisher == address(0)) revert UnknownModel(modelId);
    }

    function _request(uint256 requestId) private view returns (Request storage r) {
        r = _requests[requestId];
        if (r.status == RequestStatus.None) revert UnknownRequest(requestId);
    }

    function _requirePending(uint256 requestId, Request storage r) private view {
        if (r.status == RequestStatus.Delivered) revert AlreadyDelivered(requestId);
        if (r.status == RequestStatus.Refunded) revert AlreadyRefunded(requestId);
    }
}
