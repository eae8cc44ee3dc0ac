// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package verifierregistry

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

// VerifierRegistryCircuit is an auto generated low-level Go binding around an user-defined struct.
type VerifierRegistryCircuit struct {
	Verifier common.Address
	Revoked  bool
	VkHash   [32]byte
	Vk       common.Address
}

// VerifierRegistryMetaData contains all meta data concerning the VerifierRegistry contract.
var VerifierRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadVKLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"CircuitExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"RevokedCircuit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"UnknownCircuit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VKStoreFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCircuitId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroVKHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"vk\",\"type\":\"address\"}],\"name\":\"CircuitRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"CircuitRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_VK_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"circuitIds\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"getCircuit\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"vk\",\"type\":\"address\"}],\"internalType\":\"structVerifierRegistry.Circuit\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"verifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"vkHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuitId\",\"type\":\"bytes32\"}],\"name\":\"vkOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "VerifierRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b50604051610b17380380610b17833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b610a2b806100ec5f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c8063837a93431161006e578063837a9343146101625780638da5cb5b146101825780638e0cbb1114610192578063b75c7dc6146101a7578063ee3689ad146101ba578063f2fde38b146101cd575f5ffd5b80632916acad146100aa57806336bdc4df146100da57806346d9f796146100f1578063715018a614610106578063753d19411461010e575b5f5ffd5b6100bd6100b8366004610812565b6101e0565b6040516001600160a01b0390911681526020015b60405180910390f35b6100e361600081565b6040519081526020016100d1565b6101046100ff36600461083f565b61025a565b005b610104610452565b61012161011c366004610812565b610465565b6040516100d1919081516001600160a01b03908116825260208084015115159083015260408084015190830152606092830151169181019190915260800190565b610175610170366004610812565b610500565b6040516100d191906108c9565b5f546001600160a01b03166100bd565b61019a6105ac565b6040516100d191906108fe565b6101046101b5366004610812565b610602565b6100e36101c8366004610812565b6106ae565b6101046101db366004610940565b6106f0565b5f81815260016020526040812080546001600160a01b031661021d5760405163074075b760e51b8152600481018490526024015b60405180910390fd5b8054600160a01b900460ff161561024a57604051632c77321b60e21b815260048101849052602401610214565b546001600160a01b031692915050565b61026261072d565b846102805760405163171ee6b560e01b815260040160405180910390fd5b836001600160a01b03163b5f036102b5576040516322a2d07b60e21b81526001600160a01b0385166004820152602401610214565b806102d3576040516326a6bfa160e21b815260040160405180910390fd5b8115806102e257506160008210155b15610303576040516320a4712760e21b815260048101839052602401610214565b5f858152600160205260409020546001600160a01b03161561033b57604051631eec5d4f60e01b815260048101869052602401610214565b5f6103468484610759565b604080516080810182526001600160a01b038089168083525f60208085018281528587018a8152858916606088019081528f85526001938490528885209751885493511515600160a01b026001600160a81b03199094169088161792909217875551868301555160029586018054919095166001600160a01b0319919091161790935583549283018455929092527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0189905590519192509087907fe08a3230f006757217c21484fa76f9a0456e63d397682ab34b6b060025e18fde9061044290869086909182526001600160a01b0316602082015260400190565b60405180910390a3505050505050565b61045a61072d565b6104635f6107c3565b565b604080516080810182525f808252602082018190529181018290526060810191909152505f81815260016020818152604092839020835160808101855281546001600160a01b03808216808452600160a01b90920460ff161515948301949094529382015494810194909452600201541660608301526104fb5760405163074075b760e51b815260048101839052602401610214565b919050565b5f818152600160205260409020600201546060906001600160a01b03168061053e5760405163074075b760e51b815260048101849052602401610214565b5f61055460016001600160a01b0384163b610974565b90508067ffffffffffffffff81111561056f5761056f61098d565b6040519080825280601f01601f191660200182016040528015610599576020820181803683370190505b50925080600160208501843c5050919050565b606060028054806020026020016040519081016040528092919081815260200182805480156105f857602002820191905f5260205f20905b8154815260200190600101908083116105e4575b5050505050905090565b61060a61072d565b5f81815260016020526040902080546001600160a01b03166106425760405163074075b760e51b815260048101839052602401610214565b8054600160a01b900460ff161561066f57604051632c77321b60e21b815260048101839052602401610214565b805460ff60a01b1916600160a01b17815560405182907f1fde0544bc1746c4d5056d06d241edfeab237620d3dce9054f4fe61d1057c4e3905f90a25050565b5f81815260016020526040812080546001600160a01b03166106e65760405163074075b760e51b815260048101849052602401610214565b6001015492915050565b6106f861072d565b6001600160a01b03811661072157604051631e4fbdf760e01b81525f6004820152602401610214565b61072a816107c3565b50565b5f546001600160a01b031633146104635760405163118cdaa760e01b8152336004820152602401610214565b5f806107668360016109a1565b848460405160200161077a939291906109b4565b60405160208183030381529060405290508051602082015ff091506001600160a01b0382166107bc57604051630afefc7f60e31b815260040160405180910390fd5b5092915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610822575f5ffd5b5035919050565b80356001600160a01b03811681146104fb575f5ffd5b5f5f5f5f5f60808688031215610853575f5ffd5b8535945061086360208701610829565b9350604086013567ffffffffffffffff81111561087e575f5ffd5b8601601f8101881361088e575f5ffd5b803567ffffffffffffffff8111156108a4575f5ffd5b8860208284010111156108b5575f5ffd5b959894975060200195606001359392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b81811015610935578351835260209384019390920191600101610917565b509095945050505050565b5f60208284031215610950575f5ffd5b61095982610829565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561098757610987610960565b92915050565b634e487b7160e01b5f52604160045260245ffd5b8082018082111561098757610987610960565b606160f81b815260f084901b6001600160f01b03191660018201526680600a3d393df360c81b60038201528183600b8301375f9101600b019081529291505056fea26469706673582212209fb0b375b37db7e86b55de036c34a50f57cc4fb60dbb4b2f9c2b58742e40bad464736f6c63430008250033",
}

