// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title INodeActivity
/// @notice The one NodeRegistry view that DataHub needs.
interface INodeActivity {
    /// @notice Whether `node` is registered, not leaving, and fully staked.
    function isActive(address node) external view returns (bool);
}

/// @title DataHub
/// @notice Catalogue of the consortium's schemas and of the datasets that nodes
/// offer to federated tasks. A schema is named by the SHA-256 of its canonical
/// encoding (package dataset writes it after the name and an at sign); the consortium registers each schema
/// it accepts, with its name, version and where its file can be read. A dataset
/// never leaves its hospital: the hub records only its schema, its row count, a
/// commitment (Merkle root) to its rows and a metadata URI, so that a task can
/// name the data it ran on and a node's contribution can later be proven
/// against the commitment.
/// @dev Only the owner (the consortium; OpenZeppelin `Ownable`) registers
/// schemas; an entry is written once, and a (name, version) names one schema
/// only, so a changed schema file cannot pass for a registered one. Only nodes
/// that are active in the NodeRegistry given at construction may register or
/// update datasets, and only under a registered schema. A dataset's ID is
/// derived from its owner's address and its schema hash (`datasetIdOf`), so no
/// other account can register it first: a node has at most one dataset per
/// schema. A dataset's owner and schema are fixed; rows, commitment and
/// metadata can be updated by the owner (a new data release). Every revert is a
/// custom error; every change emits an event. Holds no ether.
contract DataHub is Ownable {
    /// @notice One registered schema.
    /// @param name The schema's name, e.g. "heart-disease".
    /// @param version The schema's version, e.g. "1".
    /// @param uri Where the schema file can be read.
    /// @param registeredAt Block timestamp of the registration, in seconds.
    struct Schema {
        string name;
        string version;
        string uri;
        uint64 registeredAt;
    }

    /// @notice One catalogued dataset.
    /// @param owner Node that registered it.
    /// @param rows Number of rows.
    /// @param schemaHash SHA-256 of the canonical encoding of the rows' schema, a registered one.
    /// @param commitmentRoot Commitment to the rows (Merkle root).
    /// @param metadataURI Where a description of the dataset can be read.
    /// @param registeredAt Block timestamp of the registration, in seconds.
    /// @param updatedAt Block timestamp of the last update (registration included), in seconds.
    struct Dataset {
        address owner;
        uint64 rows;
        bytes32 schemaHash;
        bytes32 commitmentRoot;
        string metadataURI;
        uint64 registeredAt;
        uint64 updatedAt;
    }

    /// @notice The NodeRegistry consulted on every write.
    INodeActivity public immutable registry;

    mapping(bytes32 => Schema) private _schemas;
    mapping(bytes32 => bytes32) private _byNameVersion;
    bytes32[] private _schemaHashes;
    mapping(bytes32 => Dataset) private _datasets;
    mapping(address => bytes32[]) private _byOwner;
    bytes32[] private _ids;

    /// @notice The consortium registered a schema.
    event SchemaRegistered(bytes32 indexed schemaHash, string name, string version, string uri);
    /// @notice A node catalogued a new dataset.
    event DatasetRegistered(
        bytes32 indexed datasetId,
        address indexed owner,
        bytes32 indexed schemaHash,
        uint64 rows,
        bytes32 commitmentRoot,
        string metadataURI
    );
    /// @notice The owner published a new release of a dataset.
    event DatasetUpdated(bytes32 indexed datasetId, address indexed owner, uint64 rows, bytes32 commitmentRoot, string metadataURI);

    /// @notice The registry address given to the constructor was zero.
    error ZeroAddress();
    /// @notice The caller is not an active node of the registry.
    error NotActiveNode(address caller);
    /// @notice A dataset with this id is already catalogued.
    error DatasetExists(bytes32 datasetId);
    /// @notice No dataset with this id is catalogued.
    error UnknownDataset(bytes32 datasetId);
    /// @notice The caller does not own the dataset.
    error NotDatasetOwner(bytes32 datasetId, address owner);
    /// @notice The schema hash was zero.
    error ZeroSchemaHash();
    /// @notice The schema's name or version was empty.
    error EmptySchemaName();
    /// @notice A schema with this hash is registered already (entries are written once).
    error SchemaExists(bytes32 schemaHash);
    /// @notice Another schema is registered under this name and version.
    error SchemaVersionTaken(string name, string version, bytes32 registered);
    /// @notice No schema with this hash is registered.
    error UnknownSchema(bytes32 schemaHash);
    /// @notice The row count was zero.
    error ZeroRows();
    /// @notice The commitment root was zero.
    error ZeroCommitment();
    /// @notice `datasetAt` was asked for an index at or past `count`.
    error IndexOutOfRange(uint256 index, uint256 count);

    /// @param registry_ Address of the NodeRegistry; non-zero.
    /// @param owner_ The consortium, who alone registers schemas.
    constructor(address registry_, address owner_) Ownable(owner_) {
        if (registry_ == address(0)) revert ZeroAddress();
        registry = INodeActivity(registry_);
    }

    /// @notice Registers schema `schemaHash` as `name` version `version`, its file at `uri`.
    /// @dev Only the owner (OwnableUnauthorizedAccount). Reverts ZeroSchemaHash,
    /// EmptySchemaName, SchemaExists, or SchemaVersionTaken when another schema
    /// has this name and version. Emits SchemaRegistered.
    function registerSchema(bytes32 schemaHash, string calldata name, string calldata version, string calldata uri)
        external
        onlyOwner
    {
        if (schemaHash == bytes32(0)) revert ZeroSchemaHash();
        if (bytes(name).length == 0 || bytes(version).length == 0) revert EmptySchemaName();
        if (_schemas[schemaHash].registeredAt != 0) revert SchemaExists(schemaHash);
        bytes32 key = keccak256(abi.encode(name, version));
        bytes32 prev = _byNameVersion[key];
        if (prev != bytes32(0)) revert SchemaVersionTaken(name, version, prev);
        _byNameVersion[key] = schemaHash;
        _schemas[schemaHash] = Schema({name: name, version: version, uri: uri, registeredAt: uint64(block.timestamp)});
        _schemaHashes.push(schemaHash);
        emit SchemaRegistered(schemaHash, name, version, uri);
    }

    /// @notice The schema `schemaHash`; reverts UnknownSchema if none.
    function getSchema(bytes32 schemaHash) external view returns (Schema memory s) {
        s = _schemas[schemaHash];
        if (s.registeredAt == 0) revert UnknownSchema(schemaHash);
    }

    /// @notice Whether schema `schemaHash` is registered.
    function hasSchema(bytes32 schemaHash) external view returns (bool) {
        return _schemas[schemaHash].registeredAt != 0;
    }

    /// @notice The hash of the schema registered as `name` version `version`, zero if none.
    function schemaOf(string calldata name, string calldata version) external view returns (bytes32) {
        return _byNameVersion[keccak256(abi.encode(name, version))];
    }

    /// @notice The registered schemas' hashes, in order of registration.
    function schemas() external view returns (bytes32[] memory) {
        return _schemaHashes;
    }

    /// @notice Catalogues the caller's dataset of schema `schemaHash`, under the ID
    /// `datasetIdOf(msg.sender, schemaHash)`, and returns that ID.
    /// @dev Reverts NotActiveNode, UnknownSchema, DatasetExists (the caller has a
    /// dataset of this schema already: update it), ZeroRows or ZeroCommitment.
    /// Emits DatasetRegistered.
    /// @param schemaHash Schema of the rows; registered.
    /// @param rows Number of rows; non-zero.
    /// @param commitmentRoot Commitment to the rows; non-zero.
    /// @param metadataURI Description of the dataset; may be empty.
    function registerDataset(
        bytes32 schemaHash,
        uint64 rows,
        bytes32 commitmentRoot,
        string calldata metadataURI
    ) external returns (bytes32 datasetId) {
        _onlyActive();
        if (_schemas[schemaHash].registeredAt == 0) revert UnknownSchema(schemaHash);
        datasetId = datasetIdOf(msg.sender, schemaHash);
        if (_datasets[datasetId].owner != address(0)) revert DatasetExists(datasetId);
        _checkRelease(rows, commitmentRoot);

        uint64 now_ = uint64(block.timestamp);
        _datasets[datasetId] = Dataset({
            owner: msg.sender,
            rows: rows,
            schemaHash: schemaHash,
            commitmentRoot: commitmentRoot,
            metadataURI: metadataURI,
            registeredAt: now_,
            updatedAt: now_
        });
        _byOwner[msg.sender].push(datasetId);
        _ids.push(datasetId);
        emit DatasetRegistered(datasetId, msg.sender, schemaHash, rows, commitmentRoot, metadataURI);
    }

    /// @notice Records a new release of one of the caller's datasets.
    /// @dev Reverts NotActiveNode, UnknownDataset, NotDatasetOwner, ZeroRows or
    /// ZeroCommitment. Emits DatasetUpdated.
    function updateDataset(bytes32 datasetId, uint64 rows, bytes32 commitmentRoot, string calldata metadataURI)
        external
    {
        _onlyActive();
        Dataset storage d = _datasets[datasetId];
        if (d.owner == address(0)) revert UnknownDataset(datasetId);
        if (d.owner != msg.sender) revert NotDatasetOwner(datasetId, d.owner);
        _checkRelease(rows, commitmentRoot);

        d.rows = rows;
        d.commitmentRoot = commitmentRoot;
        d.metadataURI = metadataURI;
        d.updatedAt = uint64(block.timestamp);
        emit DatasetUpdated(datasetId, msg.sender, rows, commitmentRoot, metadataURI);
    }

    /// @notice The ID of `owner`'s dataset of schema `schemaHash`:
    /// keccak256(abi.encodePacked(owner, schemaHash)), i.e. of the owner's 20
    /// address bytes followed by the schema's 32 hash bytes.
    function datasetIdOf(address owner, bytes32 schemaHash) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(owner, schemaHash));
    }

    /// @notice The dataset `datasetId`; reverts UnknownDataset if none.
    function getDataset(bytes32 datasetId) external view returns (Dataset memory d) {
        d = _datasets[datasetId];
        if (d.owner == address(0)) revert UnknownDataset(datasetId);
    }

    /// @notice Whether `datasetId` is catalogued.
    function exists(bytes32 datasetId) external view returns (bool) {
        return _datasets[datasetId].owner != address(0);
    }

    /// @notice How many datasets are catalogued.
    function datasetCount() external view returns (uint256) {
        return _ids.length;
    }

    /// @notice The id of the `index`-th catalogued dataset, in order of registration.
    /// @dev Reverts IndexOutOfRange if `index >= datasetCount()`.
    function datasetAt(uint256 index) external view returns (bytes32) {
        if (index >= _ids.length) revert IndexOutOfRange(index, _ids.length);
        return _ids[index];
    }

    /// @notice Ids of the datasets registered by `owner`, in order of registration.
    function datasetsOf(address owner) external view returns (bytes32[] memory) {
        return _byOwner[owner];
    }

    function _onlyActive() private view {
        if (!registry.isActive(msg.sender)) revert NotActiveNode(msg.sender);
    }

    function _checkRelease(uint64 rows, bytes32 commitmentRoot) private pure {
        if (rows == 0) revert ZeroRows();
        if (commitmentRoot == bytes32(0)) revert ZeroCommitment();
    }
}
