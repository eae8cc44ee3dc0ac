// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Reentrant
/// @notice Test-only attacker: it forwards calls to `target` and, when it receives
/// ether, calls `target` again with `reentryData` once. Used by the Go tests to
/// check that TaskEscrow.withdraw and NodeRegistry.withdrawStake cannot be
/// re-entered. Never deployed outside tests; has no Go binding.
contract Reentrant {
    /// @notice Contract under attack.
    address public immutable target;
    /// @notice Calldata sent to `target` from `receive`; empty disables re-entry.
    bytes public reentryData;
    /// @notice If true, a failed re-entry makes `receive` revert with the same data.
    bool public bubble;
    /// @notice How many times `receive` tried to re-enter.
    uint256 public attempts;
    /// @notice Revert data of the last failed re-entry (empty if none failed).
    bytes public lastRevert;

    /// @param target_ Contract under attack.
    constructor(address target_) {
        target = target_;
    }

    /// @notice Arms (or, with empty data, disarms) the re-entry.
    function arm(bytes calldata data, bool bubble_) external {
        reentryData = data;
        bubble = bubble_;
    }

    /// @notice Calls `target` with `data` and msg.value, bubbling up a revert.
    function execute(bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call{value: msg.value}(data);
        if (!ok) _bubble(ret);
        return ret;
    }

    /// @notice Calls `to` with `data` and msg.value, bubbling up a revert: e.g.
    /// to register the attacker as a node, which the escrow pays only.
    function executeOn(address to, bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call{value: msg.value}(data);
        if (!ok) _bubble(ret);
        return ret;
    }

    receive() external payable {
        if (reentryData.length == 0 || attempts > 0) return;
        attempts += 1;
        (bool ok, bytes memory ret) = target.call(reentryData);
        if (!ok) {
            if (bubble) _bubble(ret);
            lastRevert = ret;
        }
    }

    function _bubble(bytes memory ret) private pure {
        assembly {
            revert(add(ret, 32), mload(ret))
        }
    }
}
