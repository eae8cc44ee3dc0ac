// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title INodeActivity
/// @notice The one NodeRegistry view that DataHub needs.
interface INodeActivity {
    /// @notice Whether `node` is registered, not leaving, and fully staked.
    function isActive(address node) external view returns (bool);
}

/// @title DataHub
/// @notice Catalogue of the datasets that nodes offer to federated tasks. A
/// dataset never leaves its hospital: the hub records only its schema, its row
/// count, a commitment (Merkle root) to its rows and a metadata URI, so that a
/// task can name the data it ran on and a node's contribution can later be
/// proven against the commitment.
/// @dev Only nodes that are active in the NodeRegistry given at construction may
/// register or update. A dataset's ID is derived from its owner's address and its
/// schema (`datasetIdOf`), so no other account can register it first: a node has
/// at most one dataset per schema. A dataset's owner and schema are fixed; rows, commitment
/// and metadata can be updated by the owner (a new data release). Every revert
/// is a custom error; every state change emits an event. Holds no ether.
contract DataHub {
    /// @notice One catalogued dataset.
    /// @param owner Node that registered it.
    /// @param rows Number of rows.
    /// @param schemaId Identifier of the schema the rows follow, e.g. "breast-cancer/v1".
    /// @param commitmentRoot Commitment to the rows (Merkle root).
    /// @param metadataURI Where a description of the dataset can be read.
    /// @param registeredAt Block timestamp of the registration, in seconds.
    /// @param updatedAt Block timestamp of the last update (registration included), in seconds.
    struct Dataset {
        address owner;
        uint64 rows;
        string schemaId;
        bytes32 commitmentRoot;
        string metadataURI;
        uint64 registeredAt;
        uint64 updatedAt;
    }

    /// @notice The NodeRegistry consulted on every write.
    INodeActivity public immutable registry;

    mapping(bytes32 => Dataset) private _datasets;
    mapping(address => bytes32[]) private _byOwner;
    bytes32[] private _ids;

    /// @notice A node catalogued a new dataset.
    event DatasetRegistered(
        bytes32 indexed datasetId,
        address indexed owner,
        string schemaId,
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
    /// @notice The schema id was empty.
    error EmptySchema();
    /// @notice The row count was zero.
    error ZeroRows();
    /// @notice The commitment root was zero.
    error ZeroCommitment();
    /// @notice `datasetAt` was asked for an index at or past `count`.
    error IndexOutOfRange(uint256 index, uint256 count);

    /// @param registry_ Address of the NodeRegistry; non-zero.
    constructor(address registry_) {
        if (registry_ == address(0)) revert ZeroAddress();
        registry = INodeActivity(registry_);
    }

    /// @notice Catalogues the caller's dataset of schema `schemaId`, under the ID
    /// `datasetIdOf(msg.sender, schemaId)`, and returns that ID.
    /// @dev Reverts NotActiveNode, EmptySchema, DatasetExists (the caller has a
    /// dataset of this schema already: update it), ZeroRows or ZeroCommitment.
    /// Emits DatasetRegistered.
    /// @param schemaId Schema of the rows; non-empty.
    /// @param rows Number of rows; non-zero.
    /// @param commitmentRoot Commitment to the rows; non-zero.
    /// @param metadataURI Description of the dataset; may be empty.
    function registerDataset(
        string calldata schemaId,
        uint64 rows,
        bytes32 commitmentRoot,
        string calldata metadataURI
    ) external returns (bytes32 datasetId) {
        _onlyActive();
        if (bytes(schemaId).length == 0) revert EmptySchema();
        datasetId = datasetIdOf(msg.sender, schemaId);
        if (_datasets[datasetId].owner != address(0)) revert DatasetExists(datasetId);
        _checkRelease(rows, commitmentRoot);

        uint64 now_ = uint64(block.timestamp);
        _datasets[datasetId] = Dataset({
            owner: msg.sender,
            rows: rows,
            schemaId: schemaId,
            commitmentRoot: commitmentRoot,
            metadataURI: metadataURI,
            registeredAt: now_,
            updatedAt: now_
        });
        _byOwner[msg.sender].push(datasetId);
        _ids.push(datasetId);
        emit DatasetRegistered(datasetId, msg.sender, schemaId, rows, commitmentRoot, metadataURI);
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

    /// @notice The ID of `owner`'s dataset of schema `schemaId`:
    /// keccak256(abi.encodePacked(owner, schemaId)), i.e. of the owner's 20
    /// address bytes followed by the schema's UTF-8 bytes.
    function datasetIdOf(address owner, string calldata schemaId) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(owner, schemaId));
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
