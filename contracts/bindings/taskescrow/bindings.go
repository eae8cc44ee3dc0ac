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

// TaskEscrowContribution is an auto generated low-level Go binding around an user-defined struct.
type TaskEscrowContribution struct {
	Node       common.Address
	DatasetId  [32]byte
	Commitment [2]*big.Int
	Proof      []byte
}

// TaskEscrowTask is an auto generated low-level Go binding around an user-defined struct.
type TaskEscrowTask struct {
	Requester              common.Address
	Rounds                 uint32
	RoundsRecorded         uint32
	Status                 uint8
	Coordinator            common.Address
	Verifier               common.Address
	SpecHash               [32]byte
	PaymentPerContribution *big.Int
	Deposit                *big.Int
	Escrow                 *big.Int
	Paid                   *big.Int
}

// TaskEscrowMetaData contains all meta data concerning the TaskEscrow contract.
var TaskEscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataHub_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InputOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoParticipants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequesterOrCoordinator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ParticipantsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"ProofRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"RoundAlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RoundOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recorded\",\"type\":\"bytes32\"}],\"name\":\"RoundResultConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroResultHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTaskId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ContributionCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"enumTaskEscrow.Rejection\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"inputs\",\"type\":\"uint256[]\"}],\"name\":\"RoundInputs\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"RoundRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"TaskCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SNARK_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERIFY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"contributionStatus\",\"outputs\":[{\"internalType\":\"enumTaskEscrow.ContributionStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"createTask\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dataHub\",\"outputs\":[{\"internalType\":\"contractDataHub\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"roundsRecorded\",\"type\":\"uint32\"},{\"internalType\":\"enumTaskEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"internalType\":\"structTaskEscrow.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"isSettled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"participants\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"roundInputs\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitment\",\"type\":\"uint256[2]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structTaskEscrow.Contribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"name\":\"recordProvenRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"nodes\",\"type\":\"address[]\"}],\"name\":\"recordRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"roundResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskEscrow",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051612396380380612396833981016040819052602b91605f565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0316608052608a565b5f60208284031215606e575f5ffd5b81516001600160a01b03811681146083575f5ffd5b9392505050565b6080516122ed6100a95f395f81816102a2015261170901526122ed5ff3fe6080604052600436106100ef575f3560e01c80637fff036f11610087578063bd07f3c911610057578063bd07f3c9146102f1578063c4d252f514610320578063d5d44d801461033f578063f844399814610373575f5ffd5b80637fff036f14610212578063987757dd14610272578063b3e4242a14610291578063b5bd3eb9146102dc575f5ffd5b80634ea4ffc8116100c25780634ea4ffc814610192578063653e0f7f146101a85780636756f5b4146101d45780636cf9fdc0146101f3575f5ffd5b806313c08d0a146100f357806315a2903514610108578063218df2e31461013d5780633ccfd60b1461017e575b5f5ffd5b610106610101366004611a96565b610392565b005b348015610113575f5ffd5b50610127610122366004611af7565b61066a565b6040516101349190611b36565b60405180910390f35b348015610148575f5ffd5b506101707f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b604051908152602001610134565b348015610189575f5ffd5b506101066107a5565b34801561019d575f5ffd5b50610170620927c081565b3480156101b3575f5ffd5b506101c76101c2366004611af7565b6108d6565b6040516101349190611c42565b3480156101df575f5ffd5b506101066101ee366004611c9b565b61093f565b3480156101fe575f5ffd5b5061010661020d366004611cfd565b610ac6565b34801561021d575f5ffd5b5061026561022c366004611d8d565b5f92835260016020908152604080852063ffffffff9490941685529281528284206001600160a01b039290921684525290205460ff1690565b6040516101349190611dca565b34801561027d575f5ffd5b5061010661028c366004611af7565b610ce4565b34801561029c575f5ffd5b506102c47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610134565b3480156102e7575f5ffd5b5061017060065481565b3480156102fc575f5ffd5b5061031061030b366004611af7565b610d98565b6040519015158152602001610134565b34801561032b575f5ffd5b5061010661033a366004611af7565b610dcb565b34801561034a575f5ffd5b50610170610359366004611de4565b6001600160a01b03165f9081526003602052604090205490565b34801561037e575f5ffd5b5061017061038d366004611dff565b610e68565b856103b0576040516312f1fdaf60e01b815260040160405180910390fd5b5f5f87815260208190526040902054600160e01b900460ff1660038111156103da576103da611b0e565b146103ff576040516229394160e41b8152600481018790526024015b60405180910390fd5b8363ffffffff165f036104255760405163065e270360e51b815260040160405180910390fd5b825f03610445576040516311e51d5160e31b815260040160405180910390fd5b6001600160a01b03821661046c5760405163d92e233d60e01b815260040160405180910390fd5b5f61047d848663ffffffff16610e8e565b9050803410156104a95760405163180e21d960e31b8152600481018290523460248201526044016103f6565b604080516101608101825233815263ffffffff87811660208084019182525f8486018181526001606087019081526001600160a01b038b811660808901528a811660a089015260c088018f905260e088018d905234610100890181905261012089015261014088018490528f8452938390529690912085518154945192518616600160c01b0263ffffffff60c01b1993909616600160a01b026001600160c01b03199095169316929092179290921791821683178155935192939291839160ff60e01b1990911664ffffffffff60c01b1990911617600160e01b83600381111561059557610595611b0e565b02179055506080828101516001830180546001600160a01b03199081166001600160a01b039384161790915560a085015160028501805490921690831617905560c0840151600384015560e0840151600484015561010084015160058401556101208401516006840155610140909301516007909201919091556040805189815263ffffffff891660208201529081018790523460608201529185169133918a917f09b0a5a692eaf7f5f030614d982c197dbf75436e8a16ee52c5d017dd790b0404910160405180910390a450505050505050565b6106d160408051610160810182525f8082526020820181905291810182905290606082019081526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6106da82610ec5565b604080516101608101825282546001600160a01b038116825263ffffffff600160a01b820481166020840152600160c01b820416928201929092529190606083019060ff600160e01b90910416600381111561073857610738611b0e565b600381111561074957610749611b0e565b815260018201546001600160a01b03908116602083015260028301541660408201526003820154606082015260048201546080820152600582015460a0820152600682015460c082015260079091015460e09091015292915050565b6107ad610f16565b335f90815260036020526040812054908190036107dd57604051630686827b60e51b815260040160405180910390fd5b335f90815260036020526040812081905560068054839290610800908490611e3d565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610879576040519150601f19603f3d011682016040523d82523d5f602084013e61087e565b606091505b50509050806108a957604051630e21dcbb60e11b8152336004820152602481018390526044016103f6565b50506108d460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b565b5f8181526004602090815260409182902080548351818402810184019094528084526060939283018282801561093357602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610915575b50505050509050919050565b5f61094c86868685610f44565b60028101549091506001600160a01b03161561097e576040516374ea19b560e01b8152600481018790526024016103f6565b5f805b83811015610a1557816001600160a01b03168585838181106109a5576109a5611e50565b90506020020160208101906109ba9190611de4565b6001600160a01b0316116109e457604051635a419bb560e01b8152600481018290526024016103f6565b8484828181106109f6576109f6611e50565b9050602002016020810190610a0b9190611de4565b9150600101610981565b50610a2387838888876110a3565b60048201545f5b84811015610a6d57610a6589858a898986818110610a4a57610a4a611e50565b9050602002016020810190610a5f9190611de4565b8661114f565b600101610a2a565b5063ffffffff8716887f6380cc0dc25aa94762f832cdcb7f198dac8d4417aa20eb128d09d81c91adb918888888610aa48782610e8e565b604051610ab49493929190611e64565b60405180910390a35050505050505050565b5f610ad388888885610f44565b60028101549091506001600160a01b0316610b0457604051631353f5d560e21b8152600481018990526024016103f6565b5f5b84811015610b71577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001868683818110610b4157610b41611e50565b9050602002013510610b6957604051637e20f49b60e11b8152600481018290526024016103f6565b600101610b06565b505f805b83811015610c1f57816001600160a01b0316858583818110610b9957610b99611e50565b9050602002810190610bab9190611ec1565b610bb9906020810190611de4565b6001600160a01b031611610be357604051635a419bb560e01b8152600481018290526024016103f6565b848482818110610bf557610bf5611e50565b9050602002810190610c079190611ec1565b610c15906020810190611de4565b9150600101610b75565b50610c2d89838a8a876110a3565b8415610c75578763ffffffff16897f8b738a8a4478d87a8baa29959513229e2a581b2f6cb33526002fb1382c8f5bb28888604051610c6c929190611edf565b60405180910390a35b5f610c858a848b8a8a8a8a6112cc565b90508863ffffffff168a7f6380cc0dc25aa94762f832cdcb7f198dac8d4417aa20eb128d09d81c91adb9188a84610cc188600401548751610e8e565b604051610cd093929190611f16565b60405180910390a350505050505050505050565b5f610cee82610ec5565b60018101549091506001600160a01b03163314801590610d18575080546001600160a01b03163314155b15610d3857604051633fb0e97f60e21b81523360048201526024016103f6565b610d428282611443565b5f610d4e8260026114c7565b60078301546040805191825260208201839052919250339185917f28291a99d10e7f79980d84139ee1fabe582d24e5e7ec62953ece66edfc89dde1910160405180910390a3505050565b5f60025f83815260208190526040902054600160e01b900460ff166003811115610dc457610dc4611b0e565b1492915050565b5f610dd582610ec5565b80549091506001600160a01b03163314610e045760405163e7f1421f60e01b81523360048201526024016103f6565b610e0e8282611443565b5f610e1a8260036114c7565b9050827f1e10c52e52861084260c4c9874e276b25110e05b2087854bdc3a27e35a5f8c7f836007015483604051610e5b929190918252602082015260400190565b60405180910390a2505050565b5f82815260026020908152604080832063ffffffff851684529091529020545b92915050565b5f8115801590610ea75750610ea4825f19611f52565b83115b15610eb457505f19610e88565b610ebe8284611f65565b9392505050565b5f818152602081905260408120908154600160e01b900460ff166003811115610ef057610ef0611b0e565b03610f1157604051632e3abafd60e01b8152600481018390526024016103f6565b919050565b610f1e61154b565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f610f4e85610ec5565b60018101549091506001600160a01b03163314610f805760405163f01654df60e01b81523360048201526024016103f6565b63ffffffff84161580610fa45750805463ffffffff600160a01b9091048116908516115b15610fdd578054604051632729a3eb60e11b815263ffffffff8087166004830152600160a01b90920490911660248201526044016103f6565b5f85815260026020908152604080832063ffffffff8816845290915290205480156110525783810361102a5760405163b6ef6c5b60e01b815263ffffffff861660048201526024016103f6565b60405163f639972360e01b815263ffffffff86166004820152602481018290526044016103f6565b61105c8683611443565b8361107a576040516375d8729f60e11b815260040160405180910390fd5b825f0361109a576040516308b6a47360e41b815260040160405180910390fd5b50949350505050565b5f6110b2856004015483610e8e565b905084600601548111156110e957600685015460405163180e21d960e31b81526103f6918391600401918252602082015260400190565b5f86815260026020908152604080832063ffffffff8089168552925290912084905585546001918791601891611129918591600160c01b90910416611f7c565b92506101000a81548163ffffffff021916908363ffffffff160217905550505050505050565b80846006015f8282546111629190611e3d565b9250508190555080846007015f82825461117c9190611f98565b925050819055508060065f8282546111949190611f98565b90915550506001600160a01b0382165f90815260036020526040812080548392906111c0908490611f98565b90915550505f85815260016020818152604080842063ffffffff8816855282528084206001600160a01b038716808652908352818520805460ff19169094179093558884526005825280842092845291905290205460ff16611279575f8581526005602090815260408083206001600160a01b038616808552908352818420805460ff19166001908117909155898552600484529184208054928301815584529190922090910180546001600160a01b03191690911790555b6040805163ffffffff85168152602081018390526001600160a01b0384169187917feb3f39c49c98c2ac6c185d15a05544f014792bef5f29fd97b104b1d183f7d27f910160405180910390a35050505050565b60605f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001898863ffffffff16604051602001611312929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c6113349190611fab565b9050826001600160401b0381111561134e5761134e611fbe565b604051908082528060200260200182016040528015611377578160200160208202803683370190505b5091505f805b84811015611434576113b78b8b8b868c8c8c8c898181106113a0576113a0611e50565b90506020028101906113b29190611ec1565b61158d565b1561142c578585828181106113ce576113ce611e50565b90506020028101906113e09190611ec1565b6113ee906020810190611de4565b84836113f981611fd2565b94508151811061140b5761140b611e50565b60200260200101906001600160a01b031690816001600160a01b0316815250505b60010161137d565b50825250979650505050505050565b60028154600160e01b900460ff16600381111561146257611462611b0e565b03611483576040516358cb522560e11b8152600481018390526024016103f6565b60038154600160e01b900460ff1660038111156114a2576114a2611b0e565b036114c357604051634dd9574f60e11b8152600481018390526024016103f6565b5050565b6006820180545f90915582548290849060ff60e01b1916600160e01b8360038111156114f5576114f5611b0e565b02179055508015610e885782546001600160a01b03165f9081526003602052604081208054839290611528908490611f98565b925050819055508060065f8282546115409190611f98565b909155505092915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00546002036108d457604051633ee5aeb560e01b815260040160405180910390fd5b60028601545f9081906115ac906001600160a01b0316878787876116b2565b90505f8160048111156115c1576115c1611b0e565b14611684575f89815260016020908152604080832063ffffffff8b1684528252822060029290916115f490870187611de4565b6001600160a01b0316815260208101919091526040015f20805460ff1916600183600281111561162657611626611b0e565b02179055506116386020840184611de4565b6001600160a01b0316897f28633986a44fd06d8369ea5abe4a3fd7f09c8465ba03b61b5e83cd682c61b75d8984604051611673929190611fea565b60405180910390a35f9150506116a7565b6116a18989896116976020880188611de4565b8c6004015461114f565b60019150505b979650505050505050565b6040805160e0810182525f80825260208083018290526060838501819052808401839052608084015260a0830182905260c08301829052925163bd2babb560e01b8152928401356004840152916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bd2babb5906024015f60405180830381865afa92505050801561176f57506040513d5f823e601f3d908101601f1916820160405261176c91908101906120e6565b60015b61177d576001915050611a63565b905061178c6020840184611de4565b6001600160a01b0316815f01516001600160a01b0316146117b1576002915050611a63565b835f6117be826005611f98565b6001600160401b038111156117d5576117d5611fbe565b6040519080825280602002602001820160405280156117fe578160200160208202803683370190505b50905082606001515f1c815f8151811061181a5761181a611e50565b60200260200101818152505082602001516001600160401b03168160018151811061184757611847611e50565b602002602001018181525050878160028151811061186757611867611e50565b60209081029190910101525f5b828110156118c65787878281811061188e5761188e611e50565b90506020020135828260036118a39190611f98565b815181106118b3576118b3611e50565b6020908102919091010152600101611874565b506040850135816118d8846003611f98565b815181106118e8576118e8611e50565b6020908102919091010152606085013581611904846004611f98565b8151811061191457611914611e50565b602090810291909101015261192d603f620927c0611f52565b61193a90620927c0611f98565b61194690612710611f98565b5a101561196a575a604051633d55eb6760e21b81526004016103f691815260200190565b5f806001600160a01b038b16620927c061198760808a018a6121c8565b8660405160240161199a9392919061220a565b60408051601f198184030181529181526020820180516001600160e01b0316633f27bd4560e11b179052516119cf9190612282565b5f604051808303818686fa925050503d805f8114611a08576040519150601f19603f3d011682016040523d82523d5f602084013e611a0d565b606091505b5091509150811580611a2157508051602014155b15611a3457600495505050505050611a63565b80806020019051810190611a489190612298565b611a5a57600395505050505050611a63565b5f955050505050505b95945050505050565b803563ffffffff81168114610f11575f5ffd5b6001600160a01b0381168114611a93575f5ffd5b50565b5f5f5f5f5f5f60c08789031215611aab575f5ffd5b8635955060208701359450611ac260408801611a6c565b9350606087013592506080870135611ad981611a7f565b915060a0870135611ae981611a7f565b809150509295509295509295565b5f60208284031215611b07575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60048110611b3257611b32611b0e565b9052565b81516001600160a01b0316815261016081016020830151611b5f602084018263ffffffff169052565b506040830151611b77604084018263ffffffff169052565b506060830151611b8a6060840182611b22565b506080830151611ba560808401826001600160a01b03169052565b5060a0830151611bc060a08401826001600160a01b03169052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015292915050565b5f8151808452602084019350602083015f5b82811015611c385781516001600160a01b0316865260209586019590910190600101611c11565b5093949350505050565b602081525f610ebe6020830184611bff565b5f5f83601f840112611c64575f5ffd5b5081356001600160401b03811115611c7a575f5ffd5b6020830191508360208260051b8501011115611c94575f5ffd5b9250929050565b5f5f5f5f5f60808688031215611caf575f5ffd5b85359450611cbf60208701611a6c565b93506040860135925060608601356001600160401b03811115611ce0575f5ffd5b611cec88828901611c54565b969995985093965092949392505050565b5f5f5f5f5f5f5f60a0888a031215611d13575f5ffd5b87359650611d2360208901611a6c565b95506040880135945060608801356001600160401b03811115611d44575f5ffd5b611d508a828b01611c54565b90955093505060808801356001600160401b03811115611d6e575f5ffd5b611d7a8a828b01611c54565b989b979a50959850939692959293505050565b5f5f5f60608486031215611d9f575f5ffd5b83359250611daf60208501611a6c565b91506040840135611dbf81611a7f565b809150509250925092565b6020810160038310611dde57611dde611b0e565b91905290565b5f60208284031215611df4575f5ffd5b8135610ebe81611a7f565b5f5f60408385031215611e10575f5ffd5b82359150611e2060208401611a6c565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e8857610e88611e29565b634e487b7160e01b5f52603260045260245ffd5b84815260606020820181905281018390525f8460808301825b86811015611ead578235611e9081611a7f565b6001600160a01b0316825260209283019290910190600101611e7d565b506040939093019390935250949350505050565b5f8235609e19833603018112611ed5575f5ffd5b9190910192915050565b602080825281018290525f6001600160fb1b03831115611efd575f5ffd5b8260051b80856040850137919091016040019392505050565b838152606060208201525f611f2e6060830185611bff565b9050826040830152949350505050565b634e487b7160e01b5f52601260045260245ffd5b5f82611f6057611f60611f3e565b500490565b8082028115828204841417610e8857610e88611e29565b63ffffffff8181168382160190811115610e8857610e88611e29565b80820180821115610e8857610e88611e29565b5f82611fb957611fb9611f3e565b500690565b634e487b7160e01b5f52604160045260245ffd5b5f60018201611fe357611fe3611e29565b5060010190565b63ffffffff83168152604081016005831061200757612007611b0e565b8260208301529392505050565b60405160e081016001600160401b038111828210171561203657612036611fbe565b60405290565b8051610f1181611a7f565b80516001600160401b0381168114610f11575f5ffd5b5f82601f83011261206c575f5ffd5b81516001600160401b0381111561208557612085611fbe565b604051601f8201601f19908116603f011681016001600160401b03811182821017156120b3576120b3611fbe565b6040528181528382016020018510156120ca575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156120f6575f5ffd5b81516001600160401b0381111561210b575f5ffd5b820160e0818503121561211c575f5ffd5b612124612014565b61212d8261203c565b815261213b60208301612047565b602082015260408201516001600160401b03811115612158575f5ffd5b6121648682850161205d565b6040830152506060828101519082015260808201516001600160401b0381111561218c575f5ffd5b6121988682850161205d565b6080830152506121aa60a08301612047565b60a08201526121bb60c08301612047565b60c0820152949350505050565b5f5f8335601e198436030181126121dd575f5ffd5b8301803591506001600160401b038211156121f6575f5ffd5b602001915036819003821315611c94575f5ffd5b60408152826040820152828460608301375f606084830101525f601f19601f85011682016060810160608483030160208501528085518083526080840191506020870193505f92505b808310156122765783518252602082019150602084019350600183019250612253565b50979650505050505050565b5f82518060208501845e5f920191825250919050565b5f602082840312156122a8575f5ffd5b81518015158114610ebe575f5ffdfea264697066735822122052ee4682b15c5dca32690ac5be7707716bd1ed5665cb8176323a54e53eaa0c3864736f6c63430008250033",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address dataHub_) returns()
func (taskEscrow *TaskEscrow) PackConstructor(dataHub_ common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("", dataHub_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSNARKFIELD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x218df2e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SNARK_FIELD() view returns(uint256)
func (taskEscrow *TaskEscrow) PackSNARKFIELD() []byte {
	enc, err := taskEscrow.abi.Pack("SNARK_FIELD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSNARKFIELD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x218df2e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SNARK_FIELD() view returns(uint256)
func (taskEscrow *TaskEscrow) TryPackSNARKFIELD() ([]byte, error) {
	return taskEscrow.abi.Pack("SNARK_FIELD")
}

// UnpackSNARKFIELD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x218df2e3.
//
// Solidity: function SNARK_FIELD() view returns(uint256)
func (taskEscrow *TaskEscrow) UnpackSNARKFIELD(data []byte) (*big.Int, error) {
	out, err := taskEscrow.abi.Unpack("SNARK_FIELD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVERIFYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ea4ffc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERIFY_GAS() view returns(uint256)
func (taskEscrow *TaskEscrow) PackVERIFYGAS() []byte {
	enc, err := taskEscrow.abi.Pack("VERIFY_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERIFYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ea4ffc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERIFY_GAS() view returns(uint256)
func (taskEscrow *TaskEscrow) TryPackVERIFYGAS() ([]byte, error) {
	return taskEscrow.abi.Pack("VERIFY_GAS")
}

// UnpackVERIFYGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ea4ffc8.
//
// Solidity: function VERIFY_GAS() view returns(uint256)
func (taskEscrow *TaskEscrow) UnpackVERIFYGAS(data []byte) (*big.Int, error) {
	out, err := taskEscrow.abi.Unpack("VERIFY_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackContributionStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fff036f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionStatus(bytes32 taskId, uint32 round, address node) view returns(uint8)
func (taskEscrow *TaskEscrow) PackContributionStatus(taskId [32]byte, round uint32, node common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("contributionStatus", taskId, round, node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fff036f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionStatus(bytes32 taskId, uint32 round, address node) view returns(uint8)
func (taskEscrow *TaskEscrow) TryPackContributionStatus(taskId [32]byte, round uint32, node common.Address) ([]byte, error) {
	return taskEscrow.abi.Pack("contributionStatus", taskId, round, node)
}

// UnpackContributionStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fff036f.
//
// Solidity: function contributionStatus(bytes32 taskId, uint32 round, address node) view returns(uint8)
func (taskEscrow *TaskEscrow) UnpackContributionStatus(data []byte) (uint8, error) {
	out, err := taskEscrow.abi.Unpack("contributionStatus", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCreateTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13c08d0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createTask(bytes32 taskId, bytes32 specHash, uint32 rounds, uint256 paymentPerContribution, address coordinator, address verifier) payable returns()
func (taskEscrow *TaskEscrow) PackCreateTask(taskId [32]byte, specHash [32]byte, rounds uint32, paymentPerContribution *big.Int, coordinator common.Address, verifier common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("createTask", taskId, specHash, rounds, paymentPerContribution, coordinator, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13c08d0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createTask(bytes32 taskId, bytes32 specHash, uint32 rounds, uint256 paymentPerContribution, address coordinator, address verifier) payable returns()
func (taskEscrow *TaskEscrow) TryPackCreateTask(taskId [32]byte, specHash [32]byte, rounds uint32, paymentPerContribution *big.Int, coordinator common.Address, verifier common.Address) ([]byte, error) {
	return taskEscrow.abi.Pack("createTask", taskId, specHash, rounds, paymentPerContribution, coordinator, verifier)
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

// PackDataHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3e4242a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataHub() view returns(address)
func (taskEscrow *TaskEscrow) PackDataHub() []byte {
	enc, err := taskEscrow.abi.Pack("dataHub")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3e4242a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataHub() view returns(address)
func (taskEscrow *TaskEscrow) TryPackDataHub() ([]byte, error) {
	return taskEscrow.abi.Pack("dataHub")
}

// UnpackDataHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3e4242a.
//
// Solidity: function dataHub() view returns(address)
func (taskEscrow *TaskEscrow) UnpackDataHub(data []byte) (common.Address, error) {
	out, err := taskEscrow.abi.Unpack("dataHub", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15a29035.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTask(bytes32 taskId) view returns((address,uint32,uint32,uint8,address,address,bytes32,uint256,uint256,uint256,uint256))
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
// Solidity: function getTask(bytes32 taskId) view returns((address,uint32,uint32,uint8,address,address,bytes32,uint256,uint256,uint256,uint256))
func (taskEscrow *TaskEscrow) TryPackGetTask(taskId [32]byte) ([]byte, error) {
	return taskEscrow.abi.Pack("getTask", taskId)
}

// UnpackGetTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15a29035.
//
// Solidity: function getTask(bytes32 taskId) view returns((address,uint32,uint32,uint8,address,address,bytes32,uint256,uint256,uint256,uint256))
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

// PackParticipants is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x653e0f7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function participants(bytes32 taskId) view returns(address[])
func (taskEscrow *TaskEscrow) PackParticipants(taskId [32]byte) []byte {
	enc, err := taskEscrow.abi.Pack("participants", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParticipants is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x653e0f7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function participants(bytes32 taskId) view returns(address[])
func (taskEscrow *TaskEscrow) TryPackParticipants(taskId [32]byte) ([]byte, error) {
	return taskEscrow.abi.Pack("participants", taskId)
}

// UnpackParticipants is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x653e0f7f.
//
// Solidity: function participants(bytes32 taskId) view returns(address[])
func (taskEscrow *TaskEscrow) UnpackParticipants(data []byte) ([]common.Address, error) {
	out, err := taskEscrow.abi.Unpack("participants", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRecordProvenRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf9fdc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordProvenRound(bytes32 taskId, uint32 round, bytes32 resultHash, uint256[] roundInputs, (address,bytes32,uint256[2],bytes)[] contributions) returns()
func (taskEscrow *TaskEscrow) PackRecordProvenRound(taskId [32]byte, round uint32, resultHash [32]byte, roundInputs []*big.Int, contributions []TaskEscrowContribution) []byte {
	enc, err := taskEscrow.abi.Pack("recordProvenRound", taskId, round, resultHash, roundInputs, contributions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordProvenRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf9fdc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordProvenRound(bytes32 taskId, uint32 round, bytes32 resultHash, uint256[] roundInputs, (address,bytes32,uint256[2],bytes)[] contributions) returns()
func (taskEscrow *TaskEscrow) TryPackRecordProvenRound(taskId [32]byte, round uint32, resultHash [32]byte, roundInputs []*big.Int, contributions []TaskEscrowContribution) ([]byte, error) {
	return taskEscrow.abi.Pack("recordProvenRound", taskId, round, resultHash, roundInputs, contributions)
}

// PackRecordRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6756f5b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordRound(bytes32 taskId, uint32 round, bytes32 resultHash, address[] nodes) returns()
func (taskEscrow *TaskEscrow) PackRecordRound(taskId [32]byte, round uint32, resultHash [32]byte, nodes []common.Address) []byte {
	enc, err := taskEscrow.abi.Pack("recordRound", taskId, round, resultHash, nodes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6756f5b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordRound(bytes32 taskId, uint32 round, bytes32 resultHash, address[] nodes) returns()
func (taskEscrow *TaskEscrow) TryPackRecordRound(taskId [32]byte, round uint32, resultHash [32]byte, nodes []common.Address) ([]byte, error) {
	return taskEscrow.abi.Pack("recordRound", taskId, round, resultHash, nodes)
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

// TaskEscrowContributionRejected represents a ContributionRejected event raised by the TaskEscrow contract.
type TaskEscrowContributionRejected struct {
	TaskId      [32]byte
	Participant common.Address
	Round       uint32
	Reason      uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskEscrowContributionRejectedEventName = "ContributionRejected"

// ContractEventName returns the user-defined event name.
func (TaskEscrowContributionRejected) ContractEventName() string {
	return TaskEscrowContributionRejectedEventName
}

// UnpackContributionRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionRejected(bytes32 indexed taskId, address indexed participant, uint32 round, uint8 reason)
func (taskEscrow *TaskEscrow) UnpackContributionRejectedEvent(log *types.Log) (*TaskEscrowContributionRejected, error) {
	event := "ContributionRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowContributionRejected)
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

// TaskEscrowRoundInputs represents a RoundInputs event raised by the TaskEscrow contract.
type TaskEscrowRoundInputs struct {
	TaskId [32]byte
	Round  uint32
	Inputs []*big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskEscrowRoundInputsEventName = "RoundInputs"

// ContractEventName returns the user-defined event name.
func (TaskEscrowRoundInputs) ContractEventName() string {
	return TaskEscrowRoundInputsEventName
}

// UnpackRoundInputsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundInputs(bytes32 indexed taskId, uint32 indexed round, uint256[] inputs)
func (taskEscrow *TaskEscrow) UnpackRoundInputsEvent(log *types.Log) (*TaskEscrowRoundInputs, error) {
	event := "RoundInputs"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskEscrowRoundInputs)
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
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["InputOutOfField"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackInputOutOfFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["InsufficientGasForProof"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackInsufficientGasForProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NoParticipants"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNoParticipantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["NoVerifier"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackNoVerifierError(raw[4:])
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
	if bytes.Equal(raw[:4], taskEscrow.abi.Errors["ProofRequired"].ID.Bytes()[:4]) {
		return taskEscrow.UnpackProofRequiredError(raw[4:])
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

// TaskEscrowInputOutOfField represents a InputOutOfField error raised by the TaskEscrow contract.
type TaskEscrowInputOutOfField struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputOutOfField(uint256 index)
func TaskEscrowInputOutOfFieldErrorID() common.Hash {
	return common.HexToHash("0xfc41e9369839a086ac329afff0d4ae4d44367692c48abb1a1e85000f9c19df2d")
}

// UnpackInputOutOfFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputOutOfField(uint256 index)
func (taskEscrow *TaskEscrow) UnpackInputOutOfFieldError(raw []byte) (*TaskEscrowInputOutOfField, error) {
	out := new(TaskEscrowInputOutOfField)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "InputOutOfField", raw); err != nil {
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

// TaskEscrowInsufficientGasForProof represents a InsufficientGasForProof error raised by the TaskEscrow contract.
type TaskEscrowInsufficientGasForProof struct {
	Left *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForProof(uint256 left)
func TaskEscrowInsufficientGasForProofErrorID() common.Hash {
	return common.HexToHash("0xf557ad9c70b32484ddffa259dad0664281c412cc4835e26cd8b0c41512c7d191")
}

// UnpackInsufficientGasForProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForProof(uint256 left)
func (taskEscrow *TaskEscrow) UnpackInsufficientGasForProofError(raw []byte) (*TaskEscrowInsufficientGasForProof, error) {
	out := new(TaskEscrowInsufficientGasForProof)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "InsufficientGasForProof", raw); err != nil {
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

// TaskEscrowNoVerifier represents a NoVerifier error raised by the TaskEscrow contract.
type TaskEscrowNoVerifier struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVerifier(bytes32 taskId)
func TaskEscrowNoVerifierErrorID() common.Hash {
	return common.HexToHash("0x4d4fd7543e5bf1d123011cba601a282262eeadb615df8b4686fa1f9468a50291")
}

// UnpackNoVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVerifier(bytes32 taskId)
func (taskEscrow *TaskEscrow) UnpackNoVerifierError(raw []byte) (*TaskEscrowNoVerifier, error) {
	out := new(TaskEscrowNoVerifier)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "NoVerifier", raw); err != nil {
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

// TaskEscrowProofRequired represents a ProofRequired error raised by the TaskEscrow contract.
type TaskEscrowProofRequired struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofRequired(bytes32 taskId)
func TaskEscrowProofRequiredErrorID() common.Hash {
	return common.HexToHash("0x74ea19b506e3ad3ac2d21c45bc8d5024cc0ed63c0d9df6723f3a3c1ad7632044")
}

// UnpackProofRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofRequired(bytes32 taskId)
func (taskEscrow *TaskEscrow) UnpackProofRequiredError(raw []byte) (*TaskEscrowProofRequired, error) {
	out := new(TaskEscrowProofRequired)
	if err := taskEscrow.abi.UnpackIntoInterface(out, "ProofRequired", raw); err != nil {
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
