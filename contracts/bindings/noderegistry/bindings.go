// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package noderegistry

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

// NodeRegistryNode is an auto generated low-level Go binding around an user-defined struct.
type NodeRegistryNode struct {
	Name            string
	TlsFingerprint  [32]byte
	Endpoint        string
	Stake           *big.Int
	RegisteredAt    uint64
	ExitRequestedAt uint64
	Status          uint8
}

// NodeRegistryMetaData contains all meta data concerning the NodeRegistry contract.
var NodeRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deregisterDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"DeregisterNotRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"InvalidDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"InvalidSlashAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"availableAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFingerprint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinStake\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"DeregisterRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tlsFingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingStake\",\"type\":\"uint256\"}],\"name\":\"NodeSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tlsFingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"NodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEREGISTER_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLASHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deregisterDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"getNode\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsFingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitRequestedAt\",\"type\":\"uint64\"},{\"internalType\":\"enumNodeRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structNodeRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"listNodes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"tlsFingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tlsFingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"updateNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NodeRegistry",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611c5b380380611c5b83398101604081905261002e9161018f565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00555f82900361007357604051635902e94960e01b815260040160405180910390fd5b6001600160401b038116158061009557506312cc03006001600160401b038216115b156100c2576040516310b0f87560e11b81526001600160401b038216600482015260240160405180910390fd5b60808290526001600160401b03811660a0526100de5f336100e6565b5050506101c9565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610186575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561013e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610189565b505f5b92915050565b5f5f604083850312156101a0575f5ffd5b825160208401519092506001600160401b03811681146101be575f5ffd5b809150509250929050565b60805160a051611a4e61020d5f395f81816102a0015281816105540152610da401525f818161021e01528181610721015281816107560152610cd00152611a4e5ff3fe608060405260043610610126575f3560e01c806373098e7f116100a85780639f8a13d71161006d5780639f8a13d714610364578063a217fddf14610383578063b64e0cca14610396578063bed9d861146103ad578063bfac5990146103c1578063d547741f146103e0575f5ffd5b806373098e7f1461028f578063774caefe146102da57806391d14854146102ed57806396f55bf41461030c5780639d20904814610338575f5ffd5b806336568abe116100ee57806336568abe146101ee578063375b3c0a1461020d5780635095af64146102405780635a627dbc146102735780636da49b831461027b575f5ffd5b806301ffc9a71461012a57806315381fca1461015e578063248a9ca31461017f578063284db474146101bb5780632f2ff15d146101cf575b5f5ffd5b348015610135575f5ffd5b506101496101443660046113c5565b6103ff565b60405190151581526020015b60405180910390f35b348015610169575f5ffd5b5061017d610178366004611430565b610435565b005b34801561018a575f5ffd5b506101ad610199366004611477565b5f9081526020819052604090206001015490565b604051908152602001610155565b3480156101c6575f5ffd5b5061017d6104e2565b3480156101da575f5ffd5b5061017d6101e93660046114a4565b610598565b3480156101f9575f5ffd5b5061017d6102083660046114a4565b6105c2565b348015610218575f5ffd5b506101ad7f000000000000000000000000000000000000000000000000000000000000000081565b34801561024b575f5ffd5b506101ad7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b61017d6105fa565b348015610286575f5ffd5b506003546101ad565b34801561029a575f5ffd5b506102c27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610155565b61017d6102e83660046114ce565b61068a565b3480156102f8575f5ffd5b506101496103073660046114a4565b6109a3565b348015610317575f5ffd5b5061032b610326366004611545565b6109cb565b6040516101559190611565565b348015610343575f5ffd5b506103576103523660046115b0565b610ad3565b604051610155919061160b565b34801561036f575f5ffd5b5061014961037e3660046115b0565b610c8c565b34801561038e575f5ffd5b506101ad5f81565b3480156103a1575f5ffd5b506102c26312cc030081565b3480156103b8575f5ffd5b5061017d610cfe565b3480156103cc575f5ffd5b5061017d6103db3660046116b2565b610ec0565b3480156103eb575f5ffd5b5061017d6103fa3660046114a4565b611042565b5f6001600160e01b03198216637965db0b60e01b148061042f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61043f33611066565b90505f82900361046257604051630103b55560e71b815260040160405180910390fd5b8361048057604051637a8071e360e11b815260040160405180910390fd5b600181018490556002810161049683858361178d565b50336001600160a01b03167fdc67097e64d2221b9ebaa4cf60b0341bf237b95c0067dae3161d99dc9e66dea28585856040516104d49392919061186f565b60405180910390a250505050565b5f6104ec33611066565b60048101805470ffffffffffffffffff00000000000000001916600160401b426001600160401b0381169190910291909117600160811b1790915590915033907fb7dd96957be89ba75f64b8e8a1f1bf80b7dbe102419836dcfa180af94efc61e190610579907f0000000000000000000000000000000000000000000000000000000000000000906118a5565b6040516001600160401b0390911681526020015b60405180910390a250565b5f828152602081905260409020600101546105b281611117565b6105bc8383611124565b50505050565b6001600160a01b03811633146105eb5760405163334bd91960e11b815260040160405180910390fd5b6105f582826111b3565b505050565b5f61060433611066565b9050345f03610634576040516322df051360e11b8152600160048201525f60248201526044015b60405180910390fd5b34816003015f82825461064791906118c4565b9091555050600381015460405133917f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d434124409161058d91348252602082015260400190565b5f335f90815260016020526040902060040154600160801b900460ff1660028111156106b8576106b86115f7565b146106d8576040516345ed80e960e01b815233600482015260240161062b565b8315806106e3575080155b1561070157604051630103b55560e71b815260040160405180910390fd5b8261071f57604051637a8071e360e11b815260040160405180910390fd5b7f0000000000000000000000000000000000000000000000000000000000000000341015610788576040516322df051360e11b81527f0000000000000000000000000000000000000000000000000000000000000000600482015234602482015260440161062b565b6040518060e0016040528086868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250602080820186905260408051601f860183900483028101830182528581529201919085908590819084018382808284375f9201829052509385525050346020840152506001600160401b0342166040830152606082015260800160019052335f9081526001602052604090208151819061084590826118d7565b50602082015160018201556040820151600282019061086490826118d7565b5060608201516003820155608082015160048201805460a08501516001600160401b03908116600160401b026fffffffffffffffffffffffffffffffff199092169316929092179190911780825560c0840151919060ff60801b1916600160801b8360028111156108d7576108d76115f7565b021790555050335f9081526002602052604090205460ff16905061095157335f818152600260205260408120805460ff191660019081179091556003805491820181559091527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b0180546001600160a01b03191690911790555b336001600160a01b03167f15b51a6ac4c22e6b31eabaadc52f49da09700d727de30b07266aa42079acea4386868686863460405161099496959493929190611991565b60405180910390a25050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6003546060908084106109ed575050604080515f81526020810190915261042f565b5f836109f986846119d1565b10610a0d57610a0884866118c4565b610a0f565b815b9050610a1b85826119d1565b6001600160401b03811115610a3257610a326116eb565b604051908082528060200260200182016040528015610a5b578160200160208202803683370190505b509250845b81811015610aca5760038181548110610a7b57610a7b6119e4565b5f918252602090912001546001600160a01b031684610a9a88846119d1565b81518110610aaa57610aaa6119e4565b6001600160a01b0390921660209283029190910190910152600101610a60565b50505092915050565b610adb611325565b6001600160a01b0382165f9081526001602052604090819020815160e08101909252805482908290610b0c906116ff565b80601f0160208091040260200160405190810160405280929190818152602001828054610b38906116ff565b8015610b835780601f10610b5a57610100808354040283529160200191610b83565b820191905f5260205f20905b815481529060010190602001808311610b6657829003601f168201915b5050505050815260200160018201548152602001600282018054610ba6906116ff565b80601f0160208091040260200160405190810160405280929190818152602001828054610bd2906116ff565b8015610c1d5780601f10610bf457610100808354040283529160200191610c1d565b820191905f5260205f20905b815481529060010190602001808311610c0057829003601f168201915b50505091835250506003820154602082015260048201546001600160401b038082166040840152600160401b8204166060830152608090910190600160801b900460ff166002811115610c7257610c726115f7565b6002811115610c8357610c836115f7565b90525092915050565b6001600160a01b0381165f9081526001602081905260408220906004820154600160801b900460ff166002811115610cc657610cc66115f7565b148015610cf757507f0000000000000000000000000000000000000000000000000000000000000000816003015410155b9392505050565b610d0661121c565b335f908152600160205260408120906004820154600160801b900460ff166002811115610d3557610d356115f7565b03610d555760405163bfc6c33760e01b815233600482015260240161062b565b60026004820154600160801b900460ff166002811115610d7757610d776115f7565b14610d975760405163418f298960e11b815233600482015260240161062b565b60048101545f90610dd9907f000000000000000000000000000000000000000000000000000000000000000090600160401b90046001600160401b03166118a5565b9050806001600160401b0316421015610e10576040516383042abd60e01b81526001600160401b038216600482015260240161062b565b6003820154335f90815260016020526040812090610e2e828261137f565b600182015f9055600282015f610e44919061137f565b505f6003820155600401805470ffffffffffffffffffffffffffffffffff1916905560405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2610ea53382611237565b505050610ebe60015f5160206119f95f395f51905f5255565b565b7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39610eea81611117565b610ef261121c565b6001600160a01b038216610f195760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384165f908152600160205260408120906004820154600160801b900460ff166002811115610f5157610f516115f7565b03610f7a5760405163bfc6c33760e01b81526001600160a01b038616600482015260240161062b565b831580610f8a5750806003015484115b15610fb8576003810154604051638360a2a360e01b815261062b918691600401918252602082015260400190565b83816003015f828254610fcb91906119d1565b909155505060038101546040805186815260208101929092526001600160a01b03808616923392918916917f830c35c014b16acfdc2e4f510612a03957168b872c2abe2436914f37326265d5910160405180910390a461102b8385611237565b506105bc60015f5160206119f95f395f51905f5255565b5f8281526020819052604090206001015461105c81611117565b6105bc83836111b3565b6001600160a01b0381165f908152600160205260408120906004820154600160801b900460ff16600281111561109e5761109e6115f7565b036110c75760405163bfc6c33760e01b81526001600160a01b038316600482015260240161062b565b60016004820154600160801b900460ff1660028111156110e9576110e96115f7565b1461111257604051634022bc5560e01b81526001600160a01b038316600482015260240161062b565b919050565b61112181336112b9565b50565b5f61112f83836109a3565b6111ac575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556111643390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161042f565b505f61042f565b5f6111be83836109a3565b156111ac575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161042f565b6112246112f6565b60025f5160206119f95f395f51905f5255565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611280576040519150601f19603f3d011682016040523d82523d5f602084013e611285565b606091505b50509050806105f557604051630e21dcbb60e11b81526001600160a01b03841660048201526024810183905260440161062b565b6112c382826109a3565b6112f25760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161062b565b5050565b5f5160206119f95f395f51905f5254600203610ebe57604051633ee5aeb560e01b815260040160405180910390fd5b6040518060e00160405280606081526020015f8152602001606081526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f600281111561137a5761137a6115f7565b905290565b50805461138b906116ff565b5f825580601f1061139a575050565b601f0160209004905f5260205f2090610ebe91905f5b808211156105f5575f818401556001016113b0565b5f602082840312156113d5575f5ffd5b81356001600160e01b031981168114610cf7575f5ffd5b5f5f83601f8401126113fc575f5ffd5b5081356001600160401b03811115611412575f5ffd5b602083019150836020828501011115611429575f5ffd5b9250929050565b5f5f5f60408486031215611442575f5ffd5b8335925060208401356001600160401b0381111561145e575f5ffd5b61146a868287016113ec565b9497909650939450505050565b5f60208284031215611487575f5ffd5b5035919050565b80356001600160a01b0381168114611112575f5ffd5b5f5f604083850312156114b5575f5ffd5b823591506114c56020840161148e565b90509250929050565b5f5f5f5f5f606086880312156114e2575f5ffd5b85356001600160401b038111156114f7575f5ffd5b611503888289016113ec565b9096509450506020860135925060408601356001600160401b03811115611528575f5ffd5b611534888289016113ec565b969995985093965092949392505050565b5f5f60408385031215611556575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156115a55783516001600160a01b031683526020938401939092019160010161157e565b509095945050505050565b5f602082840312156115c0575f5ffd5b610cf78261148e565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b602081525f825160e060208401526116276101008401826115c9565b9050602084015160408401526040840151601f1984830301606085015261164e82826115c9565b915050606084015160808401526001600160401b0360808501511660a08401526001600160401b0360a08501511660c084015260c0840151600381106116a257634e487b7160e01b5f52602160045260245ffd5b60e0939093019290925250919050565b5f5f5f606084860312156116c4575f5ffd5b6116cd8461148e565b9250602084013591506116e26040850161148e565b90509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061171357607f821691505b60208210810361173157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105f557828211156105f557805f5260205f20601f840160051c602085101561176257505f5b90810190601f840160051c035f5b81811015611785575f83820155600101611770565b505050505050565b6001600160401b038311156117a4576117a46116eb565b6117b8836117b283546116ff565b83611737565b5f601f8411600181146117e9575f85156117d25750838201355b5f19600387901b1c1916600186901b178355611840565b5f83815260208120601f198716915b8281101561181857868501358255602094850194600190920191016117f8565b5086821015611834575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f611888604083018486611847565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561042f5761042f611891565b8082018082111561042f5761042f611891565b81516001600160401b038111156118f0576118f06116eb565b611904816118fe84546116ff565b84611737565b6020601f821160018114611936575f831561191f5750848201515b5f19600385901b1c1916600184901b178455611840565b5f84815260208120601f198516915b828110156119655787850151825560209485019460019092019101611945565b508482101561198257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608081525f6119a460808301888a611847565b86602084015282810360408401526119bd818688611847565b915050826060830152979650505050505050565b8181038181111561042f5761042f611891565b634e487b7160e01b5f52603260045260245ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a26469706673582212202f80df6c001111ff4c658bdd13640cbdeb8406ca7d35b34fcba03564c769bde864736f6c63430008250033",
}

