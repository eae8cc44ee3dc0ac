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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"DatasetExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptySchema\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotActiveNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"UnknownDataset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRows\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"datasetAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"}],\"name\":\"datasetIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"datasetsOf\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"getDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"}],\"internalType\":\"structDataHub.Dataset\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"schemaId\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"registerDataset\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractINodeActivity\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"updateDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataHub",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051611064380380611064833981016040819052602b916061565b6001600160a01b03811660515760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316608052608c565b5f602082840312156070575f5ffd5b81516001600160a01b03811681146085575f5ffd5b9392505050565b608051610fb96100ab5f395f8181610110015261089d0152610fb95ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80637b103999116100635780637b1039991461010b5780638dc8376d1461014a5780638e4d5fd91461015d578063bd2babb51461017d578063f24358b91461019d575f5ffd5b806338a699a4146100945780633c8935b9146100d357806341b069f4146100e557806355249587146100f8575b5f5ffd5b6100be6100a236600461097a565b5f908152602081905260409020546001600160a01b0316151590565b60405190151581526020015b60405180910390f35b6002545b6040519081526020016100ca565b6100d76100f33660046109eb565b6101b2565b6100d761010636600461097a565b6101e7565b6101327f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100ca565b6100d7610158366004610a4f565b610245565b61017061016b366004610ad7565b6104c2565b6040516100ca9190610af7565b61019061018b36600461097a565b61052b565b6040516100ca9190610b67565b6101b06101ab366004610c07565b61074f565b005b5f8383836040516020016101c893929190610c69565b6040516020818303038152906040528051906020012090509392505050565b6002545f908210610222576002546040516394666f0d60e01b8152610219918491600401918252602082015260400190565b60405180910390fd5b6002828154811061023557610235610c94565b905f5260205f2001549050919050565b5f61024e610888565b5f86900361026f57604051630834e5b760e21b815260040160405180910390fd5b61027a3388886101b2565b5f818152602081905260409020549091506001600160a01b0316156102b557604051631084f4a560e01b815260048101829052602401610219565b6102bf858561092f565b6040805160e0810182523381526001600160401b0387166020808301919091528251601f8a01829004820281018201845289815242938301918b908b90819084018382808284375f92019190915250505090825250602080820188905260408051601f880183900483028101830182528781529201919087908790819084018382808284375f9201829052509385525050506001600160401b038085166020808501829052604094850191909152868352828152918390208451815493860151909216600160a01b026001600160e01b03199093166001600160a01b03909216919091179190911781559082015160018201906103bc9082610d4b565b5060608201516002820155608082015160038201906103db9082610d4b565b5060a08201516004909101805460c0909301516001600160401b03908116600160401b026fffffffffffffffffffffffffffffffff19909416921691909117919091179055335f818152600160208181526040808420805480850182559085529184209091018690556002805492830181559092527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace018490555183907f7e21e25083eabfb656aa65745cc11daf1885b6aa8d5ad902a0665cf5e5735e57906104af908c908c908c908c908c908c90610e31565b60405180910390a3509695505050505050565b6001600160a01b0381165f9081526001602090815260409182902080548351818402810184019094528084526060939283018282801561051f57602002820191905f5260205f20905b81548152602001906001019080831161050b575b50505050509050919050565b61058a6040518060e001604052805f6001600160a01b031681526020015f6001600160401b03168152602001606081526020015f8152602001606081526020015f6001600160401b031681526020015f6001600160401b031681525090565b5f8281526020818152604091829020825160e08101845281546001600160a01b0381168252600160a01b90046001600160401b03169281019290925260018101805492939192918401916105dd90610cbc565b80601f016020809104026020016040519081016040528092919081815260200182805461060990610cbc565b80156106545780601f1061062b57610100808354040283529160200191610654565b820191905f5260205f20905b81548152906001019060200180831161063757829003601f168201915b505050505081526020016002820154815260200160038201805461067790610cbc565b80601f01602080910402602001604051908101604052809291908181526020018280546106a390610cbc565b80156106ee5780601f106106c5576101008083540402835291602001916106ee565b820191905f5260205f20905b8154815290600101906020018083116106d157829003601f168201915b5050509183525050600491909101546001600160401b038082166020840152600160401b9091041660409091015280519091506001600160a01b031661074a57604051633c94bec560e01b815260048101839052602401610219565b919050565b610757610888565b5f85815260208190526040902080546001600160a01b031661078f57604051633c94bec560e01b815260048101879052602401610219565b80546001600160a01b031633146107ce578054604051638eaccdc160e01b8152600481018890526001600160a01b039091166024820152604401610219565b6107d8858561092f565b805467ffffffffffffffff60a01b1916600160a01b6001600160401b038716021781556002810184905560038101610811838583610e79565b506004810180546fffffffffffffffff00000000000000001916600160401b426001600160401b031602179055604051339087907f8495d416b2c971a1b33799b26fa6f8d9f57b298911985abf918ae07ff188c60f90610878908990899089908990610f32565b60405180910390a3505050505050565b604051639f8a13d760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639f8a13d790602401602060405180830381865afa1580156108ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061090e9190610f64565b61092d576040516364a2883f60e11b8152336004820152602401610219565b565b816001600160401b03165f0361095857604051631b9a111360e11b815260040160405180910390fd5b80610976576040516351bda03d60e01b815260040160405180910390fd5b5050565b5f6020828403121561098a575f5ffd5b5035919050565b80356001600160a01b038116811461074a575f5ffd5b5f5f83601f8401126109b7575f5ffd5b5081356001600160401b038111156109cd575f5ffd5b6020830191508360208285010111156109e4575f5ffd5b9250929050565b5f5f5f604084860312156109fd575f5ffd5b610a0684610991565b925060208401356001600160401b03811115610a20575f5ffd5b610a2c868287016109a7565b9497909650939450505050565b80356001600160401b038116811461074a575f5ffd5b5f5f5f5f5f5f60808789031215610a64575f5ffd5b86356001600160401b03811115610a79575f5ffd5b610a8589828a016109a7565b9097509550610a98905060208801610a39565b93506040870135925060608701356001600160401b03811115610ab9575f5ffd5b610ac589828a016109a7565b979a9699509497509295939492505050565b5f60208284031215610ae7575f5ffd5b610af082610991565b9392505050565b602080825282518282018190525f918401906040840190835b81811015610b2e578351835260209384019390920191600101610b10565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b0382511660208201526001600160401b0360208301511660408201525f604083015160e06060840152610ba8610100840182610b39565b9050606084015160808401526080840151601f198483030160a0850152610bcf8282610b39565b9150506001600160401b0360a08501511660c084015260c0840151610bff60e08501826001600160401b03169052565b509392505050565b5f5f5f5f5f60808688031215610c1b575f5ffd5b85359450610c2b60208701610a39565b93506040860135925060608601356001600160401b03811115610c4c575f5ffd5b610c58888289016109a7565b969995985093965092949392505050565b6bffffffffffffffffffffffff198460601b168152818360148301375f910160140190815292915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610cd057607f821691505b602082108103610cee57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610d465782821115610d4657805f5260205f20601f840160051c6020851015610d1f57505f5b90810190601f840160051c035f5b81811015610d42575f83820155600101610d2d565b5050505b505050565b81516001600160401b03811115610d6457610d64610ca8565b610d7881610d728454610cbc565b84610cf4565b6020601f821160018114610daa575f8315610d935750848201515b5f19600385901b1c1916600184901b178455610e02565b5f84815260208120601f198516915b82811015610dd95787850151825560209485019460019092019101610db9565b5084821015610df657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f610e4460808301888a610e09565b6001600160401b03871660208401528560408401528281036060840152610e6c818587610e09565b9998505050505050505050565b6001600160401b03831115610e9057610e90610ca8565b610ea483610e9e8354610cbc565b83610cf4565b5f601f841160018114610ed5575f8515610ebe5750838201355b5f19600387901b1c1916600186901b178355610e02565b5f83815260208120601f198716915b82811015610f045786850135825560209485019460019092019101610ee4565b5086821015610f20575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b6001600160401b0385168152836020820152606060408201525f610f5a606083018486610e09565b9695505050505050565b5f60208284031215610f74575f5ffd5b81518015158114610af0575f5ffdfea26469706673582212206ab57e33f5a1f08d40ae91158a91bf4264b4163e473e8a4e866d923fc80987e064736f6c63430008250033",
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

// PackDatasetIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b069f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetIdOf(address owner, string schemaId) pure returns(bytes32)
func (dataHub *DataHub) PackDatasetIdOf(owner common.Address, schemaId string) []byte {
	enc, err := dataHub.abi.Pack("datasetIdOf", owner, schemaId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b069f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetIdOf(address owner, string schemaId) pure returns(bytes32)
func (dataHub *DataHub) TryPackDatasetIdOf(owner common.Address, schemaId string) ([]byte, error) {
	return dataHub.abi.Pack("datasetIdOf", owner, schemaId)
}

// UnpackDatasetIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41b069f4.
//
// Solidity: function datasetIdOf(address owner, string schemaId) pure returns(bytes32)
func (dataHub *DataHub) UnpackDatasetIdOf(data []byte) ([32]byte, error) {
	out, err := dataHub.abi.Unpack("datasetIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// the contract method with ID 0x8dc8376d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerDataset(string schemaId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns(bytes32 datasetId)
func (dataHub *DataHub) PackRegisterDataset(schemaId string, rows uint64, commitmentRoot [32]byte, metadataURI string) []byte {
	enc, err := dataHub.abi.Pack("registerDataset", schemaId, rows, commitmentRoot, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dc8376d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerDataset(string schemaId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns(bytes32 datasetId)
func (dataHub *DataHub) TryPackRegisterDataset(schemaId string, rows uint64, commitmentRoot [32]byte, metadataURI string) ([]byte, error) {
	return dataHub.abi.Pack("registerDataset", schemaId, rows, commitmentRoot, metadataURI)
}

// UnpackRegisterDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dc8376d.
//
// Solidity: function registerDataset(string schemaId, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns(bytes32 datasetId)
func (dataHub *DataHub) UnpackRegisterDataset(data []byte) ([32]byte, error) {
	out, err := dataHub.abi.Unpack("registerDataset", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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
