// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package taskescrow

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

// TaskEscrowTask is an auto generated low-level Go binding around an user-defined struct.
type TaskEscrowTask struct {
	Requester              common.Address
	Rounds                 uint32
	RoundsRecorded         uint32
	Status                 uint8
	Coordinator            common.Address
	SpecHash               [32]byte
	PaymentPerContribution *big.Int
	Deposit                *big.Int
	Escrow                 *big.Int
	Paid                   *big.Int
}

// TaskEscrowMetaData contains all meta data concerning the TaskEscrow contract.
var TaskEscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoParticipants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequesterOrCoordinator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ParticipantsNotAscending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"RoundAlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RoundOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recorded\",\"type\":\"bytes32\"}],\"name\":\"RoundResultConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroResultHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTaskId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ContributionCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"RoundRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"TaskCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"}],\"name\":\"createTask\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"roundsRecorded\",\"type\":\"uint32\"},{\"internalType\":\"enumTaskEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"internalType\":\"structTaskEscrow.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"isSettled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"}],\"name\":\"recordRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"roundResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskEscrow",
	Bin: "0x6080604052348015600e575f5ffd5b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055611246806100405f395ff3fe60806040526004361061008f575f3560e01c8063b5bd3eb911610057578063b5bd3eb91461012f578063bd07f3c914610152578063c4d252f514610181578063d5d44d80146101a0578063f8443998146101d4575f5ffd5b806315a29035146100935780633ccfd60b146100c85780636756f5b4146100de5780638c2a5fa9146100fd578063987757dd14610110575b5f5ffd5b34801561009e575f5ffd5b506100b26100ad366004610ed5565b6101f3565b6040516100bf9190610f20565b60405180910390f35b3480156100d3575f5ffd5b506100dc610312565b005b3480156100e9575f5ffd5b506100dc6100f8366004610fdf565b610448565b6100dc61010b366004611086565b61087a565b34801561011b575f5ffd5b506100dc61012a366004610ed5565b610b2b565b34801561013a575f5ffd5b5061014460035481565b6040519081526020016100bf565b34801561015d575f5ffd5b5061017161016c366004610ed5565b610bdf565b60405190151581526020016100bf565b34801561018c575f5ffd5b506100dc61019b366004610ed5565b610c12565b3480156101ab575f5ffd5b506101446101ba3660046110d2565b6001600160a01b03165f9081526002602052604090205490565b3480156101df575f5ffd5b506101446101ee3660046110eb565b610caf565b61024b60408051610140810182525f8082526020820181905291810182905290606082019081526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61025482610cd5565b604080516101408101825282546001600160a01b038116825263ffffffff600160a01b820481166020840152600160c01b820416928201929092529190606083019060ff600160e01b9091041660038111156102b2576102b2610eec565b60038111156102c3576102c3610eec565b815260018201546001600160a01b03166020820152600282015460408201526003820154606082015260048201546080820152600582015460a082015260069091015460c09091015292915050565b61031a610d26565b335f908152600260205260408120549081900361034a57604051630686827b60e51b815260040160405180910390fd5b335f9081526002602052604081208190556003805483929061036d908490611129565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146103e6576040519150601f19603f3d011682016040523d82523d5f602084013e6103eb565b606091505b505090508061041b57604051630e21dcbb60e11b8152336004820152602481018390526044015b60405180910390fd5b505061044660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b565b5f61045286610cd5565b60018101549091506001600160a01b031633146104845760405163f01654df60e01b8152336004820152602401610412565b63ffffffff851615806104a85750805463ffffffff600160a01b9091048116908616115b156104e1578054604051632729a3eb60e11b815263ffffffff8088166004830152600160a01b9092049091166024820152604401610412565b5f86815260016020908152604080832063ffffffff8916845290915290205480156105565784810361052e5760405163b6ef6c5b60e01b815263ffffffff87166004820152602401610412565b60405163f639972360e01b815263ffffffff8716600482015260248101829052604401610412565b6105608783610d54565b8461057e576040516375d8729f60e11b815260040160405180910390fd5b825f8190036105a0576040516308b6a47360e41b815260040160405180910390fd5b5f805b8281101561063757816001600160a01b03168787838181106105c7576105c761113c565b90506020020160208101906105dc91906110d2565b6001600160a01b03161161060657604051635a419bb560e01b815260048101829052602401610412565b8686828181106106185761061861113c565b905060200201602081019061062d91906110d2565b91506001016105a3565b5060038401545f6106488285610dd8565b9050856005015481111561067f57600586015460405163180e21d960e31b8152610412918391600401918252602082015260400190565b8860015f8d81526020019081526020015f205f8c63ffffffff1663ffffffff1681526020019081526020015f20819055506001865f0160188282829054906101000a900463ffffffff166106d39190611150565b92506101000a81548163ffffffff021916908363ffffffff16021790555080866005015f8282546107049190611129565b9250508190555080866006015f82825461071e919061116c565b925050819055508060035f828254610736919061116c565b909155505f90505b84811015610827578260025f8b8b8581811061075c5761075c61113c565b905060200201602081019061077191906110d2565b6001600160a01b03166001600160a01b031681526020019081526020015f205f82825461079e919061116c565b9091555089905088828181106107b6576107b661113c565b90506020020160208101906107cb91906110d2565b6001600160a01b03168c7feb3f39c49c98c2ac6c185d15a05544f014792bef5f29fd97b104b1d183f7d27f8d8660405161081792919063ffffffff929092168252602082015260400190565b60405180910390a360010161073e565b508963ffffffff168b7f6380cc0dc25aa94762f832cdcb7f198dac8d4417aa20eb128d09d81c91adb9188b8b8b86604051610865949392919061117f565b60405180910390a35050505050505050505050565b84610898576040516312f1fdaf60e01b815260040160405180910390fd5b5f5f86815260208190526040902054600160e01b900460ff1660038111156108c2576108c2610eec565b146108e2576040516229394160e41b815260048101869052602401610412565b8263ffffffff165f036109085760405163065e270360e51b815260040160405180910390fd5b815f03610928576040516311e51d5160e31b815260040160405180910390fd5b6001600160a01b03811661094f5760405163d92e233d60e01b815260040160405180910390fd5b5f610960838563ffffffff16610dd8565b90508034101561098c5760405163180e21d960e31b815260048101829052346024820152604401610412565b604080516101408101825233815263ffffffff86811660208084019182525f8486018181526001606087019081526001600160a01b038a8116608089015260a088018e905260c088018c90523460e0890181905261010089015261012088018490528e8452938390529690912085518154945192518616600160c01b0263ffffffff60c01b1993909616600160a01b026001600160c01b03199095169316929092179290921791821683178155935192939291839160ff60e01b1990911664ffffffffff60c01b1990911617600160e01b836003811115610a6f57610a6f610eec565b02179055506080828101516001830180546001600160a01b0319166001600160a01b0392831617905560a0840151600284015560c0840151600384015560e084015160048401556101008401516005840155610120909301516006909201919091556040805188815263ffffffff8816602082015290810186905234606082015291841691339189917f09b0a5a692eaf7f5f030614d982c197dbf75436e8a16ee52c5d017dd790b0404910160405180910390a4505050505050565b5f610b3582610cd5565b60018101549091506001600160a01b03163314801590610b5f575080546001600160a01b03163314155b15610b7f57604051633fb0e97f60e21b8152336004820152602401610412565b610b898282610d54565b5f610b95826002610e0f565b60068301546040805191825260208201839052919250339185917f28291a99d10e7f79980d84139ee1fabe582d24e5e7ec62953ece66edfc89dde1910160405180910390a3505050565b5f60025f83815260208190526040902054600160e01b900460ff166003811115610c0b57610c0b610eec565b1492915050565b5f610c1c82610cd5565b80549091506001600160a01b03163314610c4b5760405163e7f1421f60e01b8152336004820152602401610412565b610c558282610d54565b5f610c61826003610e0f565b9050827f1e10c52e52861084260c4c9874e276b25110e05b2087854bdc3a27e35a5f8c7f836006015483604051610ca2929190918252602082015260400190565b60405180910390a2505050565b5f82815260016020908152604080832063ffffffff851684529091529020545b92915050565b5f818152602081905260408120908154600160e01b900460ff166003811115610d0057610d00610eec565b03610d2157604051632e3abafd60e01b815260048101839052602401610412565b919050565b610d2e610e93565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60028154600160e01b900460ff166003811115610d7357610d73610eec565b03610d94576040516358cb522560e11b815260048101839052602401610412565b60038154600160e01b900460ff166003811115610db357610db3610eec565b03610dd457604051634dd9574f60e11b815260048101839052602401610412565b5050565b5f8115801590610df15750610dee825f196111da565b83115b15610dfe57505f19610ccf565b610e0882846111f9565b9392505050565b6005820180545f90915582548290849060ff60e01b1916600160e01b836003811115610e3d57610e3d610eec565b02179055508015610ccf5782546001600160a01b03165f9081526002602052604081208054839290610e7090849061116c565b925050819055508060035f828254610e88919061116c565b909155505092915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361044657604051633ee5aeb560e01b815260040160405180910390fd5b5f60208284031215610ee5575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60048110610f1c57634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b0316815261014081016020830151610f49602084018263ffffffff169052565b506040830151610f61604084018263ffffffff169052565b506060830151610f746060840182610f00565b506080830151610f8f60808401826001600160a01b03169052565b5060a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015292915050565b803563ffffffff81168114610d21575f5ffd5b5f5f5f5f5f60808688031215610ff3575f5ffd5b8535945061100360208701610fcc565b935060408601359250606086013567ffffffffffffffff811115611025575f5ffd5b8601601f81018813611035575f5ffd5b803567ffffffffffffffff81111561104b575f5ffd5b8860208260051b840101111561105f575f5ffd5b959894975092955050506020019190565b80356001600160a01b0381168114610d21575f5ffd5b5f5f5f5f5f60a0868803121561109a575f5ffd5b85359450602086013593506110b160408701610fcc565b9250606086013591506110c660808701611070565b90509295509295909350565b5f602082840312156110e2575f5ffd5b610e0882611070565b5f5f604083850312156110fc575f5ffd5b8235915061110c60208401610fcc565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ccf57610ccf611115565b634e487b7160e01b5f52603260045260245ffd5b63ffffffff8181168382160190811115610ccf57610ccf611115565b80820180821115610ccf57610ccf611115565b84815260606020820181905281018390525f8460808301825b868110156111c6576001600160a01b036111b184611070565b16825260209283019290910190600101611198565b506040939093019390935250949350505050565b5f826111f457634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610ccf57610ccf61111556fea264697066735822122016b9315a411b75a8c41c8100d73421ef39a28f90fb5ab6550850b37e6953119a64736f6c63430008250033",
}

