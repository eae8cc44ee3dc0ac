// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title NodeRegistry
/// @notice On-chain identity of the network's nodes (hospitals). A node registers
/// its name, the SHA-256 fingerprint of its TLS certificate and its endpoint,
/// and locks a stake of at least `minStake` wei. Leaving takes two steps:
/// `requestDeregister` makes the node inactive at once, and `withdrawStake`
/// returns the stake only `deregisterDelay` seconds later, so that misbehaviour
/// found in the meantime can still be slashed.
/// @dev Roles: the deployer holds DEFAULT_ADMIN_ROLE (the owner) and grants
/// SLASHER_ROLE. Every revert is a custom error; every state change emits an
/// event. Ether leaves the contract only in `withdrawStake` (to the node) and
/// `slash` (to the slasher's chosen recipient), both nonReentrant and written
/// checks-effects-interactions.
contract NodeRegistry is AccessControl, ReentrancyGuard {
    /// @notice Role allowed to call `slash`. Its admin is DEFAULT_ADMIN_ROLE.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice Largest `deregisterDelay` the constructor accepts: 10 years, in seconds.
    uint64 public constant MAX_DEREGISTER_DELAY = 3650 days;

    /// @notice Lifecycle of a node record.
    /// @dev None: never registered, or stake withdrawn. Active: registered and
    /// not leaving. Exiting: deregistration requested, stake still locked.
    enum Status {
        None,
        Active,
        Exiting
    }

    /// @notice What the registry knows about one node.
    /// @param name Human-readable name of the hospital.
    /// @param tlsFingerprint SHA-256 of the node's TLS certificate (DER).
    /// @param endpoint Where peers dial the node, e.g. "node1.example.org:7400".
    /// @param stake Wei currently locked by the node (after any slashing).
    /// @param registeredAt Block timestamp of the registration, in seconds.
    /// @param exitRequestedAt Block timestamp of `requestDeregister`, zero if none.
    /// @param status Lifecycle state, see {Status}.
    struct Node {
        string name;
        bytes32 tlsFingerprint;
        string endpoint;
        uint256 stake;
        uint64 registeredAt;
        uint64 exitRequestedAt;
        Status status;
    }

    /// @notice Smallest stake, in wei, that `register` accepts and `isActive` requires.
    uint256 public immutable minStake;
    /// @notice Seconds between `requestDeregister` and the earliest `withdrawStake`.
    uint64 public immutable deregisterDelay;

    mapping(address => Node) private _nodes;
    mapping(address => bool) private _listed;
    address[] private _addresses;

    /// @notice A node registered (or registered again after withdrawing).
    event NodeRegistered(address indexed node, string name, bytes32 tlsFingerprint, string endpoint, uint256 stake);
    /// @notice A node changed its endpoint or TLS fingerprint.
    event NodeUpdated(address indexed node, bytes32 tlsFingerprint, string endpoint);
    /// @notice A node added stake; `stake` is the new total.
    event StakeAdded(address indexed node, uint256 amount, uint256 stake);
    /// @notice A node asked to leave; its stake can be withdrawn from `withdrawableAt` (seconds).
    event DeregisterRequested(address indexed node, uint64 withdrawableAt);
    /// @notice A node withdrew its stake and its record was cleared.
    event StakeWithdrawn(address indexed node, uint256 amount);
    /// @notice A slasher took `amount` wei of a node's stake and sent it to `to`.
    event NodeSlashed(address indexed node, address indexed slasher, address indexed to, uint256 amount, uint256 remainingStake);

    /// @notice `deregisterDelay` given to the constructor was zero or above `MAX_DEREGISTER_DELAY`.
    error InvalidDelay(uint64 delay);
    /// @notice `minStake` given to the constructor was zero.
    error ZeroMinStake();
    /// @notice The caller already has a record (Active or Exiting).
    error AlreadyRegistered(address node);
    /// @notice The address has no record.
    error NotRegistered(address node);
    /// @notice The node is not Active (it asked to leave).
    error NotActive(address node);
    /// @notice The value sent (or the resulting stake) is below `need` wei.
    error InsufficientStake(uint256 need, uint256 have);
    /// @notice The name or the endpoint was empty.
    error EmptyField();
    /// @notice The TLS fingerprint was zero.
    error ZeroFingerprint();
    /// @notice `withdrawStake` was called before `requestDeregister`.
    error DeregisterNotRequested(address node);
    /// @notice `withdrawStake` was called before `availableAt` (seconds).
    error WithdrawTooEarly(uint64 availableAt);
    /// @notice `slash` asked for zero wei, or for more than the node's stake.
    error InvalidSlashAmount(uint256 amount, uint256 stake);
    /// @notice An address argument was the zero address.
    error ZeroAddress();
    /// @notice Sending `amount` wei to `to` failed.
    error TransferFailed(address to, uint256 amount);

    /// @param minStake_ Smallest stake in wei; must be non-zero.
    /// @param deregisterDelay_ Seconds a leaving node's stake stays slashable; 1 to MAX_DEREGISTER_DELAY.
    constructor(uint256 minStake_, uint64 deregisterDelay_) {
        if (minStake_ == 0) revert ZeroMinStake();
        if (deregisterDelay_ == 0 || deregisterDelay_ > MAX_DEREGISTER_DELAY) revert InvalidDelay(deregisterDelay_);
        minStake = minStake_;
        deregisterDelay = deregisterDelay_;
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
    }

    /// @notice Registers the caller as a node, locking msg.value as its stake.
    /// @dev Reverts AlreadyRegistered if the caller has a record, EmptyField,
    /// ZeroFingerprint, or InsufficientStake if msg.value < minStake.
    /// Emits NodeRegistered.
    /// @param name Human-readable name; non-empty.
    /// @param tlsFingerprint SHA-256 of the node's TLS certificate; non-zero.
    /// @param endpoint host:port where peers reach the node; non-empty.
    function register(string calldata name, bytes32 tlsFingerprint, string calldata endpoint) external payable {
        if (_nodes[msg.sender].status != Status.None) revert AlreadyRegistered(msg.sender);
        if (bytes(name).length == 0 || bytes(endpoint).length == 0) revert EmptyField();
        if (tlsFingerprint == bytes32(0)) revert ZeroFingerprint();
        if (msg.value < minStake) revert InsufficientStake(minStake, msg.value);

        _nodes[msg.sender] = Node({
            name: name,
            tlsFingerprint: tlsFingerprint,
            endpoint: endpoint,
            stake: msg.value,
            registeredAt: uint64(block.timestamp),
            exitRequestedAt: 0,
            status: Status.Active
        });
        if (!_listed[msg.sender]) {
            _listed[msg.sender] = true;
            _addresses.push(msg.sender);
        }
        emit NodeRegistered(msg.sender, name, tlsFingerprint, endpoint, msg.value);
    }

    /// @notice Replaces the caller's TLS fingerprint and endpoint (certificate rotation, move).
    /// @dev Reverts NotRegistered, NotActive, EmptyField or ZeroFingerprint. Emits NodeUpdated.
    function updateNode(bytes32 tlsFingerprint, string calldata endpoint) external {
        Node storage n = _activeNode(msg.sender);
        if (bytes(endpoint).length == 0) revert EmptyField();
        if (tlsFingerprint == bytes32(0)) revert ZeroFingerprint();
        n.tlsFingerprint = tlsFingerprint;
        n.endpoint = endpoint;
        emit NodeUpdated(msg.sender, tlsFingerprint, endpoint);
    }

    /// @notice Adds msg.value to the caller's stake, e.g. to become active again after a slash.
    /// @dev Reverts NotRegistered, NotActive, or InsufficientStake(1, 0) when msg.value is zero.
    /// Emits StakeAdded.
    function addStake() external payable {
        Node storage n = _activeNode(msg.sender);
        if (msg.value == 0) revert InsufficientStake(1, 0);
        n.stake += msg.value;
        emit StakeAdded(msg.sender, msg.value, n.stake);
    }

    /// @notice Starts leaving: the caller stops being active now and may withdraw
    /// its stake `deregisterDelay` seconds later.
    /// @dev Reverts NotRegistered or NotActive (already exiting). Emits DeregisterRequested.
    function requestDeregister() external {
        Node storage n = _activeNode(msg.sender);
        n.status = Status.Exiting;
        n.exitRequestedAt = uint64(block.timestamp);
        emit DeregisterRequested(msg.sender, uint64(block.timestamp) + deregisterDelay);
    }

    /// @notice Sends the caller's remaining stake back and clears its record.
    /// The address may register again afterwards.
    /// @dev Reverts NotRegistered, DeregisterNotRequested, WithdrawTooEarly, or
    /// TransferFailed if the caller does not accept ether. Emits StakeWithdrawn.
    function withdrawStake() external nonReentrant {
        Node storage n = _nodes[msg.sender];
        if (n.status == Status.None) revert NotRegistered(msg.sender);
        if (n.status != Status.Exiting) revert DeregisterNotRequested(msg.sender);
        uint64 availableAt = n.exitRequestedAt + deregisterDelay;
        if (block.timestamp < availableAt) revert WithdrawTooEarly(availableAt);

        uint256 amount = n.stake;
        delete _nodes[msg.sender];
        emit StakeWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice Takes `amount` wei of `node`'s stake and sends it to `to`.
    /// Works on Active and Exiting nodes; a node left below `minStake` is no longer active.
    /// @dev Only SLASHER_ROLE (AccessControlUnauthorizedAccount otherwise). Reverts
    /// ZeroAddress, NotRegistered, InvalidSlashAmount (zero or above the stake) or
    /// TransferFailed. Emits NodeSlashed.
    function slash(address node, uint256 amount, address to) external onlyRole(SLASHER_ROLE) nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        Node storage n = _nodes[node];
        if (n.status == Status.None) revert NotRegistered(node);
        if (amount == 0 || amount > n.stake) revert InvalidSlashAmount(amount, n.stake);

        n.stake -= amount;
        emit NodeSlashed(node, msg.sender, to, amount, n.stake);
        _send(to, amount);
    }

    /// @notice The record of `node`; all fields zero (status None) if it has none.
    function getNode(address node) external view returns (Node memory) {
        return _nodes[node];
    }

    /// @notice Whether `node` is registered, not leaving, and holds at least `minStake`.
    function isActive(address node) public view returns (bool) {
        Node storage n = _nodes[node];
        return n.status == Status.Active && n.stake >= minStake;
    }

    /// @notice How many addresses have ever registered (withdrawn ones included).
    function nodeCount() external view returns (uint256) {
        return _addresses.length;
    }

    /// @notice Up to `limit` registered addresses starting at index `offset`, in
    /// order of first registration. Check each with `getNode` or `isActive`.
    function listNodes(uint256 offset, uint256 limit) external view returns (address[] memory page) {
        uint256 total = _addresses.length;
        if (offset >= total) return new address[](0);
        uint256 end = total - offset < limit ? total : offset + limit;
        page = new address[](end - offset);
        for (uint256 i = offset; i < end; i++) {
            page[i - offset] = _addresses[i];
        }
    }

    function _activeNode(address node) private view returns (Node storage n) {
        n = _nodes[node];
        if (n.status == Status.None) revert NotRegistered(node);
        if (n.status != Status.Active) revert NotActive(node);
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = payable(to).call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
