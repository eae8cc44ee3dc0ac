// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title VerifierRegistry
/// @notice The network's circuits: for each circuit version, the PLONK
/// verifier contract that checks its proofs and the SHA-256 of its verifying
/// key (gnark's binary encoding of the key, as `VerifyingKey.WriteTo` writes
/// it), so that off-chain verification can pin the very key the chain
/// verifies with. Only the network's owner registers circuits; a requester
/// names a circuit by its ID and cannot choose a verifier of its own.
/// @dev A circuit ID is keccak256 of the circuit version's name (e.g.
/// keccak256("stats-heart-disease-v1")); zero is reserved for "no circuit".
/// An entry is written once: a new verifying key is a new circuit version
/// with a new ID, so a cached key can be pinned to an ID for good. The owner
/// may revoke a circuit, after which no new task can use it; tasks created
/// before keep the verifier they were created with. Ownership is
/// OpenZeppelin `Ownable` (the deployer; `transferOwnership` to a multisig).
/// Every revert is a custom error; every change emits an event. Holds no ether.
contract VerifierRegistry is Ownable {
    /// @notice One registered circuit version.
    /// @param verifier The PLONK verifier contract of the circuit.
    /// @param vkHash SHA-256 of the circuit's verifying key (gnark binary encoding).
    /// @param revoked Whether the owner withdrew the circuit from new tasks.
    struct Circuit {
        address verifier;
        bool revoked;
        bytes32 vkHash;
    }

    mapping(bytes32 => Circuit) private _circuits;
    bytes32[] private _ids;

    /// @notice The owner registered circuit `circuitId`.
    event CircuitRegistered(bytes32 indexed circuitId, address indexed verifier, bytes32 vkHash);
    /// @notice The owner revoked circuit `circuitId`: no new task may use it.
    event CircuitRevoked(bytes32 indexed circuitId);

    /// @notice The circuit ID was zero.
    error ZeroCircuitId();
    /// @notice The verifier address was zero or holds no code.
    error NotAContract(address verifier);
    /// @notice The verifying key hash was zero.
    error ZeroVKHash();
    /// @notice The circuit is registered already (entries are written once).
    error CircuitExists(bytes32 circuitId);
    /// @notice No circuit with this ID is registered.
    error UnknownCircuit(bytes32 circuitId);
    /// @notice The circuit was revoked by the owner.
    error RevokedCircuit(bytes32 circuitId);

    /// @param owner_ The network's owner, who alone registers and revokes circuits.
    constructor(address owner_) Ownable(owner_) {}

    /// @notice Registers circuit `circuitId` with its verifier and verifying key hash.
    /// @dev Only the owner (OwnableUnauthorizedAccount). Reverts ZeroCircuitId,
    /// NotAContract, ZeroVKHash or CircuitExists. Emits CircuitRegistered.
    function register(bytes32 circuitId, address verifier, bytes32 vkHash) external onlyOwner {
        if (circuitId == bytes32(0)) revert ZeroCircuitId();
        if (verifier.code.length == 0) revert NotAContract(verifier);
        if (vkHash == bytes32(0)) revert ZeroVKHash();
        if (_circuits[circuitId].verifier != address(0)) revert CircuitExists(circuitId);
        _circuits[circuitId] = Circuit({verifier: verifier, revoked: false, vkHash: vkHash});
        _ids.push(circuitId);
        emit CircuitRegistered(circuitId, verifier, vkHash);
    }

    /// @notice Withdraws circuit `circuitId` from new tasks (e.g. a flawed circuit).
    /// @dev Only the owner. Reverts UnknownCircuit, or RevokedCircuit if
    /// revoked already. Emits CircuitRevoked.
    function revoke(bytes32 circuitId) external onlyOwner {
        Circuit storage c = _circuits[circuitId];
        if (c.verifier == address(0)) revert UnknownCircuit(circuitId);
        if (c.revoked) revert RevokedCircuit(circuitId);
        c.revoked = true;
        emit CircuitRevoked(circuitId);
    }

    /// @notice The verifier a new task of circuit `circuitId` must use.
    /// @dev Reverts UnknownCircuit or RevokedCircuit.
    function verifierOf(bytes32 circuitId) external view returns (address) {
        Circuit storage c = _circuits[circuitId];
        if (c.verifier == address(0)) revert UnknownCircuit(circuitId);
        if (c.revoked) revert RevokedCircuit(circuitId);
        return c.verifier;
    }

    /// @notice The record of circuit `circuitId`, revoked or not; reverts UnknownCircuit.
    function getCircuit(bytes32 circuitId) external view returns (Circuit memory c) {
        c = _circuits[circuitId];
        if (c.verifier == address(0)) revert UnknownCircuit(circuitId);
    }

    /// @notice SHA-256 of circuit `circuitId`'s verifying key; reverts UnknownCircuit.
    /// Revoked circuits keep their hash, so that past tasks can still be checked.
    function vkHashOf(bytes32 circuitId) external view returns (bytes32) {
        Circuit storage c = _circuits[circuitId];
        if (c.verifier == address(0)) revert UnknownCircuit(circuitId);
        return c.vkHash;
    }

    /// @notice IDs of every circuit ever registered, in order of registration.
    function circuitIds() external view returns (bytes32[] memory) {
        return _ids;
    }
}
