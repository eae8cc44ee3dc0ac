// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title VerifierRegistry
/// @notice The network's circuits: for each circuit version, the PLONK
/// verifier contract that checks its proofs, the verifying key it checks them
/// with (in the verifier's encoding, twopm's `setup.SolidityVK`) and the
/// SHA-256 of the same key in gnark's binary encoding (`VerifyingKey.WriteTo`),
/// so that off-chain verification can pin the very key the chain verifies
/// with. One verifier contract (contracts/src/verifier/PlonkVerifier.sol)
/// serves every circuit: a circuit is its key. Only the network's owner
/// registers circuits; a requester names a circuit by its ID and cannot choose
/// a verifier or a key of its own.
/// @dev A circuit ID is keccak256 of the circuit version's name (e.g.
/// keccak256("stats-heart-disease-v1")); zero is reserved for "no circuit".
/// An entry is written once: a new verifying key is a new circuit version
/// with a new ID, so a cached key can be pinned to an ID for good. The key is
/// kept as the code of a data contract the registry creates (no function to
/// call: its code starts with STOP), which costs a verification one
/// EXTCODECOPY instead of a storage read per word. The owner
/// may revoke a circuit, after which no new task can use it; tasks created
/// before keep the verifier they were created with. Ownership is
/// OpenZeppelin `Ownable` (the deployer; `transferOwnership` to a multisig).
/// Every revert is a custom error; every change emits an event. Holds no ether.
contract VerifierRegistry is Ownable {
    /// @notice One registered circuit version.
    /// @param verifier The PLONK verifier contract of the circuit.
    /// @param vkHash SHA-256 of the circuit's verifying key (gnark binary encoding).
    /// @param revoked Whether the owner withdrew the circuit from new tasks.
    /// @param vk The data contract whose code, after its first byte, is the
    /// verifying key the verifier takes (`vkOf`).
    struct Circuit {
        address verifier;
        bool revoked;
        bytes32 vkHash;
        address vk;
    }

    /// @notice Bound on a verifying key's length: a contract's code (EIP-170)
    /// holds it after one byte.
    uint256 public constant MAX_VK_LENGTH = 24576;

    mapping(bytes32 => Circuit) private _circuits;
    bytes32[] private _ids;

    /// @notice The owner registered circuit `circuitId`.
    event CircuitRegistered(bytes32 indexed circuitId, address indexed verifier, bytes32 vkHash, address vk);
    /// @notice The owner revoked circuit `circuitId`: no new task may use it.
    event CircuitRevoked(bytes32 indexed circuitId);

    /// @notice The circuit ID was zero.
    error ZeroCircuitId();
    /// @notice The verifier address was zero or holds no code.
    error NotAContract(address verifier);
    /// @notice The verifying key hash was zero.
    error ZeroVKHash();
    /// @notice The verifying key was empty or longer than a contract's code may be.
    error BadVKLength(uint256 length);
    /// @notice Creating the verifying key's data contract failed.
    error VKStoreFailed();
    /// @notice The circuit is registered already (entries are written once).
    error CircuitExists(bytes32 circuitId);
    /// @notice No circuit with this ID is registered.
    error UnknownCircuit(bytes32 circuitId);
    /// @notice The circuit was revoked by the owner.
    error RevokedCircuit(bytes32 circuitId);

    /// @param owner_ The network's owner, who alone registers and revokes circuits.
    constructor(address owner_) Ownable(owner_) {}

    /// @notice Registers circuit `circuitId`: its verifier, its verifying key
    /// `vk` as the verifier takes it, and the SHA-256 of the same key in gnark's
    /// encoding.
    /// @dev Only the owner (OwnableUnauthorizedAccount). Reverts ZeroCircuitId,
    /// NotAContract, ZeroVKHash, BadVKLength or CircuitExists. Emits
    /// CircuitRegistered. The registry cannot tell a key the verifier takes from
    /// one it does not, nor whether `vk` and `vkHash` are one key: a key the
    /// verifier rejects makes every proof of the circuit fail (the escrow
    /// credits none). The owner's client encodes both from one key
    /// (chain.Circuits.RegisterKey), and workers refuse a circuit whose two
    /// disagree (workers.RegistryPins.CheckKey).
    function register(bytes32 circuitId, address verifier, bytes calldata vk, bytes32 vkHash) external onlyOwner {
        if (circuitId == bytes32(0)) revert ZeroCircuitId();
        if (verifier.code.length == 0) revert NotAContract(verifier);
        if (vkHash == bytes32(0)) revert ZeroVKHash();
        if (vk.length == 0 || vk.length >= MAX_VK_LENGTH) revert BadVKLength(vk.length);
        if (_circuits[circuitId].verifier != address(0)) revert CircuitExists(circuitId);
        address data = _storeVK(vk);
        _circuits[circuitId] = Circuit({verifier: verifier, revoked: false, vkHash: vkHash, vk: data});
        _ids.push(circuitId);
        emit CircuitRegistered(circuitId, verifier, vkHash, data);
    }

    /// @notice The verifying key of circuit `circuitId`, as its verifier takes
    /// it, revoked or not (a task created before the revocation still verifies
    /// with it); reverts UnknownCircuit.
    function vkOf(bytes32 circuitId) external view returns (bytes memory vk) {
        address data = _circuits[circuitId].vk;
        if (data == address(0)) revert UnknownCircuit(circuitId);
        uint256 n = data.code.length - 1;
        vk = new bytes(n);
        assembly {
            extcodecopy(data, add(vk, 0x20), 1, n)
        }
    }

    /// @dev Creates a contract whose code is 0x00 (STOP) followed by `vk`: its
    /// creation code copies what follows its first 10 bytes (PUSH2 size, DUP1,
    /// PUSH1 10, RETURNDATASIZE, CODECOPY, RETURNDATASIZE, RETURN) to memory
    /// and returns it as the code.
    function _storeVK(bytes calldata vk) private returns (address data) {
        bytes memory init = abi.encodePacked(hex"61", uint16(vk.length + 1), hex"80600a3d393df300", vk);
        assembly {
            data := create(0, add(init, 0x20), mload(init))
        }
        if (data == address(0)) revert VKStoreFailed();
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
