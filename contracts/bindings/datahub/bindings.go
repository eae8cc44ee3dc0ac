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
	SchemaHash     [32]byte
	CommitmentRoot [32]byte
	MetadataURI    string
	RegisteredAt   uint64
	UpdatedAt      uint64
}

// DataHubSchema is an auto generated low-level Go binding around an user-defined struct.
type DataHubSchema struct {
	Name         string
	Version      string
	Uri          string
	RegisteredAt uint64
}

// DataHubMetaData contains all meta data concerning the DataHub contract.
var DataHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"DatasetExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptySchemaName\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotActiveNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"}],\"name\":\"SchemaExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"registered\",\"type\":\"bytes32\"}],\"name\":\"SchemaVersionTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"UnknownDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"}],\"name\":\"UnknownSchema\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRows\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroSchemaHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"SchemaRegistered\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"datasetAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"}],\"name\":\"datasetIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"datasetsOf\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"getDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"}],\"internalType\":\"structDataHub.Dataset\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"}],\"name\":\"getSchema\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"internalType\":\"structDataHub.Schema\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"}],\"name\":\"hasSchema\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"registerDataset\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"registerSchema\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractINodeActivity\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"schemaOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"schemas\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitmentRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"updateDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataHub",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516118db3803806118db83398101604081905261002e91610109565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100658161009f565b506001600160a01b03821661008d5760405163d92e233d60e01b815260040160405180910390fd5b506001600160a01b031660805261013a565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610104575f5ffd5b919050565b5f5f6040838503121561011a575f5ffd5b610123836100ee565b9150610131602084016100ee565b90509250929050565b6080516117826101595f395f81816101d40152610f6f01526117825ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c806383c1bf081161009e578063a2ea7c6e1161006e578063a2ea7c6e14610259578063bd2babb514610279578063d1c5ba3814610299578063f24358b9146102ac578063f2fde38b146102bf575f5ffd5b806383c1bf081461020e5780638da5cb5b146102215780638e0485d9146102315780638e4d5fd914610246575f5ffd5b806355249587116100d9578063552495871461019f578063604e1d8d146101b2578063715018a6146101c75780637b103999146101cf575f5ffd5b806302d66fc21461010a57806305aa94841461014c57806338a699a41461016d5780633c8935b914610197575b5f5ffd5b61013761011836600461104a565b5f908152600160205260409020600301546001600160401b0316151590565b60405190151581526020015b60405180910390f35b61015f61015a3660046110a5565b6102d2565b604051908152602001610143565b61013761017b36600461104a565b5f908152600460205260409020546001600160a01b0316151590565b60065461015f565b61015f6101ad36600461104a565b61031b565b6101c56101c036600461110f565b610379565b005b6101c561062c565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610143565b61015f61021c3660046111b4565b61063f565b5f546001600160a01b03166101f6565b6102396108aa565b6040516101439190611223565b61023961025436600461127b565b610900565b61026c61026736600461104a565b610969565b60405161014391906112c9565b61028c61028736600461104a565b610bad565b604051610143919061133f565b61015f6102a73660046113cb565b610d23565b6101c56102ba3660046111b4565b610d69565b6101c56102cd36600461127b565b610ea2565b5f60025f868686866040516020016102ed949392919061141b565b6040516020818303038152906040528051906020012081526020019081526020015f20549050949350505050565b6006545f908210610356576006546040516394666f0d60e01b815261034d918491600401918252602082015260400190565b60405180910390fd5b600682815481106103695761036961144c565b905f5260205f2001549050919050565b610381610edf565b8661039f57604051630e93f2ed60e21b815260040160405180910390fd5b8415806103aa575082155b156103c8576040516307bd8e7960e51b815260040160405180910390fd5b5f878152600160205260409020600301546001600160401b03161561040357604051631e4ca3b360e01b81526004810188905260240161034d565b5f8686868660405160200161041b949392919061141b565b60408051601f1981840301815291815281516020928301205f8181526002909352912054909150801561046b57878787878460405163a7b81b4360e01b815260040161034d959493929190611460565b5f828152600260209081526040918290208b9055815160a0601f8b01839004909202810182019092526080820189815282918b908b90819085018382808284375f92019190915250505090825250604080516020601f8a01819004810282018101909252888152918101919089908990819084018382808284375f92019190915250505090825250604080516020601f8801819004810282018101909252868152918101919087908790819084018382808284375f9201829052509385525050506001600160401b0342166020928301528b815260019091526040902081518190610556908261153c565b506020820151600182019061056b908261153c565b5060408201516002820190610580908261153c565b50606091909101516003918201805467ffffffffffffffff19166001600160401b0390921691909117905580546001810182555f919091527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b0189905560405189907f0a898017b704dc87572ea42ebe3aaad9148cf8cf66e045ffe61c447d3342a36690610619908b908b908b908b908b908b906115fa565b60405180910390a2505050505050505050565b610634610edf565b61063d5f610f0b565b565b5f610648610f5a565b5f868152600160205260408120600301546001600160401b031690036106845760405163150f2e8760e11b81526004810187905260240161034d565b61068e3387610d23565b5f818152600460205260409020549091506001600160a01b0316156106c957604051631084f4a560e01b81526004810182905260240161034d565b6106d38585610fff565b5f4290506040518060e00160405280336001600160a01b03168152602001876001600160401b0316815260200188815260200186815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506001600160401b03808516602080850182905260409485019190915286835260048152918390208451815493860151909216600160a01b026001600160e01b03199093166001600160a01b039092169190911791909117815590820151600182015560608201516002820155608082015160038201906107c3908261153c565b5060a08201516004909101805460c0909301516001600160401b03908116600160401b026fffffffffffffffffffffffffffffffff19909416921691909117919091179055335f8181526005602090815260408083208054600181810183559185529284209092018690556006805492830181559092527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f018490555188919084907f145ad719a333fd2c94e97432384ad57fb8e65eeef96a6deb411f860d635fd41c90610898908b908b908b908b90611642565b60405180910390a45095945050505050565b606060038054806020026020016040519081016040528092919081815260200182805480156108f657602002820191905f5260205f20905b8154815260200190600101908083116108e2575b5050505050905090565b6001600160a01b0381165f9081526005602090815260409182902080548351818402810184019094528084526060939283018282801561095d57602002820191905f5260205f20905b815481526020019060010190808311610949575b50505050509050919050565b61099c60405180608001604052806060815260200160608152602001606081526020015f6001600160401b031681525090565b5f82815260016020526040908190208151608081019092528054829082906109c3906114ad565b80601f01602080910402602001604051908101604052809291908181526020018280546109ef906114ad565b8015610a3a5780601f10610a1157610100808354040283529160200191610a3a565b820191905f5260205f20905b815481529060010190602001808311610a1d57829003601f168201915b50505050508152602001600182018054610a53906114ad565b80601f0160208091040260200160405190810160405280929190818152602001828054610a7f906114ad565b8015610aca5780601f10610aa157610100808354040283529160200191610aca565b820191905f5260205f20905b815481529060010190602001808311610aad57829003601f168201915b50505050508152602001600282018054610ae3906114ad565b80601f0160208091040260200160405190810160405280929190818152602001828054610b0f906114ad565b8015610b5a5780601f10610b3157610100808354040283529160200191610b5a565b820191905f5260205f20905b815481529060010190602001808311610b3d57829003601f168201915b5050509183525050600391909101546001600160401b039081166020909201919091526060820151919250165f03610ba85760405163150f2e8760e11b81526004810183905260240161034d565b919050565b6040805160e0810182525f808252602082018190529181018290526060808201839052608082015260a0810182905260c08101919091525f82815260046020908152604091829020825160e08101845281546001600160a01b0381168252600160a01b90046001600160401b03169281019290925260018101549282019290925260028201546060820152600382018054919291608084019190610c50906114ad565b80601f0160208091040260200160405190810160405280929190818152602001828054610c7c906114ad565b8015610cc75780601f10610c9e57610100808354040283529160200191610cc7565b820191905f5260205f20905b815481529060010190602001808311610caa57829003601f168201915b5050509183525050600491909101546001600160401b038082166020840152600160401b9091041660409091015280519091506001600160a01b0316610ba857604051633c94bec560e01b81526004810183905260240161034d565b6040516bffffffffffffffffffffffff19606084901b166020820152603481018290525f9060540160405160208183030381529060405280519060200120905092915050565b610d71610f5a565b5f85815260046020526040902080546001600160a01b0316610da957604051633c94bec560e01b81526004810187905260240161034d565b80546001600160a01b03163314610de8578054604051638eaccdc160e01b8152600481018890526001600160a01b03909116602482015260440161034d565b610df28585610fff565b805467ffffffffffffffff60a01b1916600160a01b6001600160401b038716021781556002810184905560038101610e2b838583611674565b506004810180546fffffffffffffffff00000000000000001916600160401b426001600160401b031602179055604051339087907f8495d416b2c971a1b33799b26fa6f8d9f57b298911985abf918ae07ff188c60f90610e92908990899089908990611642565b60405180910390a3505050505050565b610eaa610edf565b6001600160a01b038116610ed357604051631e4fbdf760e01b81525f600482015260240161034d565b610edc81610f0b565b50565b5f546001600160a01b0316331461063d5760405163118cdaa760e01b815233600482015260240161034d565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b604051639f8a13d760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639f8a13d790602401602060405180830381865afa158015610fbc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fe0919061172d565b61063d576040516364a2883f60e11b815233600482015260240161034d565b816001600160401b03165f0361102857604051631b9a111360e11b815260040160405180910390fd5b80611046576040516351bda03d60e01b815260040160405180910390fd5b5050565b5f6020828403121561105a575f5ffd5b5035919050565b5f5f83601f840112611071575f5ffd5b5081356001600160401b03811115611087575f5ffd5b60208301915083602082850101111561109e575f5ffd5b9250929050565b5f5f5f5f604085870312156110b8575f5ffd5b84356001600160401b038111156110cd575f5ffd5b6110d987828801611061565b90955093505060208501356001600160401b038111156110f7575f5ffd5b61110387828801611061565b95989497509550505050565b5f5f5f5f5f5f5f6080888a031215611125575f5ffd5b8735965060208801356001600160401b03811115611141575f5ffd5b61114d8a828b01611061565b90975095505060408801356001600160401b0381111561116b575f5ffd5b6111778a828b01611061565b90955093505060608801356001600160401b03811115611195575f5ffd5b6111a18a828b01611061565b989b979a50959850939692959293505050565b5f5f5f5f5f608086880312156111c8575f5ffd5b8535945060208601356001600160401b03811681146111e5575f5ffd5b93506040860135925060608601356001600160401b03811115611206575f5ffd5b61121288828901611061565b969995985093965092949392505050565b602080825282518282018190525f918401906040840190835b8181101561125a57835183526020938401939092019160010161123c565b509095945050505050565b80356001600160a01b0381168114610ba8575f5ffd5b5f6020828403121561128b575f5ffd5b61129482611265565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f8251608060208401526112e460a084018261129b565b90506020840151601f19848303016040850152611301828261129b565b9150506040840151601f1984830301606085015261131f828261129b565b9150506001600160401b0360608501511660808401528091505092915050565b6020815260018060a01b0382511660208201526001600160401b03602083015116604082015260408201516060820152606082015160808201525f608083015160e060a084015261139461010084018261129b565b90506001600160401b0360a08501511660c084015260c08401516113c360e08501826001600160401b03169052565b509392505050565b5f5f604083850312156113dc575f5ffd5b6113e583611265565b946020939093013593505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61142e6040830186886113f3565b82810360208401526114418185876113f3565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b606081525f6114736060830187896113f3565b82810360208401526114868186886113f3565b9150508260408301529695505050505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806114c157607f821691505b6020821081036114df57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115611537578282111561153757805f5260205f20601f840160051c602085101561151057505f5b90810190601f840160051c035f5b81811015611533575f8382015560010161151e565b5050505b505050565b81516001600160401b0381111561155557611555611499565b6115698161156384546114ad565b846114e5565b6020601f82116001811461159b575f83156115845750848201515b5f19600385901b1c1916600184901b1784556115f3565b5f84815260208120601f198516915b828110156115ca57878501518255602094850194600190920191016115aa565b50848210156115e757868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b606081525f61160d60608301888a6113f3565b82810360208401526116208187896113f3565b905082810360408401526116358185876113f3565b9998505050505050505050565b6001600160401b0385168152836020820152606060408201525f61166a6060830184866113f3565b9695505050505050565b6001600160401b0383111561168b5761168b611499565b61169f8361169983546114ad565b836114e5565b5f601f8411600181146116d0575f85156116b95750838201355b5f19600387901b1c1916600186901b1783556115f3565b5f83815260208120601f198716915b828110156116ff57868501358255602094850194600190920191016116df565b508682101561171b575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f6020828403121561173d575f5ffd5b81518015158114611294575f5ffdfea26469706673582212209d4b69c1143b47e2dcb4f080a53cae12472dee3bbf3f3396ccf121278de51a4764736f6c63430008250033",
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
// Solidity: constructor(address registry_, address owner_) returns()
func (dataHub *DataHub) PackConstructor(registry_ common.Address, owner_ common.Address) []byte {
	enc, err := dataHub.abi.Pack("", registry_, owner_)
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
// the contract method with ID 0xd1c5ba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetIdOf(address owner, bytes32 schemaHash) pure returns(bytes32)
func (dataHub *DataHub) PackDatasetIdOf(owner common.Address, schemaHash [32]byte) []byte {
	enc, err := dataHub.abi.Pack("datasetIdOf", owner, schemaHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1c5ba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetIdOf(address owner, bytes32 schemaHash) pure returns(bytes32)
func (dataHub *DataHub) TryPackDatasetIdOf(owner common.Address, schemaHash [32]byte) ([]byte, error) {
	return dataHub.abi.Pack("datasetIdOf", owner, schemaHash)
}

// UnpackDatasetIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1c5ba38.
//
// Solidity: function datasetIdOf(address owner, bytes32 schemaHash) pure returns(bytes32)
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
// Solidity: function getDataset(bytes32 datasetId) view returns((address,uint64,bytes32,bytes32,string,uint64,uint64) d)
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
// Solidity: function getDataset(bytes32 datasetId) view returns((address,uint64,bytes32,bytes32,string,uint64,uint64) d)
func (dataHub *DataHub) TryPackGetDataset(datasetId [32]byte) ([]byte, error) {
	return dataHub.abi.Pack("getDataset", datasetId)
}

// UnpackGetDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd2babb5.
//
// Solidity: function getDataset(bytes32 datasetId) view returns((address,uint64,bytes32,bytes32,string,uint64,uint64) d)
func (dataHub *DataHub) UnpackGetDataset(data []byte) (DataHubDataset, error) {
	out, err := dataHub.abi.Unpack("getDataset", data)
	if err != nil {
		return *new(DataHubDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(DataHubDataset)).(*DataHubDataset)
	return out0, nil
}

// PackGetSchema is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2ea7c6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSchema(bytes32 schemaHash) view returns((string,string,string,uint64) s)
func (dataHub *DataHub) PackGetSchema(schemaHash [32]byte) []byte {
	enc, err := dataHub.abi.Pack("getSchema", schemaHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSchema is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2ea7c6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSchema(bytes32 schemaHash) view returns((string,string,string,uint64) s)
func (dataHub *DataHub) TryPackGetSchema(schemaHash [32]byte) ([]byte, error) {
	return dataHub.abi.Pack("getSchema", schemaHash)
}

// UnpackGetSchema is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2ea7c6e.
//
// Solidity: function getSchema(bytes32 schemaHash) view returns((string,string,string,uint64) s)
func (dataHub *DataHub) UnpackGetSchema(data []byte) (DataHubSchema, error) {
	out, err := dataHub.abi.Unpack("getSchema", data)
	if err != nil {
		return *new(DataHubSchema), err
	}
	out0 := *abi.ConvertType(out[0], new(DataHubSchema)).(*DataHubSchema)
	return out0, nil
}

// PackHasSchema is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d66fc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasSchema(bytes32 schemaHash) view returns(bool)
func (dataHub *DataHub) PackHasSchema(schemaHash [32]byte) []byte {
	enc, err := dataHub.abi.Pack("hasSchema", schemaHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasSchema is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d66fc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasSchema(bytes32 schemaHash) view returns(bool)
func (dataHub *DataHub) TryPackHasSchema(schemaHash [32]byte) ([]byte, error) {
	return dataHub.abi.Pack("hasSchema", schemaHash)
}

// UnpackHasSchema is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02d66fc2.
//
// Solidity: function hasSchema(bytes32 schemaHash) view returns(bool)
func (dataHub *DataHub) UnpackHasSchema(data []byte) (bool, error) {
	out, err := dataHub.abi.Unpack("hasSchema", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (dataHub *DataHub) PackOwner() []byte {
	enc, err := dataHub.abi.Pack("owner")
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
func (dataHub *DataHub) TryPackOwner() ([]byte, error) {
	return dataHub.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (dataHub *DataHub) UnpackOwner(data []byte) (common.Address, error) {
	out, err := dataHub.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c1bf08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerDataset(bytes32 schemaHash, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns(bytes32 datasetId)
func (dataHub *DataHub) PackRegisterDataset(schemaHash [32]byte, rows uint64, commitmentRoot [32]byte, metadataURI string) []byte {
	enc, err := dataHub.abi.Pack("registerDataset", schemaHash, rows, commitmentRoot, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c1bf08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerDataset(bytes32 schemaHash, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns(bytes32 datasetId)
func (dataHub *DataHub) TryPackRegisterDataset(schemaHash [32]byte, rows uint64, commitmentRoot [32]byte, metadataURI string) ([]byte, error) {
	return dataHub.abi.Pack("registerDataset", schemaHash, rows, commitmentRoot, metadataURI)
}

// UnpackRegisterDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83c1bf08.
//
// Solidity: function registerDataset(bytes32 schemaHash, uint64 rows, bytes32 commitmentRoot, string metadataURI) returns(bytes32 datasetId)
func (dataHub *DataHub) UnpackRegisterDataset(data []byte) ([32]byte, error) {
	out, err := dataHub.abi.Unpack("registerDataset", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegisterSchema is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x604e1d8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerSchema(bytes32 schemaHash, string name, string version, string uri) returns()
func (dataHub *DataHub) PackRegisterSchema(schemaHash [32]byte, name string, version string, uri string) []byte {
	enc, err := dataHub.abi.Pack("registerSchema", schemaHash, name, version, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterSchema is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x604e1d8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerSchema(bytes32 schemaHash, string name, string version, string uri) returns()
func (dataHub *DataHub) TryPackRegisterSchema(schemaHash [32]byte, name string, version string, uri string) ([]byte, error) {
	return dataHub.abi.Pack("registerSchema", schemaHash, name, version, uri)
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

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (dataHub *DataHub) PackRenounceOwnership() []byte {
	enc, err := dataHub.abi.Pack("renounceOwnership")
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
func (dataHub *DataHub) TryPackRenounceOwnership() ([]byte, error) {
	return dataHub.abi.Pack("renounceOwnership")
}

// PackSchemaOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05aa9484.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schemaOf(string name, string version) view returns(bytes32)
func (dataHub *DataHub) PackSchemaOf(name string, version string) []byte {
	enc, err := dataHub.abi.Pack("schemaOf", name, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchemaOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05aa9484.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schemaOf(string name, string version) view returns(bytes32)
func (dataHub *DataHub) TryPackSchemaOf(name string, version string) ([]byte, error) {
	return dataHub.abi.Pack("schemaOf", name, version)
}

// UnpackSchemaOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05aa9484.
//
// Solidity: function schemaOf(string name, string version) view returns(bytes32)
func (dataHub *DataHub) UnpackSchemaOf(data []byte) ([32]byte, error) {
	out, err := dataHub.abi.Unpack("schemaOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSchemas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e0485d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schemas() view returns(bytes32[])
func (dataHub *DataHub) PackSchemas() []byte {
	enc, err := dataHub.abi.Pack("schemas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchemas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e0485d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schemas() view returns(bytes32[])
func (dataHub *DataHub) TryPackSchemas() ([]byte, error) {
	return dataHub.abi.Pack("schemas")
}

// UnpackSchemas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e0485d9.
//
// Solidity: function schemas() view returns(bytes32[])
func (dataHub *DataHub) UnpackSchemas(data []byte) ([][32]byte, error) {
	out, err := dataHub.abi.Unpack("schemas", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (dataHub *DataHub) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := dataHub.abi.Pack("transferOwnership", newOwner)
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
func (dataHub *DataHub) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return dataHub.abi.Pack("transferOwnership", newOwner)
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
	SchemaHash     [32]byte
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
// Solidity: event DatasetRegistered(bytes32 indexed datasetId, address indexed owner, bytes32 indexed schemaHash, uint64 rows, bytes32 commitmentRoot, string metadataURI)
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

// DataHubOwnershipTransferred represents a OwnershipTransferred event raised by the DataHub contract.
type DataHubOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DataHubOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DataHubOwnershipTransferred) ContractEventName() string {
	return DataHubOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (dataHub *DataHub) UnpackOwnershipTransferredEvent(log *types.Log) (*DataHubOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataHubOwnershipTransferred)
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

// DataHubSchemaRegistered represents a SchemaRegistered event raised by the DataHub contract.
type DataHubSchemaRegistered struct {
	SchemaHash [32]byte
	Name       string
	Version    string
	Uri        string
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataHubSchemaRegisteredEventName = "SchemaRegistered"

// ContractEventName returns the user-defined event name.
func (DataHubSchemaRegistered) ContractEventName() string {
	return DataHubSchemaRegisteredEventName
}

// UnpackSchemaRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SchemaRegistered(bytes32 indexed schemaHash, string name, string version, string uri)
func (dataHub *DataHub) UnpackSchemaRegisteredEvent(log *types.Log) (*DataHubSchemaRegistered, error) {
	event := "SchemaRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataHubSchemaRegistered)
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
	if bytes.Equal(raw[:4], dataHub.abi.Errors["EmptySchemaName"].ID.Bytes()[:4]) {
		return dataHub.UnpackEmptySchemaNameError(raw[4:])
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
	if bytes.Equal(raw[:4], dataHub.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return dataHub.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataHub.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["SchemaExists"].ID.Bytes()[:4]) {
		return dataHub.UnpackSchemaExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["SchemaVersionTaken"].ID.Bytes()[:4]) {
		return dataHub.UnpackSchemaVersionTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["UnknownDataset"].ID.Bytes()[:4]) {
		return dataHub.UnpackUnknownDatasetError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataHub.abi.Errors["UnknownSchema"].ID.Bytes()[:4]) {
		return dataHub.UnpackUnknownSchemaError(raw[4:])
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
	if bytes.Equal(raw[:4], dataHub.abi.Errors["ZeroSchemaHash"].ID.Bytes()[:4]) {
		return dataHub.UnpackZeroSchemaHashError(raw[4:])
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

// DataHubEmptySchemaName represents a EmptySchemaName error raised by the DataHub contract.
type DataHubEmptySchemaName struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptySchemaName()
func DataHubEmptySchemaNameErrorID() common.Hash {
	return common.HexToHash("0xf7b1cf20531545aecde25560571a7c5b1968c20c0aab2b18728a6ec87053852d")
}

// UnpackEmptySchemaNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptySchemaName()
func (dataHub *DataHub) UnpackEmptySchemaNameError(raw []byte) (*DataHubEmptySchemaName, error) {
	out := new(DataHubEmptySchemaName)
	if err := dataHub.abi.UnpackIntoInterface(out, "EmptySchemaName", raw); err != nil {
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

// DataHubOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the DataHub contract.
type DataHubOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func DataHubOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (dataHub *DataHub) UnpackOwnableInvalidOwnerError(raw []byte) (*DataHubOwnableInvalidOwner, error) {
	out := new(DataHubOwnableInvalidOwner)
	if err := dataHub.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the DataHub contract.
type DataHubOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func DataHubOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (dataHub *DataHub) UnpackOwnableUnauthorizedAccountError(raw []byte) (*DataHubOwnableUnauthorizedAccount, error) {
	out := new(DataHubOwnableUnauthorizedAccount)
	if err := dataHub.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubSchemaExists represents a SchemaExists error raised by the DataHub contract.
type DataHubSchemaExists struct {
	SchemaHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SchemaExists(bytes32 schemaHash)
func DataHubSchemaExistsErrorID() common.Hash {
	return common.HexToHash("0x1e4ca3b32a59fefa469672c3af71e4946de89687ab438fa8f32e9438e52f44ac")
}

// UnpackSchemaExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SchemaExists(bytes32 schemaHash)
func (dataHub *DataHub) UnpackSchemaExistsError(raw []byte) (*DataHubSchemaExists, error) {
	out := new(DataHubSchemaExists)
	if err := dataHub.abi.UnpackIntoInterface(out, "SchemaExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataHubSchemaVersionTaken represents a SchemaVersionTaken error raised by the DataHub contract.
type DataHubSchemaVersionTaken struct {
	Name       string
	Version    string
	Registered [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SchemaVersionTaken(string name, string version, bytes32 registered)
func DataHubSchemaVersionTakenErrorID() common.Hash {
	return common.HexToHash("0xa7b81b43db3bc873cafa75b8ac9422064adb44cffa84d26644bc3dee257a883d")
}

// UnpackSchemaVersionTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SchemaVersionTaken(string name, string version, bytes32 registered)
func (dataHub *DataHub) UnpackSchemaVersionTakenError(raw []byte) (*DataHubSchemaVersionTaken, error) {
	out := new(DataHubSchemaVersionTaken)
	if err := dataHub.abi.UnpackIntoInterface(out, "SchemaVersionTaken", raw); err != nil {
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

// DataHubUnknownSchema represents a UnknownSchema error raised by the DataHub contract.
type DataHubUnknownSchema struct {
	SchemaHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSchema(bytes32 schemaHash)
func DataHubUnknownSchemaErrorID() common.Hash {
	return common.HexToHash("0x2a1e5d0e1999168e94472385a445942aee459cd1cc8d67957c956d04826d9c69")
}

// UnpackUnknownSchemaError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSchema(bytes32 schemaHash)
func (dataHub *DataHub) UnpackUnknownSchemaError(raw []byte) (*DataHubUnknownSchema, error) {
	out := new(DataHubUnknownSchema)
	if err := dataHub.abi.UnpackIntoInterface(out, "UnknownSchema", raw); err != nil {
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

// DataHubZeroSchemaHash represents a ZeroSchemaHash error raised by the DataHub contract.
type DataHubZeroSchemaHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSchemaHash()
func DataHubZeroSchemaHashErrorID() common.Hash {
	return common.HexToHash("0x3a4fcbb438e8e9f658f8698c0d91ea8d6d5cdde67b261fc564e7ca6662c73905")
}

// UnpackZeroSchemaHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSchemaHash()
func (dataHub *DataHub) UnpackZeroSchemaHashError(raw []byte) (*DataHubZeroSchemaHash, error) {
	out := new(DataHubZeroSchemaHash)
	if err := dataHub.abi.UnpackIntoInterface(out, "ZeroSchemaHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}
