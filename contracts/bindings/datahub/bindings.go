// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package datahub

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DataHubDataset is an auto generated low-level Go binding around an user-defined struct.
type DataHubDataset struct {
	Owner          common.Address
	Rows           uint64
	SchemaId       string
	CommitmentRoot [32]byte
	MetadataURI    string
	RegisteredAt   uint64
	UpdatedAt      uint64
}

// DataHubMetaData contains all meta data concerning the DataHub contract.
var DataHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"DatasetExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptySchema\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotActiveNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"UnknownDataset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDatasetId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRows\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"datasetAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"datasetsOf\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"getDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"}],\"internalType\":\"structDataHub.Dataset\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"registerDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractINodeActivity\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"updateDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataHub",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610fa5380380610fa5833981016040819052602b916061565b6001600160a01b03811660515760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316608052608c565b5f602082840312156070575f5ffd5b81516001600160a01b03811681146085575f5ffd5b9392505050565b608051610efb6100aa5f395f818160f201526108580152610efb5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80638e4d5fd9116100585780638e4d5fd91461012c578063bd2babb51461014c578063cce8a88c1461016c578063f24358b914610181575f5ffd5b806338a699a4146100895780633c8935b9146100c857806355249587146100da5780637b103999146100ed575b5f5ffd5b6100b3610097366004610935565b5f908152602081905260409020546001600160a01b0316151590565b60405190151581526020015b60405180910390f35b6002545b6040519081526020016100bf565b6100cc6100e8366004610935565b610194565b6101147f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bf565b61013f61013a36600461094c565b6101f2565b6040516100bf9190610979565b61015f61015a366004610935565b61025b565b6040516100bf91906109e9565b61017f61017a366004610ae3565b61047f565b005b61017f61018f366004610b74565b61070a565b6002545f9082106101cf576002546040516394666f0d60e01b81526101c6918491600401918252602082015260400190565b60405180910390fd5b600282815481106101e2576101e2610bd6565b905f5260205f2001549050919050565b6001600160a01b0381165f9081526001602090815260409182902080548351818402810184019094528084526060939283018282801561024f57602002820191905f5260205f20905b81548152602001906001019080831161023b575b50505050509050919050565b6102ba6040518060e001604052805f6001600160a01b031681526020015f6001600160401b03168152602001606081526020015f8152602001606081526020015f6001600160401b031681526020015f6001600160401b031681525090565b5f8281526020818152604091829020825160e08101845281546001600160a01b0381168252600160a01b90046001600160401b031692810192909252600181018054929391929184019161030d90610bea565b80601f016020809104026020016040519081016040528092919081815260200182805461033990610bea565b80156103845780601f1061035b57610100808354040283529160200191610384565b820191905f5260205f20905b81548152906001019060200180831161036757829003601f168201915b50505050508152602001600282015481526020016003820180546103a790610bea565b80601f01602080910402602001604051908101604052809291908181526020018280546103d390610bea565b801561041e5780601f106103f55761010080835404028352916020019161041e565b820191905f5260205f20905b81548152906001019060200180831161040157829003601f168201915b5050509183525050600491909101546001600160401b038082166020840152600160401b9091041660409091015280519091506001600160a01b031661047a57604051633c94bec560e01b8152600481018390526024016101c6565b919050565b610487610843565b866104a557604051633a5b727760e11b815260040160405180910390fd5b5f878152602081905260409020546001600160a01b0316156104dd57604051631084f4a560e01b8152600481018890526024016101c6565b5f8590036104fe57604051630834e5b760e21b815260040160405180910390fd5b61050884846108ea565b6040805160e0810182523381526001600160401b0386166020808301919091528251601f8901829004820281018201845288815242938301918a908a90819084018382808284375f92019190915250505090825250602080820187905260408051601f870183900483028101830182528681529201919086908690819084018382808284375f9201829052509385525050506001600160401b0380851660208085018290526040948501919091528c8352828152918390208451815493860151909216600160a01b026001600160e01b03199093166001600160a01b03909216919091179190911781559082015160018201906106059082610c8d565b5060608201516002820155608082015160038201906106249082610c8d565b5060a08201516004909101805460c0909301516001600160401b03908116600160401b026fffffffffffffffffffffffffffffffff19909416921691909117919091179055335f818152600160208181526040808420805480850182559085529184209091018c90556002805492830181559092527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace018a90555189907f7e21e25083eabfb656aa65745cc11daf1885b6aa8d5ad902a0665cf5e5735e57906106f8908b908b908b908b908b908b90610d73565b60405180910390a35050505050505050565b610712610843565b5f85815260208190526040902080546001600160a01b031661074a57604051633c94bec560e01b8152600481018790526024016101c6565b80546001600160a01b03163314610789578054604051638eaccdc160e01b8152600481018890526001600160a01b0390911660248201526044016101c6565b61079385856108ea565b805467ffffffffffffffff60a01b1916600160a01b6001600160401b0387160217815560028101849055600381016107cc838583610dbb565b506004810180546fffffffffffffffff00000000000000001916600160401b426001600160401b031602179055604051339087907f8495d416b2c971a1b33799b26fa6f8d9f57b298911985abf918ae07ff188c60f90610833908990899089908990610e74565b60405180910390a3505050505050565b604051639f8a13d760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639f8a13d790602401602060405180830381865afa1580156108a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108c99190610ea6565b6108e8576040516364a2883f60e11b81523360048201526024016101c6565b565b816001600160401b03165f0361091357604051631b9a111360e11b815260040160405180910390fd5b80610931576040516351bda03d60e01b815260040160405180910390fd5b5050565b5f60208284031215610945575f5ffd5b5035919050565b5f6020828403121561095c575f5ffd5b81356001600160a01b0381168114610972575f5ffd5b9392505050565b602080825282518282018190525f918401906040840190835b818110156109b0578351835260209384019390920191600101610992565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b0382511660208201526001600160401b0360208301511660408201525f604083015160e06060840152610a2a6101008401826109bb565b9050606084015160808401526080840151601f198483030160a0850152610a5182826109bb565b9150506001600160401b0360a08501511660c084015260c0840151610a8160e08501826001600160401b03169052565b509392505050565b5f5f83601f840112610a99575f5ffd5b5081356001600160401b03811115610aaf575f5ffd5b602083019150836020828501011115610ac6575f5ffd5b9250929050565b80356001600160401b038116811461047a575f5ffd5b5f5f5f5f5f5f5f60a0888a031215610af9575f5ffd5b8735965060208801356001600160401b03811115610b15575f5ffd5b610b218a828b01610a89565b9097509550610b34905060408901610acd565b93506060880135925060808801356001600160401b03811115610b55575f5ffd5b610b618a828b01610a89565b989b979a50959850939692959293505050565b5f5f5f5f5f60808688031215610b88575f5ffd5b85359450610b9860208701610acd565b93506040860135925060608601356001600160401b03811115610bb9575f5ffd5b610bc588828901610a89565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b600181811c90821680610bfe57607f821691505b602082108103610c1c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610c885782821115610c8857805f5260205f20601f840160051c6020851015610c6157505f5b90810190601f840160051c035f5b81811015610c84575f83820155600101610c6f565b5050505b505050565b81516001600160401b03811115610ca657610ca6610c22565b610cba81610cb48454610bea565b84610c36565b6020601f821160018114610cec575f8315610cd55750848201515b5f19600385901b1c1916600184901b178455610d44565b5f84815260208120601f198516915b82811015610d1b5787850151825560209485019460019092019101610cfb565b5084821015610d3857868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f610d8660808301888a610d4b565b6001600160401b03871660208401528560408401528281036060840152610dae818587610d4b565b9998505050505050505050565b6001600160401b03831115610dd257610dd2610c22565b610de683610de08354610bea565b83610c36565b5f601f841160018114610e17575f8515610e005750838201355b5f19600387901b1c1916600186901b178355610d44565b5f83815260208120601f198716915b82811015610e465786850135825560209485019460019092019101610e26565b5086821015610e62575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b6001600160401b0385168152836020820152606060408201525f610e9c606083018486610d4b565b9695505050505050565b5f60208284031215610eb6575f5ffd5b81518015158114610972575f5ffdfea264697066735822122035f9261978e0b01631945b72e8503d92d0fe2ac0d88dbdb9b68f3542f159596b64736f6c63430008250033",
}

