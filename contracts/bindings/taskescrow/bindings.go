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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataHub_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoParticipants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequesterOrCoordinator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ParticipantsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"ProofRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"RoundAlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RoundOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recorded\",\"type\":\"bytes32\"}],\"name\":\"RoundResultConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroResultHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTaskId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ContributionCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"enumTaskEscrow.Rejection\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ContributionRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"RoundRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"TaskCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SNARK_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERIFY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"contributionStatus\",\"outputs\":[{\"internalType\":\"enumTaskEscrow.ContributionStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"createTask\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dataHub\",\"outputs\":[{\"internalType\":\"contractDataHub\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"roundsRecorded\",\"type\":\"uint32\"},{\"internalType\":\"enumTaskEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"paymentPerContribution\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"internalType\":\"structTaskEscrow.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"isSettled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitment\",\"type\":\"uint256[2]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structTaskEscrow.Contribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"}],\"name\":\"recordProvenRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"}],\"name\":\"recordRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"roundResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskEscrow",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051611ff1380380611ff1833981016040819052602b91605f565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0316608052608a565b5f60208284031215606e575f5ffd5b81516001600160a01b03811681146083575f5ffd5b9392505050565b608051611f486100a95f395f818161023701526112680152611f485ff3fe6080604052600436106100e4575f3560e01c80637fff036f11610087578063bd07f3c911610057578063bd07f3c914610286578063c4d252f5146102b5578063d5d44d80146102d4578063f844399814610308575f5ffd5b80637fff036f146101db578063987757dd14610207578063b3e4242a14610226578063b5bd3eb914610271575f5ffd5b80633331a3d0116100c25780633331a3d0146101735780633ccfd60b146101925780634ea4ffc8146101a65780636756f5b4146101bc575f5ffd5b806313c08d0a146100e857806315a29035146100fd578063218df2e314610132575b5f5ffd5b6100fb6100f63660046117cd565b610327565b005b348015610108575f5ffd5b5061011c61011736600461182e565b6105ff565b604051610129919061186d565b60405180910390f35b34801561013d575f5ffd5b506101657f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b604051908152602001610129565b34801561017e575f5ffd5b506100fb61018d36600461197e565b61073a565b34801561019d575f5ffd5b506100fb610ae8565b3480156101b1575f5ffd5b50610165620927c081565b3480156101c7575f5ffd5b506100fb6101d636600461197e565b610c19565b3480156101e6575f5ffd5b506101fa6101f53660046119e1565b610da0565b6040516101299190611a1e565b348015610212575f5ffd5b506100fb61022136600461182e565b610ddb565b348015610231575f5ffd5b506102597f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610129565b34801561027c575f5ffd5b5061016560045481565b348015610291575f5ffd5b506102a56102a036600461182e565b610e8f565b6040519015158152602001610129565b3480156102c0575f5ffd5b506100fb6102cf36600461182e565b610ec2565b3480156102df575f5ffd5b506101656102ee366004611a38565b6001600160a01b03165f9081526003602052604090205490565b348015610313575f5ffd5b50610165610322366004611a53565b610f5f565b85610345576040516312f1fdaf60e01b815260040160405180910390fd5b5f5f87815260208190526040902054600160e01b900460ff16600381111561036f5761036f611845565b14610394576040516229394160e41b8152600481018790526024015b60405180910390fd5b8363ffffffff165f036103ba5760405163065e270360e51b815260040160405180910390fd5b825f036103da576040516311e51d5160e31b815260040160405180910390fd5b6001600160a01b0382166104015760405163d92e233d60e01b815260040160405180910390fd5b5f610412848663ffffffff16610f85565b90508034101561043e5760405163180e21d960e31b81526004810182905234602482015260440161038b565b604080516101608101825233815263ffffffff87811660208084019182525f8486018181526001606087019081526001600160a01b038b811660808901528a811660a089015260c088018f905260e088018d905234610100890181905261012089015261014088018490528f8452938390529690912085518154945192518616600160c01b0263ffffffff60c01b1993909616600160a01b026001600160c01b03199095169316929092179290921791821683178155935192939291839160ff60e01b1990911664ffffffffff60c01b1990911617600160e01b83600381111561052a5761052a611845565b02179055506080828101516001830180546001600160a01b03199081166001600160a01b039384161790915560a085015160028501805490921690831617905560c0840151600384015560e0840151600484015561010084015160058401556101208401516006840155610140909301516007909201919091556040805189815263ffffffff891660208201529081018790523460608201529185169133918a917f09b0a5a692eaf7f5f030614d982c197dbf75436e8a16ee52c5d017dd790b0404910160405180910390a450505050505050565b61066660408051610160810182525f8082526020820181905291810182905290606082019081526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61066f82610fb5565b604080516101608101825282546001600160a01b038116825263ffffffff600160a01b820481166020840152600160c01b820416928201929092529190606083019060ff600160e01b9091041660038111156106cd576106cd611845565b60038111156106de576106de611845565b815260018201546001600160a01b03908116602083015260028301541660408201526003820154606082015260048201546080820152600582015460a0820152600682015460c082015260079091015460e09091015292915050565b5f61074786868685611006565b60028101549091506001600160a01b031661077857604051631353f5d560e21b81526004810187905260240161038b565b5f805b8381101561082557816001600160a01b031685858381811061079f5761079f611a7d565b90506020028101906107b19190611a91565b6107bf906020810190611a38565b6001600160a01b0316116107e957604051635a419bb560e01b81526004810182905260240161038b565b8484828181106107fb576107fb611a7d565b905060200281019061080d9190611a91565b61081b906020810190611a38565b915060010161077b565b506108338783888887611165565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001888863ffffffff16604051602001610877929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c6108999190611ac3565b90505f8467ffffffffffffffff8111156108b5576108b5611ad6565b6040519080825280602002602001820160405280156108de578160200160208202803683370190505b5090505f805b86811015610a8857368888838181106108ff576108ff611a7d565b90506020028101906109119190611a91565b60028801549091505f9061092f906001600160a01b03168784611211565b90505f81600481111561094457610944611845565b036109b5576109668d898e61095c6020870187611a38565b8c60040154611536565b6109736020830183611a38565b858561097e81611afe565b96508151811061099057610990611a7d565b60200260200101906001600160a01b031690816001600160a01b031681525050610a7e565b600260015f8f81526020019081526020015f205f8e63ffffffff1663ffffffff1681526020019081526020015f205f845f0160208101906109f69190611a38565b6001600160a01b0316815260208101919091526040015f20805460ff19166001836002811115610a2857610a28611845565b0217905550610a3a6020830183611a38565b6001600160a01b03168d7f28633986a44fd06d8369ea5abe4a3fd7f09c8465ba03b61b5e83cd682c61b75d8e84604051610a75929190611b16565b60405180910390a35b50506001016108e4565b508082528863ffffffff168a7f6380cc0dc25aa94762f832cdcb7f198dac8d4417aa20eb128d09d81c91adb9188a85610ac58a6004015487610f85565b604051610ad493929190611b40565b60405180910390a350505050505050505050565b610af061162b565b335f9081526003602052604081205490819003610b2057604051630686827b60e51b815260040160405180910390fd5b335f90815260036020526040812081905560048054839290610b43908490611b9e565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610bbc576040519150601f19603f3d011682016040523d82523d5f602084013e610bc1565b606091505b5050905080610bec57604051630e21dcbb60e11b81523360048201526024810183905260440161038b565b5050610c1760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b565b5f610c2686868685611006565b60028101549091506001600160a01b031615610c58576040516374ea19b560e01b81526004810187905260240161038b565b5f805b83811015610cef57816001600160a01b0316858583818110610c7f57610c7f611a7d565b9050602002016020810190610c949190611a38565b6001600160a01b031611610cbe57604051635a419bb560e01b81526004810182905260240161038b565b848482818110610cd057610cd0611a7d565b9050602002016020810190610ce59190611a38565b9150600101610c5b565b50610cfd8783888887611165565b60048201545f5b84811015610d4757610d3f89858a898986818110610d2457610d24611a7d565b9050602002016020810190610d399190611a38565b86611536565b600101610d04565b5063ffffffff8716887f6380cc0dc25aa94762f832cdcb7f198dac8d4417aa20eb128d09d81c91adb918888888610d7e8782610f85565b604051610d8e9493929190611bb1565b60405180910390a35050505050505050565b5f83815260016020908152604080832063ffffffff8616845282528083206001600160a01b038516845290915290205460ff165b9392505050565b5f610de582610fb5565b60018101549091506001600160a01b03163314801590610e0f575080546001600160a01b03163314155b15610e2f57604051633fb0e97f60e21b815233600482015260240161038b565b610e398282611659565b5f610e458260026116dd565b60078301546040805191825260208201839052919250339185917f28291a99d10e7f79980d84139ee1fabe582d24e5e7ec62953ece66edfc89dde1910160405180910390a3505050565b5f60025f83815260208190526040902054600160e01b900460ff166003811115610ebb57610ebb611845565b1492915050565b5f610ecc82610fb5565b80549091506001600160a01b03163314610efb5760405163e7f1421f60e01b815233600482015260240161038b565b610f058282611659565b5f610f118260036116dd565b9050827f1e10c52e52861084260c4c9874e276b25110e05b2087854bdc3a27e35a5f8c7f836007015483604051610f52929190918252602082015260400190565b60405180910390a2505050565b5f82815260026020908152604080832063ffffffff851684529091529020545b92915050565b5f8115801590610f9e5750610f9b825f19611c0e565b83115b15610fab57505f19610f7f565b610dd48284611c21565b5f818152602081905260408120908154600160e01b900460ff166003811115610fe057610fe0611845565b0361100157604051632e3abafd60e01b81526004810183905260240161038b565b919050565b5f61101085610fb5565b60018101549091506001600160a01b031633146110425760405163f01654df60e01b815233600482015260240161038b565b63ffffffff841615806110665750805463ffffffff600160a01b9091048116908516115b1561109f578054604051632729a3eb60e11b815263ffffffff8087166004830152600160a01b909204909116602482015260440161038b565b5f85815260026020908152604080832063ffffffff881684529091529020548015611114578381036110ec5760405163b6ef6c5b60e01b815263ffffffff8616600482015260240161038b565b60405163f639972360e01b815263ffffffff861660048201526024810182905260440161038b565b61111e8683611659565b8361113c576040516375d8729f60e11b815260040160405180910390fd5b825f0361115c576040516308b6a47360e41b815260040160405180910390fd5b50949350505050565b5f611174856004015483610f85565b905084600601548111156111ab57600685015460405163180e21d960e31b815261038b918391600401918252602082015260400190565b5f86815260026020908152604080832063ffffffff80891685529252909120849055855460019187916018916111eb918591600160c01b90910416611c38565b92506101000a81548163ffffffff021916908363ffffffff160217905550505050505050565b6040805160e0810182525f80825260208083018290526060838501819052808401839052608084015260a0830182905260c08301829052925163bd2babb560e01b8152928401356004840152916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bd2babb5906024015f60405180830381865afa9250505080156112ce57506040513d5f823e601f3d908101601f191682016040526112cb9190810190611d2a565b60015b6112dc576001915050610dd4565b90506112eb6020840184611a38565b6001600160a01b0316815f01516001600160a01b031614611310576002915050610dd4565b60408051600580825260c082019092525f916020820160a08036833701905050905081606001515f1c815f8151811061134b5761134b611a7d565b602002602001018181525050816020015167ffffffffffffffff168160018151811061137957611379611a7d565b602002602001018181525050848160028151811061139957611399611a7d565b60209081029190910101528051604085013590829060039081106113bf576113bf611a7d565b60209081029190910101528051606085013590829060049081106113e5576113e5611a7d565b60209081029190910101526113fe603f620927c0611c0e565b61140b90620927c0611e0f565b61141790612710611e0f565b5a101561143b575a604051633d55eb6760e21b815260040161038b91815260200190565b5f806001600160a01b038816620927c06114586080890189611e22565b8660405160240161146b93929190611e65565b60408051601f198184030181529181526020820180516001600160e01b0316633f27bd4560e11b179052516114a09190611edd565b5f604051808303818686fa925050503d805f81146114d9576040519150601f19603f3d011682016040523d82523d5f602084013e6114de565b606091505b50915091508115806114f257508051602014155b15611504576004945050505050610dd4565b808060200190518101906115189190611ef3565b611529576003945050505050610dd4565b505f979650505050505050565b80846006015f8282546115499190611b9e565b9250508190555080846007015f8282546115639190611e0f565b925050819055508060045f82825461157b9190611e0f565b90915550506001600160a01b0382165f90815260036020526040812080548392906115a7908490611e0f565b90915550505f85815260016020818152604080842063ffffffff88168086529083528185206001600160a01b03881680875290845294829020805460ff1916909417909355805192835290820184905287917feb3f39c49c98c2ac6c185d15a05544f014792bef5f29fd97b104b1d183f7d27f910160405180910390a35050505050565b611633611761565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60028154600160e01b900460ff16600381111561167857611678611845565b03611699576040516358cb522560e11b81526004810183905260240161038b565b60038154600160e01b900460ff1660038111156116b8576116b8611845565b036116d957604051634dd9574f60e11b81526004810183905260240161038b565b5050565b6006820180545f90915582548290849060ff60e01b1916600160e01b83600381111561170b5761170b611845565b02179055508015610f7f5782546001600160a01b03165f908152600360205260408120805483929061173e908490611e0f565b925050819055508060045f8282546117569190611e0f565b909155505092915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610c1757604051633ee5aeb560e01b815260040160405180910390fd5b803563ffffffff81168114611001575f5ffd5b6001600160a01b03811681146117ca575f5ffd5b50565b5f5f5f5f5f5f60c087890312156117e2575f5ffd5b86359550602087013594506117f9604088016117a3565b9350606087013592506080870135611810816117b6565b915060a0870135611820816117b6565b809150509295509295509295565b5f6020828403121561183e575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6004811061186957611869611845565b9052565b81516001600160a01b0316815261016081016020830151611896602084018263ffffffff169052565b5060408301516118ae604084018263ffffffff169052565b5060608301516118c16060840182611859565b5060808301516118dc60808401826001600160a01b03169052565b5060a08301516118f760a08401826001600160a01b03169052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015292915050565b5f5f83601f840112611946575f5ffd5b50813567ffffffffffffffff81111561195d575f5ffd5b6020830191508360208260051b8501011115611977575f5ffd5b9250929050565b5f5f5f5f5f60808688031215611992575f5ffd5b853594506119a2602087016117a3565b935060408601359250606086013567ffffffffffffffff8111156119c4575f5ffd5b6119d088828901611936565b969995985093965092949392505050565b5f5f5f606084860312156119f3575f5ffd5b83359250611a03602085016117a3565b91506040840135611a13816117b6565b809150509250925092565b6020810160038310611a3257611a32611845565b91905290565b5f60208284031215611a48575f5ffd5b8135610dd4816117b6565b5f5f60408385031215611a64575f5ffd5b82359150611a74602084016117a3565b90509250929050565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e19833603018112611aa5575f5ffd5b9190910192915050565b634e487b7160e01b5f52601260045260245ffd5b5f82611ad157611ad1611aaf565b500690565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201611b0f57611b0f611aea565b5060010190565b63ffffffff831681526040810160058310611b3357611b33611845565b8260208301529392505050565b5f60608201858352606060208401528085518083526080850191506020870192505f5b81811015611b8a5783516001600160a01b0316835260209384019390920191600101611b63565b505060409390930193909352509392505050565b81810381811115610f7f57610f7f611aea565b84815260606020820181905281018390525f8460808301825b86811015611bfa578235611bdd816117b6565b6001600160a01b0316825260209283019290910190600101611bca565b506040939093019390935250949350505050565b5f82611c1c57611c1c611aaf565b500490565b8082028115828204841417610f7f57610f7f611aea565b63ffffffff8181168382160190811115610f7f57610f7f611aea565b60405160e0810167ffffffffffffffff81118282101715611c7757611c77611ad6565b60405290565b8051611001816117b6565b805167ffffffffffffffff81168114611001575f5ffd5b5f82601f830112611cae575f5ffd5b815167ffffffffffffffff811115611cc857611cc8611ad6565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611cf757611cf7611ad6565b604052818152838201602001851015611d0e575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215611d3a575f5ffd5b815167ffffffffffffffff811115611d50575f5ffd5b820160e08185031215611d61575f5ffd5b611d69611c54565b611d7282611c7d565b8152611d8060208301611c88565b6020820152604082015167ffffffffffffffff811115611d9e575f5ffd5b611daa86828501611c9f565b60408301525060608281015190820152608082015167ffffffffffffffff811115611dd3575f5ffd5b611ddf86828501611c9f565b608083015250611df160a08301611c88565b60a0820152611e0260c08301611c88565b60c0820152949350505050565b80820180821115610f7f57610f7f611aea565b5f5f8335601e19843603018112611e37575f5ffd5b83018035915067ffffffffffffffff821115611e51575f5ffd5b602001915036819003821315611977575f5ffd5b60408152826040820152828460608301375f606084830101525f601f19601f85011682016060810160608483030160208501528085518083526080840191506020870193505f92505b80831015611ed15783518252602082019150602084019350600183019250611eae565b50979650505050505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215611f03575f5ffd5b81518015158114610dd4575f5ffdfea2646970667358221220e0b963b6b290ac97ed6ace72377ef0db62255d2eac2b3025edccda8cfc62ca6164736f6c63430008250033",
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

// PackRecordProvenRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3331a3d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordProvenRound(bytes32 taskId, uint32 round, bytes32 resultHash, (address,bytes32,uint256[2],bytes)[] contributions) returns()
func (taskEscrow *TaskEscrow) PackRecordProvenRound(taskId [32]byte, round uint32, resultHash [32]byte, contributions []TaskEscrowContribution) []byte {
	enc, err := taskEscrow.abi.Pack("recordProvenRound", taskId, round, resultHash, contributions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordProvenRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3331a3d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordProvenRound(bytes32 taskId, uint32 round, bytes32 resultHash, (address,bytes32,uint256[2],bytes)[] contributions) returns()
func (taskEscrow *TaskEscrow) TryPackRecordProvenRound(taskId [32]byte, round uint32, resultHash [32]byte, contributions []TaskEscrowContribution) ([]byte, error) {
	return taskEscrow.abi.Pack("recordProvenRound", taskId, round, resultHash, contributions)
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