// NodeRegistry is an auto generated Go binding around an Ethereum contract.
type NodeRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NodeRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewNodeRegistry creates a new instance of NodeRegistry.
func NewNodeRegistry() *NodeRegistry {
	parsed, err := NodeRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NodeRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NodeRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint64 deregisterDelay_) returns()
func (nodeRegistry *NodeRegistry) PackConstructor(minStake_ *big.Int, deregisterDelay_ uint64) []byte {
	enc, err := nodeRegistry.abi.Pack("", minStake_, deregisterDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := nodeRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return nodeRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDEREGISTERDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb64e0cca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DEREGISTER_DELAY() view returns(uint64)
func (nodeRegistry *NodeRegistry) PackMAXDEREGISTERDELAY() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_DEREGISTER_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDEREGISTERDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb64e0cca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DEREGISTER_DELAY() view returns(uint64)
func (nodeRegistry *NodeRegistry) TryPackMAXDEREGISTERDELAY() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_DEREGISTER_DELAY")
}

// UnpackMAXDEREGISTERDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb64e0cca.
//
// Solidity: function MAX_DEREGISTER_DELAY() view returns(uint64)
func (nodeRegistry *NodeRegistry) UnpackMAXDEREGISTERDELAY(data []byte) (uint64, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_DEREGISTER_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackSLASHERROLE() []byte {
	enc, err := nodeRegistry.abi.Pack("SLASHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackSLASHERROLE() ([]byte, error) {
	return nodeRegistry.abi.Pack("SLASHER_ROLE")
}

// UnpackSLASHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackSLASHERROLE(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("SLASHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake() payable returns()
func (nodeRegistry *NodeRegistry) PackAddStake() []byte {
	enc, err := nodeRegistry.abi.Pack("addStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake() payable returns()
func (nodeRegistry *NodeRegistry) TryPackAddStake() ([]byte, error) {
	return nodeRegistry.abi.Pack("addStake")
}

// PackDeregisterDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73098e7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterDelay() view returns(uint64)
func (nodeRegistry *NodeRegistry) PackDeregisterDelay() []byte {
	enc, err := nodeRegistry.abi.Pack("deregisterDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregisterDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73098e7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregisterDelay() view returns(uint64)
func (nodeRegistry *NodeRegistry) TryPackDeregisterDelay() ([]byte, error) {
	return nodeRegistry.abi.Pack("deregisterDelay")
}

// UnpackDeregisterDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73098e7f.
//
// Solidity: function deregisterDelay() view returns(uint64)
func (nodeRegistry *NodeRegistry) UnpackDeregisterDelay(data []byte) (uint64, error) {
	out, err := nodeRegistry.abi.Unpack("deregisterDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d209048.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNode(address node) view returns((string,bytes32,string,uint256,uint64,uint64,uint8))
func (nodeRegistry *NodeRegistry) PackGetNode(node common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("getNode", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d209048.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNode(address node) view returns((string,bytes32,string,uint256,uint64,uint64,uint8))
func (nodeRegistry *NodeRegistry) TryPackGetNode(node common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("getNode", node)
}

// UnpackGetNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d209048.
//
// Solidity: function getNode(address node) view returns((string,bytes32,string,uint256,uint64,uint64,uint8))
func (nodeRegistry *NodeRegistry) UnpackGetNode(data []byte) (NodeRegistryNode, error) {
	out, err := nodeRegistry.abi.Unpack("getNode", data)
	if err != nil {
		return *new(NodeRegistryNode), err
	}
	out0 := *abi.ConvertType(out[0], new(NodeRegistryNode)).(*NodeRegistryNode)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nodeRegistry *NodeRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address node) view returns(bool)
func (nodeRegistry *NodeRegistry) PackIsActive(node common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("isActive", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address node) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackIsActive(node common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("isActive", node)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address node) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackIsActive(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackListNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96f55bf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listNodes(uint256 offset, uint256 limit) view returns(address[] page)
func (nodeRegistry *NodeRegistry) PackListNodes(offset *big.Int, limit *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("listNodes", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96f55bf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listNodes(uint256 offset, uint256 limit) view returns(address[] page)
func (nodeRegistry *NodeRegistry) TryPackListNodes(offset *big.Int, limit *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("listNodes", offset, limit)
}

// UnpackListNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96f55bf4.
//
// Solidity: function listNodes(uint256 offset, uint256 limit) view returns(address[] page)
func (nodeRegistry *NodeRegistry) UnpackListNodes(data []byte) ([]common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("listNodes", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMinStake() []byte {
	enc, err := nodeRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMinStake() ([]byte, error) {
	return nodeRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackNodeCount() []byte {
	enc, err := nodeRegistry.abi.Pack("nodeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackNodeCount() ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeCount")
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackNodeCount(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("nodeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x774caefe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string name, bytes32 tlsFingerprint, string endpoint) payable returns()
func (nodeRegistry *NodeRegistry) PackRegister(name string, tlsFingerprint [32]byte, endpoint string) []byte {
	enc, err := nodeRegistry.abi.Pack("register", name, tlsFingerprint, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x774caefe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string name, bytes32 tlsFingerprint, string endpoint) payable returns()
func (nodeRegistry *NodeRegistry) TryPackRegister(name string, tlsFingerprint [32]byte, endpoint string) ([]byte, error) {
	return nodeRegistry.abi.Pack("register", name, tlsFingerprint, endpoint)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (nodeRegistry *NodeRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (nodeRegistry *NodeRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x284db474.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDeregister() returns()
func (nodeRegistry *NodeRegistry) PackRequestDeregister() []byte {
	enc, err := nodeRegistry.abi.Pack("requestDeregister")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x284db474.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDeregister() returns()
func (nodeRegistry *NodeRegistry) TryPackRequestDeregister() ([]byte, error) {
	return nodeRegistry.abi.Pack("requestDeregister")
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("revokeRole", role, account)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfac5990.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address node, uint256 amount, address to) returns()
func (nodeRegistry *NodeRegistry) PackSlash(node common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("slash", node, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfac5990.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address node, uint256 amount, address to) returns()
func (nodeRegistry *NodeRegistry) TryPackSlash(node common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("slash", node, amount, to)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nodeRegistry *NodeRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15381fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateNode(bytes32 tlsFingerprint, string endpoint) returns()
func (nodeRegistry *NodeRegistry) PackUpdateNode(tlsFingerprint [32]byte, endpoint string) []byte {
	enc, err := nodeRegistry.abi.Pack("updateNode", tlsFingerprint, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15381fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateNode(bytes32 tlsFingerprint, string endpoint) returns()
func (nodeRegistry *NodeRegistry) TryPackUpdateNode(tlsFingerprint [32]byte, endpoint string) ([]byte, error) {
	return nodeRegistry.abi.Pack("updateNode", tlsFingerprint, endpoint)
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake() returns()
func (nodeRegistry *NodeRegistry) PackWithdrawStake() []byte {
	enc, err := nodeRegistry.abi.Pack("withdrawStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake() returns()
func (nodeRegistry *NodeRegistry) TryPackWithdrawStake() ([]byte, error) {
	return nodeRegistry.abi.Pack("withdrawStake")
}

// NodeRegistryDeregisterRequested represents a DeregisterRequested event raised by the NodeRegistry contract.
type NodeRegistryDeregisterRequested struct {
	Node           common.Address
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const NodeRegistryDeregisterRequestedEventName = "DeregisterRequested"

// ContractEventName returns the user-defined event name.
func (NodeRegistryDeregisterRequested) ContractEventName() string {
	return NodeRegistryDeregisterRequestedEventName
}

// UnpackDeregisterRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeregisterRequested(address indexed node, uint64 withdrawableAt)
func (nodeRegistry *NodeRegistry) UnpackDeregisterRequestedEvent(log *types.Log) (*NodeRegistryDeregisterRequested, error) {
	event := "DeregisterRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryDeregisterRequested)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryNodeRegistered represents a NodeRegistered event raised by the NodeRegistry contract.
type NodeRegistryNodeRegistered struct {
	Node           common.Address
	Name           string
	TlsFingerprint [32]byte
	Endpoint       string
	Stake          *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeRegistered) ContractEventName() string {
	return NodeRegistryNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(address indexed node, string name, bytes32 tlsFingerprint, string endpoint, uint256 stake)
func (nodeRegistry *NodeRegistry) UnpackNodeRegisteredEvent(log *types.Log) (*NodeRegistryNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeRegistered)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryNodeSlashed represents a NodeSlashed event raised by the NodeRegistry contract.
type NodeRegistryNodeSlashed struct {
	Node           common.Address
	Slasher        common.Address
	To             common.Address
	Amount         *big.Int
	RemainingStake *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeSlashedEventName = "NodeSlashed"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeSlashed) ContractEventName() string {
	return NodeRegistryNodeSlashedEventName
}

// UnpackNodeSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeSlashed(address indexed node, address indexed slasher, address indexed to, uint256 amount, uint256 remainingStake)
func (nodeRegistry *NodeRegistry) UnpackNodeSlashedEvent(log *types.Log) (*NodeRegistryNodeSlashed, error) {
	event := "NodeSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeSlashed)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryNodeUpdated represents a NodeUpdated event raised by the NodeRegistry contract.
type NodeRegistryNodeUpdated struct {
	Node           common.Address
	TlsFingerprint [32]byte
	Endpoint       string
	Raw            *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeUpdatedEventName = "NodeUpdated"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeUpdated) ContractEventName() string {
	return NodeRegistryNodeUpdatedEventName
}

// UnpackNodeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeUpdated(address indexed node, bytes32 tlsFingerprint, string endpoint)
func (nodeRegistry *NodeRegistry) UnpackNodeUpdatedEvent(log *types.Log) (*NodeRegistryNodeUpdated, error) {
	event := "NodeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeUpdated)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the NodeRegistry contract.
type NodeRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRoleAdminChanged) ContractEventName() string {
	return NodeRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (nodeRegistry *NodeRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*NodeRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryRoleGranted represents a RoleGranted event raised by the NodeRegistry contract.
type NodeRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRoleGranted) ContractEventName() string {
	return NodeRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (nodeRegistry *NodeRegistry) UnpackRoleGrantedEvent(log *types.Log) (*NodeRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryRoleRevoked represents a RoleRevoked event raised by the NodeRegistry contract.
type NodeRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRoleRevoked) ContractEventName() string {
	return NodeRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (nodeRegistry *NodeRegistry) UnpackRoleRevokedEvent(log *types.Log) (*NodeRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryStakeAdded represents a StakeAdded event raised by the NodeRegistry contract.
type NodeRegistryStakeAdded struct {
	Node   common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (NodeRegistryStakeAdded) ContractEventName() string {
	return NodeRegistryStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(address indexed node, uint256 amount, uint256 stake)
func (nodeRegistry *NodeRegistry) UnpackStakeAddedEvent(log *types.Log) (*NodeRegistryStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryStakeAdded)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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

// NodeRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the NodeRegistry contract.
type NodeRegistryStakeWithdrawn struct {
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (NodeRegistryStakeWithdrawn) ContractEventName() string {
	return NodeRegistryStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed node, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackStakeWithdrawnEvent(log *types.Log) (*NodeRegistryStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
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
func (nodeRegistry *NodeRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["DeregisterNotRequested"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackDeregisterNotRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InvalidDelay"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInvalidDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InvalidSlashAmount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInvalidSlashAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["WithdrawTooEarly"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackWithdrawTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroFingerprint"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroFingerprintError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroMinStake"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroMinStakeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NodeRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the NodeRegistry contract.
type NodeRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func NodeRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (nodeRegistry *NodeRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*NodeRegistryAccessControlBadConfirmation, error) {
	out := new(NodeRegistryAccessControlBadConfirmation)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the NodeRegistry contract.
type NodeRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func NodeRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (nodeRegistry *NodeRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*NodeRegistryAccessControlUnauthorizedAccount, error) {
	out := new(NodeRegistryAccessControlUnauthorizedAccount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the NodeRegistry contract.
type NodeRegistryAlreadyRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address node)
func NodeRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address node)
func (nodeRegistry *NodeRegistry) UnpackAlreadyRegisteredError(raw []byte) (*NodeRegistryAlreadyRegistered, error) {
	out := new(NodeRegistryAlreadyRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryDeregisterNotRequested represents a DeregisterNotRequested error raised by the NodeRegistry contract.
type NodeRegistryDeregisterNotRequested struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeregisterNotRequested(address node)
func NodeRegistryDeregisterNotRequestedErrorID() common.Hash {
	return common.HexToHash("0x831e53120f57b661ff4ed9c126e3084628e195975445126b45253cb285001ab2")
}

// UnpackDeregisterNotRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeregisterNotRequested(address node)
func (nodeRegistry *NodeRegistry) UnpackDeregisterNotRequestedError(raw []byte) (*NodeRegistryDeregisterNotRequested, error) {
	out := new(NodeRegistryDeregisterNotRequested)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "DeregisterNotRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryEmptyField represents a EmptyField error raised by the NodeRegistry contract.
type NodeRegistryEmptyField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField()
func NodeRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0x81daaa801e13353e7fa84f93675fef6c2f0c06cd7a9028b1700243a9bd06cf79")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField()
func (nodeRegistry *NodeRegistry) UnpackEmptyFieldError(raw []byte) (*NodeRegistryEmptyField, error) {
	out := new(NodeRegistryEmptyField)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInsufficientStake represents a InsufficientStake error raised by the NodeRegistry contract.
type NodeRegistryInsufficientStake struct {
	Need *big.Int
	Have *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 need, uint256 have)
func NodeRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 need, uint256 have)
func (nodeRegistry *NodeRegistry) UnpackInsufficientStakeError(raw []byte) (*NodeRegistryInsufficientStake, error) {
	out := new(NodeRegistryInsufficientStake)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInvalidDelay represents a InvalidDelay error raised by the NodeRegistry contract.
type NodeRegistryInvalidDelay struct {
	Delay uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDelay(uint64 delay)
func NodeRegistryInvalidDelayErrorID() common.Hash {
	return common.HexToHash("0x2161f0ea8ac9d2df6be09fc9280de4a45e39780935ab655f721c287d8b575174")
}

// UnpackInvalidDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDelay(uint64 delay)
func (nodeRegistry *NodeRegistry) UnpackInvalidDelayError(raw []byte) (*NodeRegistryInvalidDelay, error) {
	out := new(NodeRegistryInvalidDelay)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InvalidDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInvalidSlashAmount represents a InvalidSlashAmount error raised by the NodeRegistry contract.
type NodeRegistryInvalidSlashAmount struct {
	Amount *big.Int
	Stake  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSlashAmount(uint256 amount, uint256 stake)
func NodeRegistryInvalidSlashAmountErrorID() common.Hash {
	return common.HexToHash("0x8360a2a360f2231a0d6107117ef5fd791eeeb1cb766b2ccdbd09dea35075fb45")
}

// UnpackInvalidSlashAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSlashAmount(uint256 amount, uint256 stake)
func (nodeRegistry *NodeRegistry) UnpackInvalidSlashAmountError(raw []byte) (*NodeRegistryInvalidSlashAmount, error) {
	out := new(NodeRegistryInvalidSlashAmount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InvalidSlashAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotActive represents a NotActive error raised by the NodeRegistry contract.
type NodeRegistryNotActive struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(address node)
func NodeRegistryNotActiveErrorID() common.Hash {
	return common.HexToHash("0x4022bc554c72cf2c9ccd5d09c2ade2b82a349ca5f4d7a60324bb8fda79446fb3")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(address node)
func (nodeRegistry *NodeRegistry) UnpackNotActiveError(raw []byte) (*NodeRegistryNotActive, error) {
	out := new(NodeRegistryNotActive)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotRegistered represents a NotRegistered error raised by the NodeRegistry contract.
type NodeRegistryNotRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address node)
func NodeRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address node)
func (nodeRegistry *NodeRegistry) UnpackNotRegisteredError(raw []byte) (*NodeRegistryNotRegistered, error) {
	out := new(NodeRegistryNotRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the NodeRegistry contract.
type NodeRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func NodeRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (nodeRegistry *NodeRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*NodeRegistryReentrancyGuardReentrantCall, error) {
	out := new(NodeRegistryReentrancyGuardReentrantCall)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryTransferFailed represents a TransferFailed error raised by the NodeRegistry contract.
type NodeRegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func NodeRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackTransferFailedError(raw []byte) (*NodeRegistryTransferFailed, error) {
	out := new(NodeRegistryTransferFailed)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryWithdrawTooEarly represents a WithdrawTooEarly error raised by the NodeRegistry contract.
type NodeRegistryWithdrawTooEarly struct {
	AvailableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawTooEarly(uint64 availableAt)
func NodeRegistryWithdrawTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x83042abd3231f2e242610e61c055e94182c39c59fe4fd59c09468158a5cc6e95")
}

// UnpackWithdrawTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawTooEarly(uint64 availableAt)
func (nodeRegistry *NodeRegistry) UnpackWithdrawTooEarlyError(raw []byte) (*NodeRegistryWithdrawTooEarly, error) {
	out := new(NodeRegistryWithdrawTooEarly)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "WithdrawTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroAddress represents a ZeroAddress error raised by the NodeRegistry contract.
type NodeRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func NodeRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (nodeRegistry *NodeRegistry) UnpackZeroAddressError(raw []byte) (*NodeRegistryZeroAddress, error) {
	out := new(NodeRegistryZeroAddress)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroFingerprint represents a ZeroFingerprint error raised by the NodeRegistry contract.
type NodeRegistryZeroFingerprint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFingerprint()
func NodeRegistryZeroFingerprintErrorID() common.Hash {
	return common.HexToHash("0xf500e3c68fd70a171f1c5dcd5553d307465c553dbeab50c0b58e0bd67cf79e32")
}

// UnpackZeroFingerprintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFingerprint()
func (nodeRegistry *NodeRegistry) UnpackZeroFingerprintError(raw []byte) (*NodeRegistryZeroFingerprint, error) {
	out := new(NodeRegistryZeroFingerprint)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroFingerprint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroMinStake represents a ZeroMinStake error raised by the NodeRegistry contract.
type NodeRegistryZeroMinStake struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMinStake()
func NodeRegistryZeroMinStakeErrorID() common.Hash {
	return common.HexToHash("0x5902e94939a84493c24ac673f34a94b42167daaf92504aebd3b5f1491e353761")
}

// UnpackZeroMinStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMinStake()
func (nodeRegistry *NodeRegistry) UnpackZeroMinStakeError(raw []byte) (*NodeRegistryZeroMinStake, error) {
	out := new(NodeRegistryZeroMinStake)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroMinStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}