// DataHub is an auto generated Go binding around an Ethereum contract.
type DataHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataHub) GetABI() abi.ABI {
	return c.abi
}

// NewDataHub creates a new instance of DataHub.
func NewDataHub() *DataHub {
	parsed, err := DataHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (dataHub *DataHub) PackConstructor(registry_ common.Address) []byte {
	enc, err := dataHub.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDatasetAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55249587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetAt(uint256 index) view returns(bytes32)
func (dataHub *DataHub) PackDatasetAt(index *big.Int) []byte {
	enc, err := dataHub.abi.Pack("datasetAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55249587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetAt(uint256 index) view returns(bytes32)
func (dataHub *DataHub) TryPackDatasetAt(index *big.Int) ([]byte, error) {
	return dataHub.abi.Pack("datasetAt", index)
}

// UnpackDatasetAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55249587.
//
// Solidity: function datasetAt(uint256 index) view returns(bytes32)
func (dataHub *DataHub) UnpackDatasetAt(data []byte) ([32]byte, error) {
	out, err := dataHub.abi.Unpack("datasetAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDatasetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8935b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetCount() view returns(uint256)
func (dataHub *DataHub) PackDatasetCount() []byte {
	enc, err := dataHub.abi.Pack("datasetCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8935b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetCount() view returns(uint256)
func (dataHub *DataHub) TryPackDatasetCount() ([]byte, error) {
	return dataHub.abi.Pack("datasetCount")
}

// UnpackDatasetCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c8935b9.
//
// Solidity: function datasetCount() view returns(uint256)
func (dataHub *DataHub) UnpackDatasetCount(data []byte) (*big.Int, error) {
	out, err := dataHub.abi.Unpack("datasetCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasetsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e4d5fd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetsOf(address owner) view returns(bytes32[])
func (dataHub *DataHub) PackDatasetsOf(owner common.Address) []byte {
	enc, err := dataHub.abi.Pack("datasetsOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e4d5fd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetsOf(address owner) view returns(bytes32[])
func (dataHub *DataHub) TryPackDatasetsOf(owner common.Address) ([]byte, error) {
	return dataHub.abi.Pack("datasetsOf", owner)
}

// UnpackDatasetsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e4d5fd9.
//
// Solidity: function datasetsOf(address owner) view returns(bytes32[])
func (dataHub *DataHub) UnpackDatasetsOf(data []byte) ([][32]byte, error) {
	out, err := dataHub.abi.Unpack("datasetsOf", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a699a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exists(bytes32 datasetId) view returns(bool)
func (dataHub *DataHub) PackExists(datasetId [32]byte) []byte {
	enc, err := dataHub.abi.Pack("exists", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a699a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exists(bytes32 datasetId) view returns(bool)
func (dataHub *DataHub) TryPackExists(datasetId [32]byte) ([]byte, error) {
	return dataHub.abi.Pack("exists", datasetId)
}

// UnpackExists is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38a699a4.
//
// Solidity: function exists(bytes32 datasetId) view returns(bool)
func (dataHub *DataHub) UnpackExists(data []byte) (bool, error) {
	out, err := dataHub.abi.Unpack("exists", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd2babb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDataset(bytes32 datasetId) view returns((address,uint64,string,bytes32,string,uint64,uint64) d)
func (dataHub *DataHub) PackGetDataset(datasetId [32]byte) []byte {
	enc, err := dataHub.abi.Pack("getDataset", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd2babb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDataset(bytes32 datasetId) view returns((address,uint64,string,bytes32,string,uint64,uint64) d)
func (dataHub *DataHub) TryPackGetDataset(datasetId [32]byte) ([]byte, error) {
	return dataHub.abi.Pack("getDataset", datasetId)
}

// UnpackGetDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd2babb5.
//
// Solidity: function getDataset(bytes32 datasetId) view returns((address,uint64,string,bytes32,string,uint64,uint64) d)
func (dataHub *DataHub) UnpackGetDataset(data []byte) (DataHubDataset, error) {
	out, err := dataHub.abi.Unpack("getDataset", data)
	if err != nil {
		return *new(DataHubDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(DataHubDataset)).(*DataHubDataset)
	return out0, nil
}

// PackRegisterDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcce8a88c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerDataset(bytes32 datasetId, string schemaId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns()
func (dataHub *DataHub) PackRegisterDataset(datasetId [32]byte, schemaId string, rows uint64, commitmentRoot [32]byte, metadataURI string) []byte {
	enc, err := dataHub.abi.Pack("registerDataset", datasetId, schemaId, rows, commitmentRoot, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcce8a88c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerDataset(bytes32 datasetId, string schemaId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns()
func (dataHub *DataHub) TryPackRegisterDataset(datasetId [32]byte, schemaId string, rows uint64, commitmentRoot [32]byte, metadataURI string) ([]byte, error) {
	return dataHub.abi.Pack("registerDataset", datasetId, schemaId, rows, commitmentRoot, metadataURI)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (dataHub *DataHub) PackRegistry() []byte {
	enc, err := dataHub.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (dataHub *DataHub) TryPackRegistry() ([]byte, error) {
	return dataHub.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (dataHub *DataHub) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := dataHub.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24358b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDataset(bytes32 datasetId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns()
func (dataHub *DataHub) PackUpdateDataset(datasetId [32]byte, rows uint64, commitmentRoot [32]byte, metadataURI string) []byte {
	enc, err := dataHub.abi.Pack("updateDataset", datasetId, rows, commitmentRoot, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24358b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDataset(bytes32 datasetId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns()
func (dataHub *DataHub) TryPackUpdateDataset(datasetId [32]byte, rows uint64, commitmentRoot [32]byte, metadataURI string) ([]byte, error) {
	return dataHub.abi.Pack("updateDataset", datasetId, rows, commitmentRoot, metadataURI)
}

// DataHubDatasetRegistered represents a DatasetRegistered event raised by the DataHub contract.
type DataHubDatasetRegistered struct {
	DatasetId      [32]byte
	Owner          common.Address
	SchemaId       string
	Rows           uint64
	CommitmentRoot [32]byte
	MetadataURI    string
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataHubDatasetRegisteredEventName = "DatasetRegistered"

// ContractEventName returns the user-defined event name.
func (DataHubDatasetRegistered) ContractEventName() string {
	return DataHubDatasetRegisteredEventName
}

// UnpackDatasetRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetRegistered(bytes32 indexed datasetId, address indexed owner, string schemaId, uint64 rows, bytes32 commitmentRoot, string metadataURI)
func (dataHub *DataHub) UnpackDatasetRegisteredEvent(log *types.Log) (*DataHubDatasetRegistered, error) {
	event := "DatasetRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataHubDatasetRegistered)
	if len(log.Data) > 0 {
		if err := dataHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataHubDatasetUpdated represents a DatasetUpdated event raised by the DataHub contract.
type DataHubDatasetUpdated struct {
	DatasetId      [32]byte
	Owner          common.Address
	Rows           uint64
	CommitmentRoot [32]byte
	MetadataURI    string
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataHubDatasetUpdatedEventName = "DatasetUpdated"

// ContractEventName returns the user-defined event name.
func (DataHubDatasetUpdated) ContractEventName() string {
	return DataHubDatasetUpdatedEventName
}

// UnpackDatasetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetUpdated(bytes32 indexed datasetId, address indexed owner, uint64 rows, bytes32 commitmentRoot, string metadataURI)
func (dataHub *DataHub) UnpackDatasetUpdatedEvent(log *types.Log) (*DataHubDatasetUpdated, error) {
	event := "DatasetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataHubDatasetUpdated)
	if len(log.Data) > 0 {
		if err := dataHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dataHub *DataHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataHub.abi.Errors["DatasetExists"].ID.Bytes()[:4]) {
		return dataHub.UnpackDatasetExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["EmptySchema"].ID.Bytes()[:4]) {
		return dataHub.UnpackEmptySchemaError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return dataHub.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["NotActiveNode"].ID.Bytes()[:4]) {
		return dataHub.UnpackNotActiveNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["NotDatasetOwner"].ID.Bytes()[:4]) {
		return dataHub.UnpackNotDatasetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["UnknownDataset"].ID.Bytes()[:4]) {
		return dataHub.UnpackUnknownDatasetError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dataHub.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["ZeroCommitment"].ID.Bytes()[:4]) {
		return dataHub.UnpackZeroCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["ZeroDatasetId"].ID.Bytes()[:4]) {
		return dataHub.UnpackZeroDatasetIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["ZeroRows"].ID.Bytes()[:4]) {
		return dataHub.UnpackZeroRowsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataHubDatasetExists represents a DatasetExists error raised by the DataHub contract.
type DataHubDatasetExists struct {
	DatasetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatasetExists(bytes32 datasetId)
func DataHubDatasetExistsErrorID() common.Hash {
	return common.HexToHash("0x1084f4a500122fdf2a6106b0b4fec430e6b6a3013470065022c68612f29981b3")
}

// UnpackDatasetExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatasetExists(bytes32 datasetId)
func (dataHub *DataHub) UnpackDatasetExistsError(raw []byte) (*DataHubDatasetExists, error) {
	out := new(DataHubDatasetExists)
	if err := dataHub.abi.UnpackIntoInterface(out, "DatasetExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubEmptySchema represents a EmptySchema error raised by the DataHub contract.
type DataHubEmptySchema struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptySchema()
func DataHubEmptySchemaErrorID() common.Hash {
	return common.HexToHash("0x20d396dc742fe43a8e1c10c34bdf8509db7f6eea448f2e6bc2d4fd91ee5add4a")
}

// UnpackEmptySchemaError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptySchema()
func (dataHub *DataHub) UnpackEmptySchemaError(raw []byte) (*DataHubEmptySchema, error) {
	out := new(DataHubEmptySchema)
	if err := dataHub.abi.UnpackIntoInterface(out, "EmptySchema", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubIndexOutOfRange represents a IndexOutOfRange error raised by the DataHub contract.
type DataHubIndexOutOfRange struct {
	Index *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 count)
func DataHubIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 count)
func (dataHub *DataHub) UnpackIndexOutOfRangeError(raw []byte) (*DataHubIndexOutOfRange, error) {
	out := new(DataHubIndexOutOfRange)
	if err := dataHub.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubNotActiveNode represents a NotActiveNode error raised by the DataHub contract.
type DataHubNotActiveNode struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActiveNode(address caller)
func DataHubNotActiveNodeErrorID() common.Hash {
	return common.HexToHash("0xc945107ea749fafbcb10f681a52c6572c6ae85c6806e129af9de7da209c3a260")
}

// UnpackNotActiveNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActiveNode(address caller)
func (dataHub *DataHub) UnpackNotActiveNodeError(raw []byte) (*DataHubNotActiveNode, error) {
	out := new(DataHubNotActiveNode)
	if err := dataHub.abi.UnpackIntoInterface(out, "NotActiveNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubNotDatasetOwner represents a NotDatasetOwner error raised by the DataHub contract.
type DataHubNotDatasetOwner struct {
	DatasetId [32]byte
	Owner     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatasetOwner(bytes32 datasetId, address owner)
func DataHubNotDatasetOwnerErrorID() common.Hash {
	return common.HexToHash("0x8eaccdc1b52db93a85d294d562791ed24447da6552d74021e93a3e93ebc6847e")
}

// UnpackNotDatasetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatasetOwner(bytes32 datasetId, address owner)
func (dataHub *DataHub) UnpackNotDatasetOwnerError(raw []byte) (*DataHubNotDatasetOwner, error) {
	out := new(DataHubNotDatasetOwner)
	if err := dataHub.abi.UnpackIntoInterface(out, "NotDatasetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubUnknownDataset represents a UnknownDataset error raised by the DataHub contract.
type DataHubUnknownDataset struct {
	DatasetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDataset(bytes32 datasetId)
func DataHubUnknownDatasetErrorID() common.Hash {
	return common.HexToHash("0x3c94bec56bc1266c49e043be972e8684667e27b756b79b02c3a2c97f738ed9d7")
}

// UnpackUnknownDatasetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDataset(bytes32 datasetId)
func (dataHub *DataHub) UnpackUnknownDatasetError(raw []byte) (*DataHubUnknownDataset, error) {
	out := new(DataHubUnknownDataset)
	if err := dataHub.abi.UnpackIntoInterface(out, "UnknownDataset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubZeroAddress represents a ZeroAddress error raised by the DataHub contract.
type DataHubZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DataHubZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dataHub *DataHub) UnpackZeroAddressError(raw []byte) (*DataHubZeroAddress, error) {
	out := new(DataHubZeroAddress)
	if err := dataHub.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubZeroCommitment represents a ZeroCommitment error raised by the DataHub contract.
type DataHubZeroCommitment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCommitment()
func DataHubZeroCommitmentErrorID() common.Hash {
	return common.HexToHash("0x51bda03d1e0501533d78503e1e2347a46f6e975ed444a037dc6bdaed4bd98c29")
}

// UnpackZeroCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCommitment()
func (dataHub *DataHub) UnpackZeroCommitmentError(raw []byte) (*DataHubZeroCommitment, error) {
	out := new(DataHubZeroCommitment)
	if err := dataHub.abi.UnpackIntoInterface(out, "ZeroCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubZeroDatasetId represents a ZeroDatasetId error raised by the DataHub contract.
type DataHubZeroDatasetId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDatasetId()
func DataHubZeroDatasetIdErrorID() common.Hash {
	return common.HexToHash("0x74b6e4eeb6edc6c3075077fa6c44af98d22f56c9b544429a82c50c8a498dabf5")
}

// UnpackZeroDatasetIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDatasetId()
func (dataHub *DataHub) UnpackZeroDatasetIdError(raw []byte) (*DataHubZeroDatasetId, error) {
	out := new(DataHubZeroDatasetId)
	if err := dataHub.abi.UnpackIntoInterface(out, "ZeroDatasetId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubZeroRows represents a ZeroRows error raised by the DataHub contract.
type DataHubZeroRows struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRows()
func DataHubZeroRowsErrorID() common.Hash {
	return common.HexToHash("0x37342226ca5b82b8fc59e7e99c84ee11acac6b2ecd98087272b98966b0af0c42")
}

// UnpackZeroRowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRows()
func (dataHub *DataHub) UnpackZeroRowsError(raw []byte) (*DataHubZeroRows, error) {
	out := new(DataHubZeroRows)
	if err := dataHub.abi.UnpackIntoInterface(out, "ZeroRows", raw); err != nil {
		return nil, err
	}
	return out, nil
}
