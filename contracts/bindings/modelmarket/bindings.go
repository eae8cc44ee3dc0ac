// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package modelmarket

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

// ModelMarketModel is an auto generated low-level Go binding around an user-defined struct.
type ModelMarketModel struct {
	TaskId       [32]byte
	ArtifactHash [32]byte
	Publisher    common.Address
	Round        uint32
	Timeout      uint64
	PrivateMode  bool
	Retired      bool
	Coordinator  common.Address
	Price        *big.Int
	TotalWeight  *big.Int
	Holders      []common.Address
	Weights      []uint32
}

// ModelMarketRequest is an auto generated low-level Go binding around an user-defined struct.
type ModelMarketRequest struct {
	Requester  common.Address
	Deadline   uint64
	Status     uint8
	ModelId    *big.Int
	Commitment [32]byte
	Amount     *big.Int
	ResultHash [32]byte
}

// ModelMarketMetaData contains all meta data concerning the ModelMarket contract.
var ModelMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"taskEscrow_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDelivered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recorded\",\"type\":\"bytes32\"}],\"name\":\"ArtifactNotRecorded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHolders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPublisher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTaskRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"TimeoutTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyHolders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroArtifactHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroResultHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTimeout\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainder\",\"type\":\"uint256\"}],\"name\":\"InferenceDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"InferenceRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"artifactHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"privateMode\",\"type\":\"bool\"}],\"name\":\"ModelPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_HOLDERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"artifactHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"timeout\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"privateMode\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"retired\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalWeight\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"},{\"internalType\":\"uint32[]\",\"name\":\"weights\",\"type\":\"uint32[]\"}],\"internalType\":\"structModelMarket.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"enumModelMarket.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structModelMarket.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"modelOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"artifactHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timeout\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"privateMode\",\"type\":\"bool\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskEscrow\",\"outputs\":[{\"internalType\":\"contractTaskEscrow\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ModelMarket",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161205738038061205783398101604081905261002e9161008a565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0381166100795760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03166080526100b7565b5f6020828403121561009a575f5ffd5b81516001600160a01b03811681146100b0575f5ffd5b9392505050565b608051611f656100f25f395f818161014c015281816109400152818161126c015281816113a20152818161153301526115b80152611f655ff3fe6080604052600436106100ef575f3560e01c80638b3f57e911610087578063c6a645fe11610057578063c6a645fe1461028c578063d5d44d80146102a1578063d9b42a7f146102d5578063de38eb3a146102f4575f5ffd5b80638b3f57e914610219578063b5bd3eb914610238578063bc3211191461024d578063c58343ef14610260575f5ffd5b80633ccfd60b116100c25780633ccfd60b146101a55780635badbe4c146101b95780636d361694146101ce5780637eca2451146101fa575f5ffd5b806322e12720146100f3578063278ecde11461011a57806327c4ffe11461013b5780633790cf5714610186575b5f5ffd5b3480156100fe575f5ffd5b50610107602081565b6040519081526020015b60405180910390f35b348015610125575f5ffd5b50610139610134366004611907565b610322565b005b348015610146575f5ffd5b5061016e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610111565b348015610191575f5ffd5b506101396101a0366004611907565b61044e565b3480156101b0575f5ffd5b50610139610522565b3480156101c4575f5ffd5b5061010760055481565b3480156101d9575f5ffd5b506101ed6101e8366004611907565b610653565b6040516101119190611997565b348015610205575f5ffd5b50610107610214366004611a92565b610860565b348015610224575f5ffd5b50610107610233366004611ad4565b610886565b348015610243575f5ffd5b5061010760065481565b61010761025b366004611b3b565b610b42565b34801561026b575f5ffd5b5061027f61027a366004611907565b610d2c565b6040516101119190611b6f565b348015610297575f5ffd5b5061010760045481565b3480156102ac575f5ffd5b506101076102bb366004611bfe565b6001600160a01b03165f9081526003602052604090205490565b3480156102e0575f5ffd5b506101396102ef366004611b3b565b610e01565b3480156102ff575f5ffd5b5061030a62278d0081565b6040516001600160401b039091168152602001610111565b5f61032c8261109c565b905061033882826110ed565b60018101545f908152602081905260409020600301546201000090046001600160a01b0316331480159061037d57508054600160a01b90046001600160401b03164211155b156103b457805460405163d606d83f60e01b8152600160a01b9091046001600160401b031660048201526024015b60405180910390fd5b8054600360e01b60ff60e01b1982161782556003808301546001600160a01b039092165f9081526020919091526040812080548392906103f5908490611c2d565b925050819055508060065f82825461040d9190611c2d565b9091555050604051818152339084907f4a2a6d599e3bc365eae92460545c77f458a0b0ad17ac5729aa4c27b67592c5349060200160405180910390a3505050565b5f61045882611171565b60028101549091506001600160a01b0316331461048a5760405163e35593b560e01b81523360048201526024016103ab565b6003810154610100900460ff16156104b857604051630d5f568d60e01b8152600481018390526024016103ab565b60038101805461ff00191661010017905580545f9081526002602081815260408084209285015463ffffffff600160a01b9091041684529190528082208290555183917f791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa91a25050565b61052a6111ac565b335f908152600360205260408120549081900361055a57604051630686827b60e51b815260040160405180910390fd5b335f9081526003602052604081208190556006805483929061057d908490611c40565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146105f6576040519150601f19603f3d011682016040523d82523d5f602084013e6105fb565b606091505b505090508061062657604051630e21dcbb60e11b8152336004820152602481018390526044016103ab565b505061065160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b565b6106d26040518061018001604052805f81526020015f81526020015f6001600160a01b031681526020015f63ffffffff1681526020015f6001600160401b031681526020015f151581526020015f151581526020015f6001600160a01b031681526020015f81526020015f815260200160608152602001606081525090565b6106db82611171565b604080516101808101825282548152600183015460208083019190915260028401546001600160a01b0380821684860152600160a01b820463ffffffff166060850152600160c01b9091046001600160401b03166080840152600385015460ff808216151560a0860152610100808304909116151560c08601526201000090910490911660e0840152600485015490830152600584015461012083015260068401805484518184028101840190955280855292949361014086019390928301828280156107cf57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116107b1575b505050505081526020016007820180548060200260200160405190810160405280929190818152602001828054801561085057602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116108135790505b5050505050815250509050919050565b5f82815260026020908152604080832063ffffffff851684529091529020545b92915050565b5f5f610891886111da565b905061089e888888611360565b845f036108be57604051634dfba02360e01b815260040160405180910390fd5b836001600160401b03165f036108e75760405163b077b20b60e01b815260040160405180910390fd5b62278d006001600160401b03851611156109285760405163fc2298c760e01b81526001600160401b038516600482015262278d0060248201526044016103ab565b60405163653e0f7f60e01b8152600481018990525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063653e0f7f906024015f60405180830381865afa15801561098c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526109b39190810190611ccb565b905080515f036109d65760405163ebae349360e01b815260040160405180910390fd5b602081511115610a0657805160405163829ec37560e01b81526004810191909152602060248201526044016103ab565b60045f8154610a1490611d7d565b91829055505f8a815260026020818152604080842063ffffffff8e16808652908352818520869055858552918490529092208c8155600181018b905590810180546001600160c01b0319163363ffffffff60a01b191617600160a01b909302929092176001600160c01b0316600160c01b6001600160401b038a160217909155600381018054608086015161ff01600160b01b031990911688151562010000600160b01b03191617620100006001600160a01b039092169190910217905560048101889055909350610ae8818b8585611493565b6005820155604080518981526020810189905286151581830152905133918c9187917f31f2b70c4dc6960bacb9f4ea17cb09cccca8f6399362870aceaee78d85cb58c2919081900360600190a45050509695505050505050565b5f5f610b4d84611171565b6003810154909150610100900460ff1615610b7e57604051630d5f568d60e01b8152600481018590526024016103ab565b80600401543414610bae57600481810154604051630374cb4760e21b8152918201523460248201526044016103ab565b82610bcc576040516351bda03d60e01b815260040160405180910390fd5b60055f8154610bda90611d7d565b918290555060028201549092505f90610c0390600160c01b90046001600160401b031642611d95565b6040805160e0810182523381526001600160401b0383166020820152919250810160018152602080820188905260408083018890523460608401525f6080909301839052868352600182529182902083518154928501516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039091161791909117808255918301519091829060ff60e01b1916600160e01b836003811115610cae57610cae611b5b565b0217905550606082015160018201556080820151600282015560a0820151600382015560c090910151600490910155604080518581526001600160401b03831660208201523391879186917f37d6a193bb78734168ece9163d58f86e5e23f8926e70dec3c7d87d2fcb072406910160405180910390a4505092915050565b610d676040805160e0810182525f80825260208201819052909182019081526020015f81526020015f81526020015f81526020015f81525090565b610d708261109c565b6040805160e08101825282546001600160a01b0381168252600160a01b81046001600160401b03166020830152909291830190600160e01b900460ff166003811115610dbe57610dbe611b5b565b6003811115610dcf57610dcf611b5b565b815260018201546020820152600282015460408201526003820154606082015260049091015460809091015292915050565b5f610e0b8361109c565b60018101545f9081526020819052604090206003810154919250906201000090046001600160a01b03163314610e565760405163f01654df60e01b81523360048201526024016103ab565b610e6084836110ed565b8154600160a01b90046001600160401b0316421115610ea6578154604051630712e88b60e01b8152600160a01b9091046001600160401b031660048201526024016103ab565b82610ec4576040516375d8729f60e11b815260040160405180910390fd5b815460ff60e01b1916600160e11b178255600482018390556003820154600582015460068301545f90815b81811015610ff6575f866006018281548110610f0d57610f0d611db4565b5f9182526020822001546007890180546001600160a01b039092169350610f6a9189919086908110610f4157610f41611db4565b5f918252602090912060088204015460079091166004026101000a900463ffffffff16886117e7565b6001600160a01b0383165f90815260036020526040812080549293508392909190610f96908490611c2d565b90915550610fa690508186611c2d565b9450816001600160a01b03168b7ff264b6e36a7f1970fa9be939c6642d62dc15e7a2d28521faa69e26e3329833f683604051610fe491815260200190565b60405180910390a35050600101610eef565b505f6110028386611c40565b905080156110385786546001600160a01b03165f9081526003602052604081208054839290611032908490611c2d565b90915550505b8460065f8282546110499190611c2d565b9091555050604080518981526020810185905290810182905289907fc629dcc35984e7a6736691e467833388f05c89d29ec4de2082cb9387ff0fd3a79060600160405180910390a2505050505050505050565b5f818152600160205260408120908154600160e01b900460ff1660038111156110c7576110c7611b5b565b036110e857604051631f79bbe760e01b8152600481018390526024016103ab565b919050565b60028154600160e01b900460ff16600381111561110c5761110c611b5b565b0361112d57604051635b7e830160e01b8152600481018390526024016103ab565b60038154600160e01b900460ff16600381111561114c5761114c611b5b565b0361116d576040516381fd8f2760e01b8152600481018390526024016103ab565b5050565b5f81815260208190526040902060028101546001600160a01b03166110e857604051632380022d60e01b8152600481018390526024016103ab565b6111b4611898565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b611256604080516101a0810182525f8082526020820181905291810182905290606082019081526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040516315a2903560e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906315a29035906024016101a060405180830381865afa9250505080156112d8575060408051601f3d908101601f191682019092526112d591810190611dec565b60015b6112f857604051632e3abafd60e01b8152600481018390526024016103ab565b80519091506001600160a01b0316331461132757604051633a815e6560e21b81523360048201526024016103ab565b60028160600151600381111561133f5761133f611b5b565b146110e857604051631649f1ff60e01b8152600481018390526024016103ab565b8061137e576040516340963d8160e11b815260040160405180910390fd5b604051631f08873360e31b81526004810184905263ffffffff831660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f844399890604401602060405180830381865afa1580156113ef573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114139190611ec2565b905081811461144b5760405163b1275f3160e01b81526004810185905263ffffffff84166024820152604481018290526064016103ab565b5f84815260026020908152604080832063ffffffff87168452909152902054801561148c5760405163388c326760e01b8152600481018290526024016103ab565b5050505050565b80515f9081816001600160401b038111156114b0576114b0611c53565b6040519080825280602002602001820160405280156114d9578160200160208202803683370190505b506020860151604087015191925063ffffffff91821691161460015b866020015163ffffffff1681116116e157811580156115a65750604051631f08873360e31b81526004810189905263ffffffff821660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f844399890604401602060405180830381865afa158015611580573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115a49190611ec2565b145b6116cf575f5b848110156116cd5760017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637fff036f8b858b86815181106115f9576115f9611db4565b60200260200101516040518463ffffffff1660e01b815260040161163f9392919092835263ffffffff9190911660208301526001600160a01b0316604082015260600190565b602060405180830381865afa15801561165a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061167e9190611ed9565b600281111561168f5761168f611b5b565b036116c5578381815181106116a6576116a6611db4565b6020026020010180518091906116bb90611ef7565b63ffffffff169052505b6001016115ac565b505b806116d981611d7d565b9150506114f5565b505f5b838110156117db578860060186828151811061170257611702611db4565b60209081029190910181015182546001810184555f938452919092200180546001600160a01b0319166001600160a01b03909216919091179055825160078a019084908390811061175557611755611db4565b6020026020010151908060018154018082558091505060019003905f5260205f2090600891828204019190066004029091909190916101000a81548163ffffffff021916908363ffffffff1602179055508281815181106117b8576117b8611db4565b602002602001015163ffffffff16856117d19190611c2d565b94506001016116e4565b50505050949350505050565b5f5f5f6117f486866118da565b91509150815f036118185783818161180e5761180e611f1b565b0492505050611891565b81841161182f5761182f60038515026011186118f6565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361065157604051633ee5aeb560e01b815260040160405180910390fd5b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f60208284031215611917575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156119575781516001600160a01b0316865260209586019590910190600101611930565b5093949350505050565b5f8151808452602084019350602083015f5b8281101561195757815163ffffffff16865260209586019590910190600101611973565b6020815281516020820152602082015160408201525f60408301516119c760608401826001600160a01b03169052565b50606083015163ffffffff811660808401525060808301516001600160401b03811660a08401525060a083015180151560c08401525060c083015180151560e08401525060e08301516001600160a01b03811661010084015250610100830151610120830152610120830151610140830152610140830151610180610160840152611a566101a084018261191e565b9050610160840151601f1984830301610180850152611a758282611961565b95945050505050565b63ffffffff81168114611a8f575f5ffd5b50565b5f5f60408385031215611aa3575f5ffd5b823591506020830135611ab581611a7e565b809150509250929050565b6001600160401b0381168114611a8f575f5ffd5b5f5f5f5f5f5f60c08789031215611ae9575f5ffd5b863595506020870135611afb81611a7e565b945060408701359350606087013592506080870135611b1981611ac0565b915060a08701358015158114611b2d575f5ffd5b809150509295509295509295565b5f5f60408385031215611b4c575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b81516001600160a01b031681526020808301516001600160401b031690820152604082015160e082019060048110611bb557634e487b7160e01b5f52602160045260245ffd5b80604084015250606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b6001600160a01b0381168114611a8f575f5ffd5b5f60208284031215611c0e575f5ffd5b813561189181611bea565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561088057610880611c19565b8181038181111561088057610880611c19565b634e487b7160e01b5f52604160045260245ffd5b6040516101a081016001600160401b0381118282101715611c8a57611c8a611c53565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611cb857611cb8611c53565b604052919050565b80516110e881611bea565b5f60208284031215611cdb575f5ffd5b81516001600160401b03811115611cf0575f5ffd5b8201601f81018413611d00575f5ffd5b80516001600160401b03811115611d1957611d19611c53565b8060051b611d2960208201611c90565b91825260208184018101929081019087841115611d44575f5ffd5b6020850194505b83851015611d725784519250611d6083611bea565b82825260209485019490910190611d4b565b979650505050505050565b5f60018201611d8e57611d8e611c19565b5060010190565b6001600160401b03818116838216019081111561088057610880611c19565b634e487b7160e01b5f52603260045260245ffd5b80516110e881611a7e565b8051600481106110e8575f5ffd5b80516110e881611ac0565b5f6101a0828403128015611dfe575f5ffd5b50611e07611c67565b611e1083611cc0565b8152611e1e60208401611dc8565b6020820152611e2f60408401611dc8565b6040820152611e4060608401611dd3565b6060820152611e5160808401611cc0565b6080820152611e6260a08401611de1565b60a0820152611e7360c08401611cc0565b60c082015260e083810151908201526101008084015190820152610120808401519082015261014080840151908201526101608084015190820152610180928301519281019290925250919050565b5f60208284031215611ed2575f5ffd5b5051919050565b5f60208284031215611ee9575f5ffd5b815160038110611891575f5ffd5b5f63ffffffff821663ffffffff8103611f1257611f12611c19565b60010192915050565b634e487b7160e01b5f52601260045260245ffdfea264697066735822122055a5ad5a1e48bfefdfbaf24a05209ee062c95e7fc74ca42ba7ff012b395f171c64736f6c63430008250033",
}