// TaskEscrow is an auto generated Go binding around an Ethereum contract.
type TaskEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewTaskEscrow creates a new instance of TaskEscrow.
func NewTaskEscrow() *TaskEscrow {
	parsed, err := TaskEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 taskId) returns()
func (taskEscrow *TaskEscrow) PackCancel(taskId [32]byte) []byte {
	enc, err := taskEscrow.abi.Pack("cancel", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 taskId) returns()
func (taskEscrow *TaskEscrow) TryPackCancel(taskId [32]byte) ([]byte, error) {
	return taskEscrow.abi.Pack("cancel", taskId)
}

// PackCreateTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2a5fa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTask(bytes32 taskId, bytes32 specHash, uint32 rounds, uint256 paymentPerContribution, address coordinator) payable returns()
func (taskEscrow *TaskEscrow) PackCreateTask(taskId [32]byte, specHash [32]byte, rounds uint32, paymentPerContribution *big.Int, coordinator common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("createTask", taskId, specHash, rounds, paymentPerContribution, coordinator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2a5fa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTask(bytes32 taskId, bytes32 specHash, uint32 rounds, uint256 paymentPerContribution, address coordinator) payable returns()
func (taskEscrow *TaskEscrow) TryPackCreateTask(taskId [32]byte, specHash [32]byte, rounds uint32, paymentPerContribution *big.Int, coordinator common.Address) ([]byte, error) {
	return taskEscrow.abi.Pack("createTask", taskId, specHash, rounds, paymentPerContribution, coordinator)
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (taskEscrow *TaskEscrow) PackCredit(account common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("credit", account)
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
func (taskEscrow *TaskEscrow) TryPackCredit(account common.Address) ([]byte, error) {
	return taskEscrow.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (taskEscrow *TaskEscrow) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := taskEscrow.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15a29035.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTask(bytes32 taskId) view returns((address,uint32,uint32,uint8,address,bytes32,uint256,uint256,uint256,uint256))
func (taskEscrow *TaskEscrow) PackGetTask(taskId [32]byte) []byte {
	enc, err := taskEscrow.abi.Pack("getTask", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15a29035.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTask(bytes32 taskId) view returns((address,uint32,uint32,uint8,address,bytes32,uint256,uint256,uint256,uint256))
func (taskEscrow *TaskEscrow) TryPackGetTask(taskId [32]byte) ([]byte, error) {
	return taskEscrow.abi.Pack("getTask", taskId)
}

// UnpackGetTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15a29035.
//
// Solidity: function getTask(bytes32 taskId) view returns((address,uint32,uint32,uint8,address,bytes32,uint256,uint256,uint256,uint256))
func (taskEscrow *TaskEscrow) UnpackGetTask(data []byte) (TaskEscrowTask, error) {
	out, err := taskEscrow.abi.Unpack("getTask", data)
	if err != nil {
		return *new(TaskEscrowTask), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskEscrowTask)).(*TaskEscrowTask)
	return out0, nil
}

// PackIsSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd07f3c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSettled(bytes32 taskId) view returns(bool)
func (taskEscrow *TaskEscrow) PackIsSettled(taskId [32]byte) []byte {
	enc, err := taskEscrow.abi.Pack("isSettled", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd07f3c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSettled(bytes32 taskId) view returns(bool)
func (taskEscrow *TaskEscrow) TryPackIsSettled(taskId [32]byte) ([]byte, error) {
	return taskEscrow.abi.Pack("isSettled", taskId)
}

// UnpackIsSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd07f3c9.
//
// Solidity: function isSettled(bytes32 taskId) view returns(bool)
func (taskEscrow *TaskEscrow) UnpackIsSettled(data []byte) (bool, error) {
	out, err := taskEscrow.abi.Unpack("isSettled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecordRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6756f5b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordRound(bytes32 taskId, uint32 round, bytes32 resultHash, address[] participants) returns()
func (taskEscrow *TaskEscrow) PackRecordRound(taskId [32]byte, round uint32, resultHash [32]byte, participants []common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("recordRound", taskId, round, resultHash, participants)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6756f5b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordRound(bytes32 taskId, uint32 round, bytes32 resultHash, address[] participants) returns()
func (taskEscrow *TaskEscrow) TryPackRecordRound(taskId [32]byte, round uint32, resultHash [32]byte, participants []common.Address) ([]byte, error) {
	return taskEscrow.abi.Pack("recordRound", taskId, round, resultHash, participants)
}

// PackRoundResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8443998.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundResult(bytes32 taskId, uint32 round) view returns(bytes32)
func (taskEscrow *TaskEscrow) PackRoundResult(taskId [32]byte, round uint32) []byte {
	enc, err := taskEscrow.abi.Pack("roundResult", taskId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8443998.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundResult(bytes32 taskId, uint32 round) view returns(bytes32)
func (taskEscrow *TaskEscrow) TryPackRoundResult(taskId [32]byte, round uint32) ([]byte, error) {
	return taskEscrow.abi.Pack("roundResult", taskId, round)
}

// UnpackRoundResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8443998.
//
// Solidity: function roundResult(bytes32 taskId, uint32 round) view returns(bytes32)
func (taskEscrow *TaskEscrow) UnpackRoundResult(data []byte) ([32]byte, error) {
	out, err := taskEscrow.abi.Unpack("roundResult", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 taskId) returns()
func (taskEscrow *TaskEscrow) PackSettle(taskId [32]byte) []byte {
	enc, err := taskEscrow.abi.Pack("settle", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 taskId) returns()
func (taskEscrow *TaskEscrow) TryPackSettle(taskId [32]byte) ([]byte, error) {
	return taskEscrow.abi.Pack("settle", taskId)
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (taskEscrow *TaskEscrow) PackTotalCredits() []byte {
	enc, err := taskEscrow.abi.Pack("totalCredits")
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
func (taskEscrow *TaskEscrow) TryPackTotalCredits() ([]byte, error) {
	return taskEscrow.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (taskEscrow *TaskEscrow) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := taskEscrow.abi.Unpack("totalCredits", data)
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
func (taskEscrow *TaskEscrow) PackWithdraw() []byte {
	enc, err := taskEscrow.abi.Pack("withdraw")
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
func (taskEscrow *TaskEscrow) TryPackWithdraw() ([]byte, error) {
	return taskEscrow.abi.Pack("withdraw")
}

// TaskEscrowContributionCredited represents a ContributionCredited event raised by the TaskEscrow contract.
type TaskEscrowContributionCredited struct {
	TaskId      [32]byte
	Participant common.Address
	Round       uint32
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskEscrowContributionCreditedEventName = "ContributionCredited"

// ContractEventName returns the user-defined event name.
func (TaskEscrowContributionCredited) ContractEventName() string {
	return TaskEscrowContributionCreditedEventName
}

// UnpackContributionCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionCredited(bytes32 indexed taskId, address indexed participant, uint32 round, uint256 amount)
func (taskEscrow *TaskEscrow) UnpackContributionCreditedEvent(log *types.Log) (*TaskEscrowContributionCredited, error) {
	event := "ContributionCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowContributionCredited)
	if len(log.Data) > 0 {
		if err := taskEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskEscrow.abi.Events[event].Inputs {
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

// TaskEscrowRoundRecorded represents a RoundRecorded event raised by the TaskEscrow contract.
type TaskEscrowRoundRecorded struct {
	TaskId       [32]byte
	Round        uint32
	ResultHash   [32]byte
	Participants []common.Address
	Paid         *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskEscrowRoundRecordedEventName = "RoundRecorded"

// ContractEventName returns the user-defined event name.
func (TaskEscrowRoundRecorded) ContractEventName() string {
	return TaskEscrowRoundRecordedEventName
}

// UnpackRoundRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundRecorded(bytes32 indexed taskId, uint32 indexed round, bytes32 resultHash, address[] participants, uint256 paid)
func (taskEscrow *TaskEscrow) UnpackRoundRecordedEvent(log *types.Log) (*TaskEscrowRoundRecorded, error) {
	event := "RoundRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowRoundRecorded)
	if len(log.Data) > 0 {
		if err := taskEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskEscrow.abi.Events[event].Inputs {
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

// TaskEscrowTaskCancelled represents a TaskCancelled event raised by the TaskEscrow contract.
type TaskEscrowTaskCancelled struct {
	TaskId [32]byte
	Paid   *big.Int
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskEscrowTaskCancelledEventName = "TaskCancelled"

// ContractEventName returns the user-defined event name.
func (TaskEscrowTaskCancelled) ContractEventName() string {
	return TaskEscrowTaskCancelledEventName
}

// UnpackTaskCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskCancelled(bytes32 indexed taskId, uint256 paid, uint256 refund)
func (taskEscrow *TaskEscrow) UnpackTaskCancelledEvent(log *types.Log) (*TaskEscrowTaskCancelled, error) {
	event := "TaskCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowTaskCancelled)
	if len(log.Data) > 0 {
		if err := taskEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskEscrow.abi.Events[event].Inputs {
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

// TaskEscrowTaskCreated represents a TaskCreated event raised by the TaskEscrow contract.
type TaskEscrowTaskCreated struct {
	TaskId                 [32]byte
	Requester              common.Address
	Coordinator            common.Address
	SpecHash               [32]byte
	Rounds                 uint32
	PaymentPerContribution *big.Int
	Deposit                *big.Int
	Raw                    *types.Log // Blockchain specific contextual infos
}

const TaskEscrowTaskCreatedEventName = "TaskCreated"

// ContractEventName returns the user-defined event name.
func (TaskEscrowTaskCreated) ContractEventName() string {
	return TaskEscrowTaskCreatedEventName
}

// UnpackTaskCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskCreated(bytes32 indexed taskId, address indexed requester, address indexed coordinator, bytes32 specHash, uint32 rounds, uint256 paymentPerContribution, uint256 deposit)
func (taskEscrow *TaskEscrow) UnpackTaskCreatedEvent(log *types.Log) (*TaskEscrowTaskCreated, error) {
	event := "TaskCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowTaskCreated)
	if len(log.Data) > 0 {
		if err := taskEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskEscrow.abi.Events[event].Inputs {
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

// TaskEscrowTaskSettled represents a TaskSettled event raised by the TaskEscrow contract.
type TaskEscrowTaskSettled struct {
	TaskId [32]byte
	By     common.Address
	Paid   *big.Int
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskEscrowTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (TaskEscrowTaskSettled) ContractEventName() string {
	return TaskEscrowTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskId, address indexed by, uint256 paid, uint256 refund)
func (taskEscrow *TaskEscrow) UnpackTaskSettledEvent(log *types.Log) (*TaskEscrowTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowTaskSettled)
	if len(log.Data) > 0 {
		if err := taskEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskEscrow.abi.Events[event].Inputs {
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

// TaskEscrowWithdrawn represents a Withdrawn event raised by the TaskEscrow contract.
type TaskEscrowWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TaskEscrowWithdrawn) ContractEventName() string {
	return TaskEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (taskEscrow *TaskEscrow) UnpackWithdrawnEvent(log *types.Log) (*TaskEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := taskEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskEscrow.abi.Events[event].Inputs {
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
func (taskEscrow *TaskEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["AlreadyCancelled"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackAlreadyCancelledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NoParticipants"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNoParticipantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NotCoordinator"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNotCoordinatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NotRequesterOrCoordinator"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNotRequesterOrCoordinatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ParticipantsNotAscending"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackParticipantsNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["RoundAlreadyRecorded"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackRoundAlreadyRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["RoundOutOfRange"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackRoundOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["RoundResultConflict"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackRoundResultConflictError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["TaskExists"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackTaskExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ZeroPayment"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackZeroPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ZeroResultHash"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackZeroResultHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ZeroRounds"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackZeroRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ZeroTaskId"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackZeroTaskIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskEscrowAlreadyCancelled represents a AlreadyCancelled error raised by the TaskEscrow contract.
type TaskEscrowAlreadyCancelled struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCancelled(bytes32 taskId)
func TaskEscrowAlreadyCancelledErrorID() common.Hash {
	return common.HexToHash("0x9bb2ae9e52d58a9da67c8319fb20271a1ac0c3608d640378587ea8699feb464a")
}

// UnpackAlreadyCancelledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCancelled(bytes32 taskId)
func (taskEscrow *TaskEscrow) UnpackAlreadyCancelledError(raw []byte) (*TaskEscrowAlreadyCancelled, error) {
	out := new(TaskEscrowAlreadyCancelled)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "AlreadyCancelled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowAlreadySettled represents a AlreadySettled error raised by the TaskEscrow contract.
type TaskEscrowAlreadySettled struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled(bytes32 taskId)
func TaskEscrowAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xb196a44a365168bc3e1ae2c1014617dc39aff01f0da4be83e6808ad8c8b8200d")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled(bytes32 taskId)
func (taskEscrow *TaskEscrow) UnpackAlreadySettledError(raw []byte) (*TaskEscrowAlreadySettled, error) {
	out := new(TaskEscrowAlreadySettled)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowInsufficientEscrow represents a InsufficientEscrow error raised by the TaskEscrow contract.
type TaskEscrowInsufficientEscrow struct {
	Need *big.Int
	Have *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 need, uint256 have)
func TaskEscrowInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xc0710ec85093bc42a85790b3e7960a058f1e6b21003b2de03ec7502e28018cd1")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 need, uint256 have)
func (taskEscrow *TaskEscrow) UnpackInsufficientEscrowError(raw []byte) (*TaskEscrowInsufficientEscrow, error) {
	out := new(TaskEscrowInsufficientEscrow)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowNoParticipants represents a NoParticipants error raised by the TaskEscrow contract.
type TaskEscrowNoParticipants struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoParticipants()
func TaskEscrowNoParticipantsErrorID() common.Hash {
	return common.HexToHash("0x8b6a4730a0e456f7e96d3d0d5260c33d43261ba323be0f12f8b6bd3a1349f346")
}

// UnpackNoParticipantsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoParticipants()
func (taskEscrow *TaskEscrow) UnpackNoParticipantsError(raw []byte) (*TaskEscrowNoParticipants, error) {
	out := new(TaskEscrowNoParticipants)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "NoParticipants", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowNotCoordinator represents a NotCoordinator error raised by the TaskEscrow contract.
type TaskEscrowNotCoordinator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCoordinator(address caller)
func TaskEscrowNotCoordinatorErrorID() common.Hash {
	return common.HexToHash("0xf01654dfa2acef475e0ff21d0f9b6ee860672131748a53fb337192529f065117")
}

// UnpackNotCoordinatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCoordinator(address caller)
func (taskEscrow *TaskEscrow) UnpackNotCoordinatorError(raw []byte) (*TaskEscrowNotCoordinator, error) {
	out := new(TaskEscrowNotCoordinator)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "NotCoordinator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowNotRequester represents a NotRequester error raised by the TaskEscrow contract.
type TaskEscrowNotRequester struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(address caller)
func TaskEscrowNotRequesterErrorID() common.Hash {
	return common.HexToHash("0xe7f1421f72442396b7cd8fc54e89f513ecab56880dea9d325bcffa8ae531bd9e")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(address caller)
func (taskEscrow *TaskEscrow) UnpackNotRequesterError(raw []byte) (*TaskEscrowNotRequester, error) {
	out := new(TaskEscrowNotRequester)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowNotRequesterOrCoordinator represents a NotRequesterOrCoordinator error raised by the TaskEscrow contract.
type TaskEscrowNotRequesterOrCoordinator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequesterOrCoordinator(address caller)
func TaskEscrowNotRequesterOrCoordinatorErrorID() common.Hash {
	return common.HexToHash("0xfec3a5fcb2b3773b854bcb593872d9d95ec06601f8fed1e1d2137a49d37cdc49")
}

// UnpackNotRequesterOrCoordinatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequesterOrCoordinator(address caller)
func (taskEscrow *TaskEscrow) UnpackNotRequesterOrCoordinatorError(raw []byte) (*TaskEscrowNotRequesterOrCoordinator, error) {
	out := new(TaskEscrowNotRequesterOrCoordinator)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "NotRequesterOrCoordinator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowNothingToWithdraw represents a NothingToWithdraw error raised by the TaskEscrow contract.
type TaskEscrowNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func TaskEscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (taskEscrow *TaskEscrow) UnpackNothingToWithdrawError(raw []byte) (*TaskEscrowNothingToWithdraw, error) {
	out := new(TaskEscrowNothingToWithdraw)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowParticipantsNotAscending represents a ParticipantsNotAscending error raised by the TaskEscrow contract.
type TaskEscrowParticipantsNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParticipantsNotAscending(uint256 index)
func TaskEscrowParticipantsNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x5a419bb5fa1f4b4174d5f72291033882eeed1b0671935fc12930eb3bbe6ba319")
}

// UnpackParticipantsNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParticipantsNotAscending(uint256 index)
func (taskEscrow *TaskEscrow) UnpackParticipantsNotAscendingError(raw []byte) (*TaskEscrowParticipantsNotAscending, error) {
	out := new(TaskEscrowParticipantsNotAscending)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ParticipantsNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TaskEscrow contract.
type TaskEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TaskEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (taskEscrow *TaskEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TaskEscrowReentrancyGuardReentrantCall, error) {
	out := new(TaskEscrowReentrancyGuardReentrantCall)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowRoundAlreadyRecorded represents a RoundAlreadyRecorded error raised by the TaskEscrow contract.
type TaskEscrowRoundAlreadyRecorded struct {
	Round uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundAlreadyRecorded(uint32 round)
func TaskEscrowRoundAlreadyRecordedErrorID() common.Hash {
	return common.HexToHash("0xb6ef6c5b372d1671807180719015c78288933c1e5ca48a79baab2b18d8699943")
}

// UnpackRoundAlreadyRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundAlreadyRecorded(uint32 round)
func (taskEscrow *TaskEscrow) UnpackRoundAlreadyRecordedError(raw []byte) (*TaskEscrowRoundAlreadyRecorded, error) {
	out := new(TaskEscrowRoundAlreadyRecorded)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "RoundAlreadyRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowRoundOutOfRange represents a RoundOutOfRange error raised by the TaskEscrow contract.
type TaskEscrowRoundOutOfRange struct {
	Round  uint32
	Rounds uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundOutOfRange(uint32 round, uint32 rounds)
func TaskEscrowRoundOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4e5347d6d3b4cc247aec8d34876b0d7a7dc58ae8fc8cc742d77d1926f6921259")
}

// UnpackRoundOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundOutOfRange(uint32 round, uint32 rounds)
func (taskEscrow *TaskEscrow) UnpackRoundOutOfRangeError(raw []byte) (*TaskEscrowRoundOutOfRange, error) {
	out := new(TaskEscrowRoundOutOfRange)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "RoundOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowRoundResultConflict represents a RoundResultConflict error raised by the TaskEscrow contract.
type TaskEscrowRoundResultConflict struct {
	Round    uint32
	Recorded [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundResultConflict(uint32 round, bytes32 recorded)
func TaskEscrowRoundResultConflictErrorID() common.Hash {
	return common.HexToHash("0xf6399723bbe26faf8f2f3ba581077de25443007426f5b486807261939147de31")
}

// UnpackRoundResultConflictError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundResultConflict(uint32 round, bytes32 recorded)
func (taskEscrow *TaskEscrow) UnpackRoundResultConflictError(raw []byte) (*TaskEscrowRoundResultConflict, error) {
	out := new(TaskEscrowRoundResultConflict)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "RoundResultConflict", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowTaskExists represents a TaskExists error raised by the TaskEscrow contract.
type TaskEscrowTaskExists struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskExists(bytes32 taskId)
func TaskEscrowTaskExistsErrorID() common.Hash {
	return common.HexToHash("0x02939410435815caa9461089cdabcab860fdeb384237938f3dbfffd9dc28025f")
}

// UnpackTaskExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskExists(bytes32 taskId)
func (taskEscrow *TaskEscrow) UnpackTaskExistsError(raw []byte) (*TaskEscrowTaskExists, error) {
	out := new(TaskEscrowTaskExists)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "TaskExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowTransferFailed represents a TransferFailed error raised by the TaskEscrow contract.
type TaskEscrowTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func TaskEscrowTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (taskEscrow *TaskEscrow) UnpackTransferFailedError(raw []byte) (*TaskEscrowTransferFailed, error) {
	out := new(TaskEscrowTransferFailed)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowUnknownTask represents a UnknownTask error raised by the TaskEscrow contract.
type TaskEscrowUnknownTask struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(bytes32 taskId)
func TaskEscrowUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x2e3abafda73ae9d45cfed93d49801db23684d982676257f1d826a93d4310a5e7")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(bytes32 taskId)
func (taskEscrow *TaskEscrow) UnpackUnknownTaskError(raw []byte) (*TaskEscrowUnknownTask, error) {
	out := new(TaskEscrowUnknownTask)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowZeroAddress represents a ZeroAddress error raised by the TaskEscrow contract.
type TaskEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func TaskEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (taskEscrow *TaskEscrow) UnpackZeroAddressError(raw []byte) (*TaskEscrowZeroAddress, error) {
	out := new(TaskEscrowZeroAddress)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowZeroPayment represents a ZeroPayment error raised by the TaskEscrow contract.
type TaskEscrowZeroPayment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPayment()
func TaskEscrowZeroPaymentErrorID() common.Hash {
	return common.HexToHash("0x8f28ea88289d507b5c3f245d8774e5efa92b2028835ba21897ad020f12f5a97d")
}

// UnpackZeroPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPayment()
func (taskEscrow *TaskEscrow) UnpackZeroPaymentError(raw []byte) (*TaskEscrowZeroPayment, error) {
	out := new(TaskEscrowZeroPayment)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ZeroPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowZeroResultHash represents a ZeroResultHash error raised by the TaskEscrow contract.
type TaskEscrowZeroResultHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroResultHash()
func TaskEscrowZeroResultHashErrorID() common.Hash {
	return common.HexToHash("0xebb0e53ef982ae41b6b1348cbeb24241f4146c669d656713290f7e963c8bce7c")
}

// UnpackZeroResultHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroResultHash()
func (taskEscrow *TaskEscrow) UnpackZeroResultHashError(raw []byte) (*TaskEscrowZeroResultHash, error) {
	out := new(TaskEscrowZeroResultHash)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ZeroResultHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowZeroRounds represents a ZeroRounds error raised by the TaskEscrow contract.
type TaskEscrowZeroRounds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRounds()
func TaskEscrowZeroRoundsErrorID() common.Hash {
	return common.HexToHash("0xcbc4e0605f1bc17abf90aebdff5c83c6dfff052e8925404112c6f733dd1db7b8")
}

// UnpackZeroRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRounds()
func (taskEscrow *TaskEscrow) UnpackZeroRoundsError(raw []byte) (*TaskEscrowZeroRounds, error) {
	out := new(TaskEscrowZeroRounds)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ZeroRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskEscrowZeroTaskId represents a ZeroTaskId error raised by the TaskEscrow contract.
type TaskEscrowZeroTaskId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTaskId()
func TaskEscrowZeroTaskIdErrorID() common.Hash {
	return common.HexToHash("0x12f1fdafc732d1d0c76437957f165933a07c62011fd1d7aac828e621d12c2502")
}

// UnpackZeroTaskIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTaskId()
func (taskEscrow *TaskEscrow) UnpackZeroTaskIdError(raw []byte) (*TaskEscrowZeroTaskId, error) {
	out := new(TaskEscrowZeroTaskId)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ZeroTaskId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