// VerifierRegistry is an auto generated Go binding around an Ethereum contract.
type VerifierRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VerifierRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewVerifierRegistry creates a new instance of VerifierRegistry.
func NewVerifierRegistry() *VerifierRegistry {
	parsed, err := VerifierRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VerifierRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VerifierRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (verifierRegistry *VerifierRegistry) PackConstructor(owner_ common.Address) []byte {
	enc, err := verifierRegistry.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXVKLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36bdc4df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VK_LENGTH() view returns(uint256)
func (verifierRegistry *VerifierRegistry) PackMAXVKLENGTH() []byte {
	enc, err := verifierRegistry.abi.Pack("MAX_VK_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVKLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36bdc4df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VK_LENGTH() view returns(uint256)
func (verifierRegistry *VerifierRegistry) TryPackMAXVKLENGTH() ([]byte, error) {
	return verifierRegistry.abi.Pack("MAX_VK_LENGTH")
}

// UnpackMAXVKLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36bdc4df.
//
// Solidity: function MAX_VK_LENGTH() view returns(uint256)
func (verifierRegistry *VerifierRegistry) UnpackMAXVKLENGTH(data []byte) (*big.Int, error) {
	out, err := verifierRegistry.abi.Unpack("MAX_VK_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCircuitIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e0cbb11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitIds() view returns(bytes32[])
func (verifierRegistry *VerifierRegistry) PackCircuitIds() []byte {
	enc, err := verifierRegistry.abi.Pack("circuitIds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e0cbb11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitIds() view returns(bytes32[])
func (verifierRegistry *VerifierRegistry) TryPackCircuitIds() ([]byte, error) {
	return verifierRegistry.abi.Pack("circuitIds")
}

// UnpackCircuitIds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e0cbb11.
//
// Solidity: function circuitIds() view returns(bytes32[])
func (verifierRegistry *VerifierRegistry) UnpackCircuitIds(data []byte) ([][32]byte, error) {
	out, err := verifierRegistry.abi.Unpack("circuitIds", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackGetCircuit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x753d1941.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCircuit(bytes32 circuitId) view returns((address,bool,bytes32,address) c)
func (verifierRegistry *VerifierRegistry) PackGetCircuit(circuitId [32]byte) []byte {
	enc, err := verifierRegistry.abi.Pack("getCircuit", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCircuit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x753d1941.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCircuit(bytes32 circuitId) view returns((address,bool,bytes32,address) c)
func (verifierRegistry *VerifierRegistry) TryPackGetCircuit(circuitId [32]byte) ([]byte, error) {
	return verifierRegistry.abi.Pack("getCircuit", circuitId)
}

// UnpackGetCircuit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x753d1941.
//
// Solidity: function getCircuit(bytes32 circuitId) view returns((address,bool,bytes32,address) c)
func (verifierRegistry *VerifierRegistry) UnpackGetCircuit(data []byte) (VerifierRegistryCircuit, error) {
	out, err := verifierRegistry.abi.Unpack("getCircuit", data)
	if err != nil {
		return *new(VerifierRegistryCircuit), err
	}
	out0 := *abi.ConvertType(out[0], new(VerifierRegistryCircuit)).(*VerifierRegistryCircuit)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (verifierRegistry *VerifierRegistry) PackOwner() []byte {
	enc, err := verifierRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (verifierRegistry *VerifierRegistry) TryPackOwner() ([]byte, error) {
	return verifierRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (verifierRegistry *VerifierRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := verifierRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46d9f796.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 circuitId, address verifier, bytes vk, bytes32 vkHash) returns()
func (verifierRegistry *VerifierRegistry) PackRegister(circuitId [32]byte, verifier common.Address, vk []byte, vkHash [32]byte) []byte {
	enc, err := verifierRegistry.abi.Pack("register", circuitId, verifier, vk, vkHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46d9f796.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 circuitId, address verifier, bytes vk, bytes32 vkHash) returns()
func (verifierRegistry *VerifierRegistry) TryPackRegister(circuitId [32]byte, verifier common.Address, vk []byte, vkHash [32]byte) ([]byte, error) {
	return verifierRegistry.abi.Pack("register", circuitId, verifier, vk, vkHash)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (verifierRegistry *VerifierRegistry) PackRenounceOwnership() []byte {
	enc, err := verifierRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (verifierRegistry *VerifierRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return verifierRegistry.abi.Pack("renounceOwnership")
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb75c7dc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(bytes32 circuitId) returns()
func (verifierRegistry *VerifierRegistry) PackRevoke(circuitId [32]byte) []byte {
	enc, err := verifierRegistry.abi.Pack("revoke", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb75c7dc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(bytes32 circuitId) returns()
func (verifierRegistry *VerifierRegistry) TryPackRevoke(circuitId [32]byte) ([]byte, error) {
	return verifierRegistry.abi.Pack("revoke", circuitId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (verifierRegistry *VerifierRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := verifierRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (verifierRegistry *VerifierRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return verifierRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2916acad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierOf(bytes32 circuitId) view returns(address)
func (verifierRegistry *VerifierRegistry) PackVerifierOf(circuitId [32]byte) []byte {
	enc, err := verifierRegistry.abi.Pack("verifierOf", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2916acad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierOf(bytes32 circuitId) view returns(address)
func (verifierRegistry *VerifierRegistry) TryPackVerifierOf(circuitId [32]byte) ([]byte, error) {
	return verifierRegistry.abi.Pack("verifierOf", circuitId)
}

// UnpackVerifierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2916acad.
//
// Solidity: function verifierOf(bytes32 circuitId) view returns(address)
func (verifierRegistry *VerifierRegistry) UnpackVerifierOf(data []byte) (common.Address, error) {
	out, err := verifierRegistry.abi.Unpack("verifierOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVkHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3689ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkHashOf(bytes32 circuitId) view returns(bytes32)
func (verifierRegistry *VerifierRegistry) PackVkHashOf(circuitId [32]byte) []byte {
	enc, err := verifierRegistry.abi.Pack("vkHashOf", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3689ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkHashOf(bytes32 circuitId) view returns(bytes32)
func (verifierRegistry *VerifierRegistry) TryPackVkHashOf(circuitId [32]byte) ([]byte, error) {
	return verifierRegistry.abi.Pack("vkHashOf", circuitId)
}

// UnpackVkHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee3689ad.
//
// Solidity: function vkHashOf(bytes32 circuitId) view returns(bytes32)
func (verifierRegistry *VerifierRegistry) UnpackVkHashOf(data []byte) ([32]byte, error) {
	out, err := verifierRegistry.abi.Unpack("vkHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVkOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x837a9343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkOf(bytes32 circuitId) view returns(bytes vk)
func (verifierRegistry *VerifierRegistry) PackVkOf(circuitId [32]byte) []byte {
	enc, err := verifierRegistry.abi.Pack("vkOf", circuitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x837a9343.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkOf(bytes32 circuitId) view returns(bytes vk)
func (verifierRegistry *VerifierRegistry) TryPackVkOf(circuitId [32]byte) ([]byte, error) {
	return verifierRegistry.abi.Pack("vkOf", circuitId)
}

// UnpackVkOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x837a9343.
//
// Solidity: function vkOf(bytes32 circuitId) view returns(bytes vk)
func (verifierRegistry *VerifierRegistry) UnpackVkOf(data []byte) ([]byte, error) {
	out, err := verifierRegistry.abi.Unpack("vkOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// VerifierRegistryCircuitRegistered represents a CircuitRegistered event raised by the VerifierRegistry contract.
type VerifierRegistryCircuitRegistered struct {
	CircuitId [32]byte
	Verifier  common.Address
	VkHash    [32]byte
	Vk        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerifierRegistryCircuitRegisteredEventName = "CircuitRegistered"

// ContractEventName returns the user-defined event name.
func (VerifierRegistryCircuitRegistered) ContractEventName() string {
	return VerifierRegistryCircuitRegisteredEventName
}

// UnpackCircuitRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CircuitRegistered(bytes32 indexed circuitId, address indexed verifier, bytes32 vkHash, address vk)
func (verifierRegistry *VerifierRegistry) UnpackCircuitRegisteredEvent(log *types.Log) (*VerifierRegistryCircuitRegistered, error) {
	event := "CircuitRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verifierRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerifierRegistryCircuitRegistered)
	if len(log.Data) > 0 {
		if err := verifierRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verifierRegistry.abi.Events[event].Inputs {
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

// VerifierRegistryCircuitRevoked represents a CircuitRevoked event raised by the VerifierRegistry contract.
type VerifierRegistryCircuitRevoked struct {
	CircuitId [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerifierRegistryCircuitRevokedEventName = "CircuitRevoked"

// ContractEventName returns the user-defined event name.
func (VerifierRegistryCircuitRevoked) ContractEventName() string {
	return VerifierRegistryCircuitRevokedEventName
}

// UnpackCircuitRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CircuitRevoked(bytes32 indexed circuitId)
func (verifierRegistry *VerifierRegistry) UnpackCircuitRevokedEvent(log *types.Log) (*VerifierRegistryCircuitRevoked, error) {
	event := "CircuitRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verifierRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerifierRegistryCircuitRevoked)
	if len(log.Data) > 0 {
		if err := verifierRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verifierRegistry.abi.Events[event].Inputs {
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

// VerifierRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the VerifierRegistry contract.
type VerifierRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VerifierRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (VerifierRegistryOwnershipTransferred) ContractEventName() string {
	return VerifierRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (verifierRegistry *VerifierRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*VerifierRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verifierRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerifierRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := verifierRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verifierRegistry.abi.Events[event].Inputs {
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
func (verifierRegistry *VerifierRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["BadVKLength"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackBadVKLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["CircuitExists"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackCircuitExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["RevokedCircuit"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackRevokedCircuitError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["UnknownCircuit"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackUnknownCircuitError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["VKStoreFailed"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackVKStoreFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["ZeroCircuitId"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackZeroCircuitIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierRegistry.abi.Errors["ZeroVKHash"].ID.Bytes()[:4]) {
		return verifierRegistry.UnpackZeroVKHashError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VerifierRegistryBadVKLength represents a BadVKLength error raised by the VerifierRegistry contract.
type VerifierRegistryBadVKLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVKLength(uint256 length)
func VerifierRegistryBadVKLengthErrorID() common.Hash {
	return common.HexToHash("0x8291c49c1b150a4678871edce59f1e762a8d09bbe84eb5693f959c7c671cce17")
}

// UnpackBadVKLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVKLength(uint256 length)
func (verifierRegistry *VerifierRegistry) UnpackBadVKLengthError(raw []byte) (*VerifierRegistryBadVKLength, error) {
	out := new(VerifierRegistryBadVKLength)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "BadVKLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryCircuitExists represents a CircuitExists error raised by the VerifierRegistry contract.
type VerifierRegistryCircuitExists struct {
	CircuitId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CircuitExists(bytes32 circuitId)
func VerifierRegistryCircuitExistsErrorID() common.Hash {
	return common.HexToHash("0x1eec5d4fafb9a372e3f7d65f752f35036a150078a18f8eddab88389938cb448d")
}

// UnpackCircuitExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CircuitExists(bytes32 circuitId)
func (verifierRegistry *VerifierRegistry) UnpackCircuitExistsError(raw []byte) (*VerifierRegistryCircuitExists, error) {
	out := new(VerifierRegistryCircuitExists)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "CircuitExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryNotAContract represents a NotAContract error raised by the VerifierRegistry contract.
type VerifierRegistryNotAContract struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address verifier)
func VerifierRegistryNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address verifier)
func (verifierRegistry *VerifierRegistry) UnpackNotAContractError(raw []byte) (*VerifierRegistryNotAContract, error) {
	out := new(VerifierRegistryNotAContract)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the VerifierRegistry contract.
type VerifierRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func VerifierRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (verifierRegistry *VerifierRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*VerifierRegistryOwnableInvalidOwner, error) {
	out := new(VerifierRegistryOwnableInvalidOwner)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the VerifierRegistry contract.
type VerifierRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func VerifierRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (verifierRegistry *VerifierRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*VerifierRegistryOwnableUnauthorizedAccount, error) {
	out := new(VerifierRegistryOwnableUnauthorizedAccount)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryRevokedCircuit represents a RevokedCircuit error raised by the VerifierRegistry contract.
type VerifierRegistryRevokedCircuit struct {
	CircuitId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevokedCircuit(bytes32 circuitId)
func VerifierRegistryRevokedCircuitErrorID() common.Hash {
	return common.HexToHash("0xb1dcc86c1eb23a0533fb21811a646ca2bc7fc13e7d25224a9d840655bda603ba")
}

// UnpackRevokedCircuitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevokedCircuit(bytes32 circuitId)
func (verifierRegistry *VerifierRegistry) UnpackRevokedCircuitError(raw []byte) (*VerifierRegistryRevokedCircuit, error) {
	out := new(VerifierRegistryRevokedCircuit)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "RevokedCircuit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryUnknownCircuit represents a UnknownCircuit error raised by the VerifierRegistry contract.
type VerifierRegistryUnknownCircuit struct {
	CircuitId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCircuit(bytes32 circuitId)
func VerifierRegistryUnknownCircuitErrorID() common.Hash {
	return common.HexToHash("0xe80eb6e0d9009073ddaebaef89c288d7da3b88d2ea35f677390d3fef69cc813c")
}

// UnpackUnknownCircuitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCircuit(bytes32 circuitId)
func (verifierRegistry *VerifierRegistry) UnpackUnknownCircuitError(raw []byte) (*VerifierRegistryUnknownCircuit, error) {
	out := new(VerifierRegistryUnknownCircuit)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "UnknownCircuit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryVKStoreFailed represents a VKStoreFailed error raised by the VerifierRegistry contract.
type VerifierRegistryVKStoreFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VKStoreFailed()
func VerifierRegistryVKStoreFailedErrorID() common.Hash {
	return common.HexToHash("0x57f7e3f8c90e56c0fe192b22ee9bc36e04c5bd45643f2db6505311458c82ea6a")
}

// UnpackVKStoreFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VKStoreFailed()
func (verifierRegistry *VerifierRegistry) UnpackVKStoreFailedError(raw []byte) (*VerifierRegistryVKStoreFailed, error) {
	out := new(VerifierRegistryVKStoreFailed)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "VKStoreFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryZeroCircuitId represents a ZeroCircuitId error raised by the VerifierRegistry contract.
type VerifierRegistryZeroCircuitId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCircuitId()
func VerifierRegistryZeroCircuitIdErrorID() common.Hash {
	return common.HexToHash("0x171ee6b521544128378fc2d2a0ddc10a05f81eabc0224dd9f07602515150ffcc")
}

// UnpackZeroCircuitIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCircuitId()
func (verifierRegistry *VerifierRegistry) UnpackZeroCircuitIdError(raw []byte) (*VerifierRegistryZeroCircuitId, error) {
	out := new(VerifierRegistryZeroCircuitId)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "ZeroCircuitId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierRegistryZeroVKHash represents a ZeroVKHash error raised by the VerifierRegistry contract.
type VerifierRegistryZeroVKHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroVKHash()
func VerifierRegistryZeroVKHashErrorID() common.Hash {
	return common.HexToHash("0x9a9afe84d2c12a956875c1235bc4476ff18f26febe2f5b09ac0a179f45379eed")
}

// UnpackZeroVKHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroVKHash()
func (verifierRegistry *VerifierRegistry) UnpackZeroVKHashError(raw []byte) (*VerifierRegistryZeroVKHash, error) {
	out := new(VerifierRegistryZeroVKHash)
	if err := verifierRegistry.abi.UnpackIntoInterface(out, "ZeroVKHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}