// ModelMarket is an auto generated Go binding around an Ethereum contract.
type ModelMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelMarket) GetABI() abi.ABI {
	return c.abi
}

// NewModelMarket creates a new instance of ModelMarket.
func NewModelMarket() *ModelMarket {
	parsed, err := ModelMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address taskEscrow_) returns()
func (modelMarket *ModelMarket) PackConstructor(taskEscrow_ common.Address) []byte {
	enc, err := modelMarket.abi.Pack("", taskEscrow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXHOLDERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e12720.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HOLDERS() view returns(uint256)
func (modelMarket *ModelMarket) PackMAXHOLDERS() []byte {
	enc, err := modelMarket.abi.Pack("MAX_HOLDERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHOLDERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e12720.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HOLDERS() view returns(uint256)
func (modelMarket *ModelMarket) TryPackMAXHOLDERS() ([]byte, error) {
	return modelMarket.abi.Pack("MAX_HOLDERS")
}

// UnpackMAXHOLDERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22e12720.
//
// Solidity: function MAX_HOLDERS() view returns(uint256)
func (modelMarket *ModelMarket) UnpackMAXHOLDERS(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("MAX_HOLDERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde38eb3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIMEOUT() view returns(uint64)
func (modelMarket *ModelMarket) PackMAXTIMEOUT() []byte {
	enc, err := modelMarket.abi.Pack("MAX_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde38eb3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIMEOUT() view returns(uint64)
func (modelMarket *ModelMarket) TryPackMAXTIMEOUT() ([]byte, error) {
	return modelMarket.abi.Pack("MAX_TIMEOUT")
}

// UnpackMAXTIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde38eb3a.
//
// Solidity: function MAX_TIMEOUT() view returns(uint64)
func (modelMarket *ModelMarket) UnpackMAXTIMEOUT(data []byte) (uint64, error) {
	out, err := modelMarket.abi.Unpack("MAX_TIMEOUT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (modelMarket *ModelMarket) PackCredit(account common.Address) []byte {
	enc, err := modelMarket.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (modelMarket *ModelMarket) TryPackCredit(account common.Address) ([]byte, error) {
	return modelMarket.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (modelMarket *ModelMarket) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9b42a7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver(uint256 requestId, bytes32 resultHash) returns()
func (modelMarket *ModelMarket) PackDeliver(requestId *big.Int, resultHash [32]byte) []byte {
	enc, err := modelMarket.abi.Pack("deliver", requestId, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9b42a7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver(uint256 requestId, bytes32 resultHash) returns()
func (modelMarket *ModelMarket) TryPackDeliver(requestId *big.Int, resultHash [32]byte) ([]byte, error) {
	return modelMarket.abi.Pack("deliver", requestId, resultHash)
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(uint256 modelId) view returns((bytes32,bytes32,address,uint32,uint64,bool,bool,address,uint256,uint256,address[],uint32[]))
func (modelMarket *ModelMarket) PackGetModel(modelId *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(uint256 modelId) view returns((bytes32,bytes32,address,uint32,uint64,bool,bool,address,uint256,uint256,address[],uint32[]))
func (modelMarket *ModelMarket) TryPackGetModel(modelId *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 modelId) view returns((bytes32,bytes32,address,uint32,uint64,bool,bool,address,uint256,uint256,address[],uint32[]))
func (modelMarket *ModelMarket) UnpackGetModel(data []byte) (ModelMarketModel, error) {
	out, err := modelMarket.abi.Unpack("getModel", data)
	if err != nil {
		return *new(ModelMarketModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelMarketModel)).(*ModelMarketModel)
	return out0, nil
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint8,uint256,bytes32,uint256,bytes32))
func (modelMarket *ModelMarket) PackGetRequest(requestId *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("getRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint8,uint256,bytes32,uint256,bytes32))
func (modelMarket *ModelMarket) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint8,uint256,bytes32,uint256,bytes32))
func (modelMarket *ModelMarket) UnpackGetRequest(data []byte) (ModelMarketRequest, error) {
	out, err := modelMarket.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(ModelMarketRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelMarketRequest)).(*ModelMarketRequest)
	return out0, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelMarket *ModelMarket) PackModelCount() []byte {
	enc, err := modelMarket.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelMarket *ModelMarket) TryPackModelCount() ([]byte, error) {
	return modelMarket.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelMarket *ModelMarket) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eca2451.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelOf(bytes32 taskId, uint32 round) view returns(uint256)
func (modelMarket *ModelMarket) PackModelOf(taskId [32]byte, round uint32) []byte {
	enc, err := modelMarket.abi.Pack("modelOf", taskId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eca2451.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelOf(bytes32 taskId, uint32 round) view returns(uint256)
func (modelMarket *ModelMarket) TryPackModelOf(taskId [32]byte, round uint32) ([]byte, error) {
	return modelMarket.abi.Pack("modelOf", taskId, round)
}

// UnpackModelOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7eca2451.
//
// Solidity: function modelOf(bytes32 taskId, uint32 round) view returns(uint256)
func (modelMarket *ModelMarket) UnpackModelOf(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("modelOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b3f57e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish(bytes32 taskId, uint32 round, bytes32 artifactHash, uint256 price, uint64 timeout, bool privateMode) returns(uint256 modelId)
func (modelMarket *ModelMarket) PackPublish(taskId [32]byte, round uint32, artifactHash [32]byte, price *big.Int, timeout uint64, privateMode bool) []byte {
	enc, err := modelMarket.abi.Pack("publish", taskId, round, artifactHash, price, timeout, privateMode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b3f57e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish(bytes32 taskId, uint32 round, bytes32 artifactHash, uint256 price, uint64 timeout, bool privateMode) returns(uint256 modelId)
func (modelMarket *ModelMarket) TryPackPublish(taskId [32]byte, round uint32, artifactHash [32]byte, price *big.Int, timeout uint64, privateMode bool) ([]byte, error) {
	return modelMarket.abi.Pack("publish", taskId, round, artifactHash, price, timeout, privateMode)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b3f57e9.
//
// Solidity: function publish(bytes32 taskId, uint32 round, bytes32 artifactHash, uint256 price, uint64 timeout, bool privateMode) returns(uint256 modelId)
func (modelMarket *ModelMarket) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("publish", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 requestId) returns()
func (modelMarket *ModelMarket) PackRefund(requestId *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 requestId) returns()
func (modelMarket *ModelMarket) TryPackRefund(requestId *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("refund", requestId)
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc321119.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(uint256 modelId, bytes32 commitment) payable returns(uint256 requestId)
func (modelMarket *ModelMarket) PackRequest(modelId *big.Int, commitment [32]byte) []byte {
	enc, err := modelMarket.abi.Pack("request", modelId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc321119.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(uint256 modelId, bytes32 commitment) payable returns(uint256 requestId)
func (modelMarket *ModelMarket) TryPackRequest(modelId *big.Int, commitment [32]byte) ([]byte, error) {
	return modelMarket.abi.Pack("request", modelId, commitment)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc321119.
//
// Solidity: function request(uint256 modelId, bytes32 commitment) payable returns(uint256 requestId)
func (modelMarket *ModelMarket) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (modelMarket *ModelMarket) PackRequestCount() []byte {
	enc, err := modelMarket.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (modelMarket *ModelMarket) TryPackRequestCount() ([]byte, error) {
	return modelMarket.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (modelMarket *ModelMarket) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRetire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3790cf57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retire(uint256 modelId) returns()
func (modelMarket *ModelMarket) PackRetire(modelId *big.Int) []byte {
	enc, err := modelMarket.abi.Pack("retire", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3790cf57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retire(uint256 modelId) returns()
func (modelMarket *ModelMarket) TryPackRetire(modelId *big.Int) ([]byte, error) {
	return modelMarket.abi.Pack("retire", modelId)
}

// PackTaskEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27c4ffe1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskEscrow() view returns(address)
func (modelMarket *ModelMarket) PackTaskEscrow() []byte {
	enc, err := modelMarket.abi.Pack("taskEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27c4ffe1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskEscrow() view returns(address)
func (modelMarket *ModelMarket) TryPackTaskEscrow() ([]byte, error) {
	return modelMarket.abi.Pack("taskEscrow")
}

// UnpackTaskEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27c4ffe1.
//
// Solidity: function taskEscrow() view returns(address)
func (modelMarket *ModelMarket) UnpackTaskEscrow(data []byte) (common.Address, error) {
	out, err := modelMarket.abi.Unpack("taskEscrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (modelMarket *ModelMarket) PackTotalCredits() []byte {
	enc, err := modelMarket.abi.Pack("totalCredits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCredits() view returns(uint256)
func (modelMarket *ModelMarket) TryPackTotalCredits() ([]byte, error) {
	return modelMarket.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (modelMarket *ModelMarket) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := modelMarket.abi.Unpack("totalCredits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (modelMarket *ModelMarket) PackWithdraw() []byte {
	enc, err := modelMarket.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (modelMarket *ModelMarket) TryPackWithdraw() ([]byte, error) {
	return modelMarket.abi.Pack("withdraw")
}

// ModelMarketInferenceDelivered represents a InferenceDelivered event raised by the ModelMarket contract.
type ModelMarketInferenceDelivered struct {
	RequestId  *big.Int
	ResultHash [32]byte
	Paid       *big.Int
	Remainder  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelMarketInferenceDeliveredEventName = "InferenceDelivered"

// ContractEventName returns the user-defined event name.
func (ModelMarketInferenceDelivered) ContractEventName() string {
	return ModelMarketInferenceDeliveredEventName
}

// UnpackInferenceDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceDelivered(uint256 indexed requestId, bytes32 resultHash, uint256 paid, uint256 remainder)
func (modelMarket *ModelMarket) UnpackInferenceDeliveredEvent(log *types.Log) (*ModelMarketInferenceDelivered, error) {
	event := "InferenceDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketInferenceDelivered)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketInferenceRefunded represents a InferenceRefunded event raised by the ModelMarket contract.
type ModelMarketInferenceRefunded struct {
	RequestId *big.Int
	Amount    *big.Int
	By        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModelMarketInferenceRefundedEventName = "InferenceRefunded"

// ContractEventName returns the user-defined event name.
func (ModelMarketInferenceRefunded) ContractEventName() string {
	return ModelMarketInferenceRefundedEventName
}

// UnpackInferenceRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRefunded(uint256 indexed requestId, uint256 amount, address indexed by)
func (modelMarket *ModelMarket) UnpackInferenceRefundedEvent(log *types.Log) (*ModelMarketInferenceRefunded, error) {
	event := "InferenceRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketInferenceRefunded)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketInferenceRequested represents a InferenceRequested event raised by the ModelMarket contract.
type ModelMarketInferenceRequested struct {
	RequestId  *big.Int
	ModelId    *big.Int
	Requester  common.Address
	Commitment [32]byte
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelMarketInferenceRequestedEventName = "InferenceRequested"

// ContractEventName returns the user-defined event name.
func (ModelMarketInferenceRequested) ContractEventName() string {
	return ModelMarketInferenceRequestedEventName
}

// UnpackInferenceRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRequested(uint256 indexed requestId, uint256 indexed modelId, address indexed requester, bytes32 commitment, uint64 deadline)
func (modelMarket *ModelMarket) UnpackInferenceRequestedEvent(log *types.Log) (*ModelMarketInferenceRequested, error) {
	event := "InferenceRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketInferenceRequested)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketModelPublished represents a ModelPublished event raised by the ModelMarket contract.
type ModelMarketModelPublished struct {
	ModelId      *big.Int
	TaskId       [32]byte
	ArtifactHash [32]byte
	Publisher    common.Address
	Price        *big.Int
	PrivateMode  bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const ModelMarketModelPublishedEventName = "ModelPublished"

// ContractEventName returns the user-defined event name.
func (ModelMarketModelPublished) ContractEventName() string {
	return ModelMarketModelPublishedEventName
}

// UnpackModelPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelPublished(uint256 indexed modelId, bytes32 indexed taskId, bytes32 artifactHash, address indexed publisher, uint256 price, bool privateMode)
func (modelMarket *ModelMarket) UnpackModelPublishedEvent(log *types.Log) (*ModelMarketModelPublished, error) {
	event := "ModelPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketModelPublished)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketModelRetired represents a ModelRetired event raised by the ModelMarket contract.
type ModelMarketModelRetired struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelMarketModelRetiredEventName = "ModelRetired"

// ContractEventName returns the user-defined event name.
func (ModelMarketModelRetired) ContractEventName() string {
	return ModelMarketModelRetiredEventName
}

// UnpackModelRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRetired(uint256 indexed modelId)
func (modelMarket *ModelMarket) UnpackModelRetiredEvent(log *types.Log) (*ModelMarketModelRetired, error) {
	event := "ModelRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketModelRetired)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketRevenueCredited represents a RevenueCredited event raised by the ModelMarket contract.
type ModelMarketRevenueCredited struct {
	RequestId *big.Int
	Holder    common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModelMarketRevenueCreditedEventName = "RevenueCredited"

// ContractEventName returns the user-defined event name.
func (ModelMarketRevenueCredited) ContractEventName() string {
	return ModelMarketRevenueCreditedEventName
}

// UnpackRevenueCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueCredited(uint256 indexed requestId, address indexed holder, uint256 amount)
func (modelMarket *ModelMarket) UnpackRevenueCreditedEvent(log *types.Log) (*ModelMarketRevenueCredited, error) {
	event := "RevenueCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketRevenueCredited)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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

// ModelMarketWithdrawn represents a Withdrawn event raised by the ModelMarket contract.
type ModelMarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ModelMarketWithdrawn) ContractEventName() string {
	return ModelMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (modelMarket *ModelMarket) UnpackWithdrawnEvent(log *types.Log) (*ModelMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := modelMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelMarket.abi.Events[event].Inputs {
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
func (modelMarket *ModelMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["AlreadyDelivered"].ID.Bytes()[:4]) {
		return modelMarket.UnpackAlreadyDeliveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["AlreadyPublished"].ID.Bytes()[:4]) {
		return modelMarket.UnpackAlreadyPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["AlreadyRefunded"].ID.Bytes()[:4]) {
		return modelMarket.UnpackAlreadyRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["AlreadyRetired"].ID.Bytes()[:4]) {
		return modelMarket.UnpackAlreadyRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ArtifactNotRecorded"].ID.Bytes()[:4]) {
		return modelMarket.UnpackArtifactNotRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NoHolders"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNoHoldersError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NotCoordinator"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNotCoordinatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NotPublisher"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNotPublisherError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NotTaskRequester"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNotTaskRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return modelMarket.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return modelMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["RequestExpired"].ID.Bytes()[:4]) {
		return modelMarket.UnpackRequestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["TaskNotSettled"].ID.Bytes()[:4]) {
		return modelMarket.UnpackTaskNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["TimeoutTooLong"].ID.Bytes()[:4]) {
		return modelMarket.UnpackTimeoutTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return modelMarket.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["TooManyHolders"].ID.Bytes()[:4]) {
		return modelMarket.UnpackTooManyHoldersError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return modelMarket.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelMarket.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return modelMarket.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return modelMarket.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return modelMarket.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroArtifactHash"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroArtifactHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroCommitment"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroResultHash"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroResultHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelMarket.abi.Errors["ZeroTimeout"].ID.Bytes()[:4]) {
		return modelMarket.UnpackZeroTimeoutError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelMarketAlreadyDelivered represents a AlreadyDelivered error raised by the ModelMarket contract.
type ModelMarketAlreadyDelivered struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDelivered(uint256 requestId)
func ModelMarketAlreadyDeliveredErrorID() common.Hash {
	return common.HexToHash("0x5b7e830103e1087f82eb68e29b9e6af36523d13560c950832f16fd8cff2d75cd")
}

// UnpackAlreadyDeliveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDelivered(uint256 requestId)
func (modelMarket *ModelMarket) UnpackAlreadyDeliveredError(raw []byte) (*ModelMarketAlreadyDelivered, error) {
	out := new(ModelMarketAlreadyDelivered)
	if err := modelMarket.abi.UnpackIntoInterface(out, "AlreadyDelivered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketAlreadyPublished represents a AlreadyPublished error raised by the ModelMarket contract.
type ModelMarketAlreadyPublished struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPublished(uint256 modelId)
func ModelMarketAlreadyPublishedErrorID() common.Hash {
	return common.HexToHash("0x388c3267c13a1623eb704525b0be5d88d207fef3c8f019a15b049e1cb7c1d423")
}

// UnpackAlreadyPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPublished(uint256 modelId)
func (modelMarket *ModelMarket) UnpackAlreadyPublishedError(raw []byte) (*ModelMarketAlreadyPublished, error) {
	out := new(ModelMarketAlreadyPublished)
	if err := modelMarket.abi.UnpackIntoInterface(out, "AlreadyPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketAlreadyRefunded represents a AlreadyRefunded error raised by the ModelMarket contract.
type ModelMarketAlreadyRefunded struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRefunded(uint256 requestId)
func ModelMarketAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0x81fd8f27b1b255857a80c4bbf845226963a03cb6dcd69046ca38f808b724a894")
}

// UnpackAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRefunded(uint256 requestId)
func (modelMarket *ModelMarket) UnpackAlreadyRefundedError(raw []byte) (*ModelMarketAlreadyRefunded, error) {
	out := new(ModelMarketAlreadyRefunded)
	if err := modelMarket.abi.UnpackIntoInterface(out, "AlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketAlreadyRetired represents a AlreadyRetired error raised by the ModelMarket contract.
type ModelMarketAlreadyRetired struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRetired(uint256 modelId)
func ModelMarketAlreadyRetiredErrorID() common.Hash {
	return common.HexToHash("0x0d5f568d7a1c415036612dccaa69fe6ce1fc641bdd53ede62e7b160054764ee2")
}

// UnpackAlreadyRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRetired(uint256 modelId)
func (modelMarket *ModelMarket) UnpackAlreadyRetiredError(raw []byte) (*ModelMarketAlreadyRetired, error) {
	out := new(ModelMarketAlreadyRetired)
	if err := modelMarket.abi.UnpackIntoInterface(out, "AlreadyRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketArtifactNotRecorded represents a ArtifactNotRecorded error raised by the ModelMarket contract.
type ModelMarketArtifactNotRecorded struct {
	TaskId   [32]byte
	Round    uint32
	Recorded [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArtifactNotRecorded(bytes32 taskId, uint32 round, bytes32 recorded)
func ModelMarketArtifactNotRecordedErrorID() common.Hash {
	return common.HexToHash("0xb1275f31739aeceeab20c8c422925658012640e9e48c0072b73c23067bccf67a")
}

// UnpackArtifactNotRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArtifactNotRecorded(bytes32 taskId, uint32 round, bytes32 recorded)
func (modelMarket *ModelMarket) UnpackArtifactNotRecordedError(raw []byte) (*ModelMarketArtifactNotRecorded, error) {
	out := new(ModelMarketArtifactNotRecorded)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ArtifactNotRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketNoHolders represents a NoHolders error raised by the ModelMarket contract.
type ModelMarketNoHolders struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHolders()
func ModelMarketNoHoldersErrorID() common.Hash {
	return common.HexToHash("0xebae3493b263ef463b45437ac0d90e0bc85833225d0d35a1de6c8cd258b5a304")
}

// UnpackNoHoldersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHolders()
func (modelMarket *ModelMarket) UnpackNoHoldersError(raw []byte) (*ModelMarketNoHolders, error) {
	out := new(ModelMarketNoHolders)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NoHolders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketNotCoordinator represents a NotCoordinator error raised by the ModelMarket contract.
type ModelMarketNotCoordinator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCoordinator(address caller)
func ModelMarketNotCoordinatorErrorID() common.Hash {
	return common.HexToHash("0xf01654dfa2acef475e0ff21d0f9b6ee860672131748a53fb337192529f065117")
}

// UnpackNotCoordinatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCoordinator(address caller)
func (modelMarket *ModelMarket) UnpackNotCoordinatorError(raw []byte) (*ModelMarketNotCoordinator, error) {
	out := new(ModelMarketNotCoordinator)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NotCoordinator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketNotPublisher represents a NotPublisher error raised by the ModelMarket contract.
type ModelMarketNotPublisher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPublisher(address caller)
func ModelMarketNotPublisherErrorID() common.Hash {
	return common.HexToHash("0xe35593b591a96c80d7334157deded924b1ef3d6ded54f820934a20912d1a9d8e")
}

// UnpackNotPublisherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPublisher(address caller)
func (modelMarket *ModelMarket) UnpackNotPublisherError(raw []byte) (*ModelMarketNotPublisher, error) {
	out := new(ModelMarketNotPublisher)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NotPublisher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketNotTaskRequester represents a NotTaskRequester error raised by the ModelMarket contract.
type ModelMarketNotTaskRequester struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTaskRequester(address caller)
func ModelMarketNotTaskRequesterErrorID() common.Hash {
	return common.HexToHash("0xea0579948d475325e2ea8676e04fe9ae653675ee74aaa3f76e861abac4dac0b0")
}

// UnpackNotTaskRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTaskRequester(address caller)
func (modelMarket *ModelMarket) UnpackNotTaskRequesterError(raw []byte) (*ModelMarketNotTaskRequester, error) {
	out := new(ModelMarketNotTaskRequester)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NotTaskRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketNothingToWithdraw represents a NothingToWithdraw error raised by the ModelMarket contract.
type ModelMarketNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ModelMarketNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (modelMarket *ModelMarket) UnpackNothingToWithdrawError(raw []byte) (*ModelMarketNothingToWithdraw, error) {
	out := new(ModelMarketNothingToWithdraw)
	if err := modelMarket.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ModelMarket contract.
type ModelMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ModelMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (modelMarket *ModelMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ModelMarketReentrancyGuardReentrantCall, error) {
	out := new(ModelMarketReentrancyGuardReentrantCall)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketRequestExpired represents a RequestExpired error raised by the ModelMarket contract.
type ModelMarketRequestExpired struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExpired(uint64 deadline)
func ModelMarketRequestExpiredErrorID() common.Hash {
	return common.HexToHash("0x0712e88bbb63b675d95d7e7ecda89a2e27a840d376211744e3cc199874972364")
}

// UnpackRequestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExpired(uint64 deadline)
func (modelMarket *ModelMarket) UnpackRequestExpiredError(raw []byte) (*ModelMarketRequestExpired, error) {
	out := new(ModelMarketRequestExpired)
	if err := modelMarket.abi.UnpackIntoInterface(out, "RequestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketTaskNotSettled represents a TaskNotSettled error raised by the ModelMarket contract.
type ModelMarketTaskNotSettled struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskNotSettled(bytes32 taskId)
func ModelMarketTaskNotSettledErrorID() common.Hash {
	return common.HexToHash("0x1649f1ff7e6f0bb6409f4f376c458562608401faea841fc15f1b550359837dbe")
}

// UnpackTaskNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskNotSettled(bytes32 taskId)
func (modelMarket *ModelMarket) UnpackTaskNotSettledError(raw []byte) (*ModelMarketTaskNotSettled, error) {
	out := new(ModelMarketTaskNotSettled)
	if err := modelMarket.abi.UnpackIntoInterface(out, "TaskNotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketTimeoutTooLong represents a TimeoutTooLong error raised by the ModelMarket contract.
type ModelMarketTimeoutTooLong struct {
	Timeout uint64
	Max     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimeoutTooLong(uint64 timeout, uint64 max)
func ModelMarketTimeoutTooLongErrorID() common.Hash {
	return common.HexToHash("0xfc2298c75dab234785bde6425816901ff504ddcb0201e4c3fa88e9217a6fbdb0")
}

// UnpackTimeoutTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimeoutTooLong(uint64 timeout, uint64 max)
func (modelMarket *ModelMarket) UnpackTimeoutTooLongError(raw []byte) (*ModelMarketTimeoutTooLong, error) {
	out := new(ModelMarketTimeoutTooLong)
	if err := modelMarket.abi.UnpackIntoInterface(out, "TimeoutTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketTooEarly represents a TooEarly error raised by the ModelMarket contract.
type ModelMarketTooEarly struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 deadline)
func ModelMarketTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 deadline)
func (modelMarket *ModelMarket) UnpackTooEarlyError(raw []byte) (*ModelMarketTooEarly, error) {
	out := new(ModelMarketTooEarly)
	if err := modelMarket.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketTooManyHolders represents a TooManyHolders error raised by the ModelMarket contract.
type ModelMarketTooManyHolders struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyHolders(uint256 count, uint256 max)
func ModelMarketTooManyHoldersErrorID() common.Hash {
	return common.HexToHash("0x829ec375ee8a96906847e5e111e26d0279ea18555872294267e02f22f7dd6df3")
}

// UnpackTooManyHoldersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyHolders(uint256 count, uint256 max)
func (modelMarket *ModelMarket) UnpackTooManyHoldersError(raw []byte) (*ModelMarketTooManyHolders, error) {
	out := new(ModelMarketTooManyHolders)
	if err := modelMarket.abi.UnpackIntoInterface(out, "TooManyHolders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketTransferFailed represents a TransferFailed error raised by the ModelMarket contract.
type ModelMarketTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func ModelMarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (modelMarket *ModelMarket) UnpackTransferFailedError(raw []byte) (*ModelMarketTransferFailed, error) {
	out := new(ModelMarketTransferFailed)
	if err := modelMarket.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketUnknownModel represents a UnknownModel error raised by the ModelMarket contract.
type ModelMarketUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func ModelMarketUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (modelMarket *ModelMarket) UnpackUnknownModelError(raw []byte) (*ModelMarketUnknownModel, error) {
	out := new(ModelMarketUnknownModel)
	if err := modelMarket.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketUnknownRequest represents a UnknownRequest error raised by the ModelMarket contract.
type ModelMarketUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func ModelMarketUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (modelMarket *ModelMarket) UnpackUnknownRequestError(raw []byte) (*ModelMarketUnknownRequest, error) {
	out := new(ModelMarketUnknownRequest)
	if err := modelMarket.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketUnknownTask represents a UnknownTask error raised by the ModelMarket contract.
type ModelMarketUnknownTask struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(bytes32 taskId)
func ModelMarketUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x2e3abafda73ae9d45cfed93d49801db23684d982676257f1d826a93d4310a5e7")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(bytes32 taskId)
func (modelMarket *ModelMarket) UnpackUnknownTaskError(raw []byte) (*ModelMarketUnknownTask, error) {
	out := new(ModelMarketUnknownTask)
	if err := modelMarket.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketWrongPayment represents a WrongPayment error raised by the ModelMarket contract.
type ModelMarketWrongPayment struct {
	Need *big.Int
	Sent *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 need, uint256 sent)
func ModelMarketWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 need, uint256 sent)
func (modelMarket *ModelMarket) UnpackWrongPaymentError(raw []byte) (*ModelMarketWrongPayment, error) {
	out := new(ModelMarketWrongPayment)
	if err := modelMarket.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroAddress represents a ZeroAddress error raised by the ModelMarket contract.
type ModelMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ModelMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (modelMarket *ModelMarket) UnpackZeroAddressError(raw []byte) (*ModelMarketZeroAddress, error) {
	out := new(ModelMarketZeroAddress)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroArtifactHash represents a ZeroArtifactHash error raised by the ModelMarket contract.
type ModelMarketZeroArtifactHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroArtifactHash()
func ModelMarketZeroArtifactHashErrorID() common.Hash {
	return common.HexToHash("0x812c7b02eea576b7cc1d7dfd62f0c7607b5a88fbe89182576963672f31e010af")
}

// UnpackZeroArtifactHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroArtifactHash()
func (modelMarket *ModelMarket) UnpackZeroArtifactHashError(raw []byte) (*ModelMarketZeroArtifactHash, error) {
	out := new(ModelMarketZeroArtifactHash)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroArtifactHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroCommitment represents a ZeroCommitment error raised by the ModelMarket contract.
type ModelMarketZeroCommitment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCommitment()
func ModelMarketZeroCommitmentErrorID() common.Hash {
	return common.HexToHash("0x51bda03d1e0501533d78503e1e2347a46f6e975ed444a037dc6bdaed4bd98c29")
}

// UnpackZeroCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCommitment()
func (modelMarket *ModelMarket) UnpackZeroCommitmentError(raw []byte) (*ModelMarketZeroCommitment, error) {
	out := new(ModelMarketZeroCommitment)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroPrice represents a ZeroPrice error raised by the ModelMarket contract.
type ModelMarketZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func ModelMarketZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (modelMarket *ModelMarket) UnpackZeroPriceError(raw []byte) (*ModelMarketZeroPrice, error) {
	out := new(ModelMarketZeroPrice)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroResultHash represents a ZeroResultHash error raised by the ModelMarket contract.
type ModelMarketZeroResultHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroResultHash()
func ModelMarketZeroResultHashErrorID() common.Hash {
	return common.HexToHash("0xebb0e53ef982ae41b6b1348cbeb24241f4146c669d656713290f7e963c8bce7c")
}

// UnpackZeroResultHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroResultHash()
func (modelMarket *ModelMarket) UnpackZeroResultHashError(raw []byte) (*ModelMarketZeroResultHash, error) {
	out := new(ModelMarketZeroResultHash)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroResultHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelMarketZeroTimeout represents a ZeroTimeout error raised by the ModelMarket contract.
type ModelMarketZeroTimeout struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTimeout()
func ModelMarketZeroTimeoutErrorID() common.Hash {
	return common.HexToHash("0xb077b20bd22098a8c809066f635cdc4f26c6b356998b0b7a73dec55042f09543")
}

// UnpackZeroTimeoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTimeout()
func (modelMarket *ModelMarket) UnpackZeroTimeoutError(raw []byte) (*ModelMarketZeroTimeout, error) {
	out := new(ModelMarketZeroTimeout)
	if err := modelMarket.abi.UnpackIntoInterface(out, "ZeroTimeout", raw); err != nil {
		return nil, err
	}
	return out, nil
}
