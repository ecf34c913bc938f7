// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie farm shares: community-supported agriculture paid in loyalty points
/// @notice Built into every Coterie node at 0x000000000000000000000000000000000000100f. A farm
/// (FARM_ROLE in the Roles precompile 0x…1000) offers a season under an id of its choosing: a
/// name, N shares, a price per share in the points of a transferable loyalty program (the ERC-20
/// at 0x…2000 + programId), a season start (block timestamp, in the future) and 1 to 52 planned
/// delivery dates, ascending, from the start on (offerSeason lists them; offerSeasonByInterval
/// plans deliveryCount of them at seasonStart + i * intervalSeconds, i = 0, 1, ...).
/// Members (MEMBER_ROLE) subscribe before the start and pay price * shares to the farm in the same
/// call, through the program token's transferFrom with this precompile as the spender: approve
/// 0x…100f first, or sign an ERC-2612 permit for it and call subscribeWithPermit. A payment that
/// fails reverts the subscription with the token's own error (e.g. ERC20InsufficientAllowance),
/// so shares never change without points moving, and never more than N shares are held. Before
/// the start the farm may refund a member: all the member's shares are freed and their points go
/// back through transferFrom from the farm (the farm approves 0x…100f for refunds); from the start
/// on refunds are refused (SeasonStarted). From the start on the farm binds each planned delivery
/// once to a lot in the Provenance precompile (0x…1004) that is the farm's: the farm created it,
/// or the farm owns its GTIN in the GTIN registry (0x…1009: exact GTIN-14, else the longest
/// company prefix), as Provenance 2 decides who may create lots; recalled lots are refused. A
/// member lists their deliveries with deliveriesOf and traces each lot id over JSON-RPC with
/// provenance_getTrace. Amounts are exact integers (price * shares; no rounding).
/// @dev Storage layout of account 0x…100f (as a Solidity contract):
///   slot 0: mapping(uint256 seasonId => Season), season s at keccak256(pad32(seasonId) . pad32(0)):
///     s+0 farm (0 = no such season), s+1 shares offered, s+2 shares held by members, s+3 programId,
///     s+4 pricePerShare, s+5 seasonStart, s+6 name (string), s+7 uint64[] planned dates,
///     s+8 mapping(uint256 index => bytes32 lotId), s+9 mapping(uint256 index => uint64 deliveredAt),
///     s+10 mapping(address member => uint256 shares)
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (role checks and program, lot and GTIN reads included), 20000 per write of a zero slot, 5000
/// per write changing a non-zero slot (incl. clearing), 100 per unchanged write, 375 + 375 per
/// topic + 8 per data byte per event, and 700 per nested call (the payment on the program token,
/// plus the token's own gas). The figures below are pinned by FarmSharesGasTest (a season named
/// "Summer box" with 4 deliveries); precompile gas, without the transaction's 21000 + calldata.
/// No function accepts value.
interface IFarmShares {
    /// @notice `farm` offered season `seasonId`.
    event SeasonOffered(uint256 indexed seasonId, address indexed farm, string name, uint256 shares, uint256 programId, uint256 pricePerShare, uint64 seasonStart, uint64[] deliveryDates);

    /// @notice `member` subscribed `shares` more shares for `points` points; now holds `memberShares`.
    event SharesSubscribed(uint256 indexed seasonId, address indexed member, uint256 shares, uint256 points, uint256 memberShares);

    /// @notice Delivery `deliveryIndex` (planned at `plannedAt`) of the season is lot `lotId`.
    event DeliveryRecorded(uint256 indexed seasonId, uint256 indexed deliveryIndex, bytes32 indexed lotId, uint64 plannedAt);

    /// @notice The farm refunded all `shares` of `member`, `points` points back.
    event SharesRefunded(uint256 indexed seasonId, address indexed member, uint256 shares, uint256 points);

    /// @notice `account` lacks `neededRole`: offering and delivering need FARM_ROLE, subscribing
    /// MEMBER_ROLE; ask an administrator to grant it.
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);

    /// @notice Season `seasonId` exists already, offered by `farm`; choose another id.
    error SeasonExists(uint256 seasonId, address farm);

    /// @notice No season has id `seasonId`; check the id (SeasonOffered events list them).
    error UnknownSeason(uint256 seasonId);

    /// @notice The season's terms are not acceptable; `reason` says what to change (name of 1 to 64
    /// bytes, at least 1 share, a start after the current block, 1 to 52 ascending deliveries from
    /// the start on, an interval above 0).
    error InvalidSeason(uint256 seasonId, string reason);

    /// @notice Shares cannot be paid in program `programId` at `pricePerShare`; `reason` says why
    /// (price 0, no such program, points not transferable, price * shares beyond uint256).
    error InvalidSeasonPayment(uint256 programId, uint256 pricePerShare, string reason);

    /// @notice Subscribe at least one share.
    error InvalidShareCount(uint256 seasonId, uint256 shares);

    /// @notice Only `available` shares are left; subscribe that many or fewer.
    error SharesSoldOut(uint256 seasonId, uint256 requested, uint256 available);

    /// @notice Subscriptions closed at `seasonStart`.
    error SubscriptionsClosed(uint256 seasonId, uint64 seasonStart);

    /// @notice `account` is not the season's farm `farm`; only it delivers and refunds.
    error NotSeasonFarm(uint256 seasonId, address account, address farm);

    /// @notice The season plans `deliveryCount` deliveries, indexed from 0.
    error UnknownDelivery(uint256 seasonId, uint256 deliveryIndex, uint256 deliveryCount);

    /// @notice The delivery is already bound to `lotId`; a delivery is recorded once.
    error DeliveryAlreadyRecorded(uint256 seasonId, uint256 deliveryIndex, bytes32 lotId);

    /// @notice Deliveries are recorded from `seasonStart` on.
    error SeasonNotStarted(uint256 seasonId, uint64 seasonStart);

    /// @notice The Provenance precompile has no lot `lotId`; commission it first.
    error UnknownLot(bytes32 lotId);

    /// @notice Lot `lotId` is not `farm`'s: `creator` created it and `gtinOwner` owns its GTIN (0:
    /// nobody, or a container); deliver a lot you commissioned or whose GTIN you own.
    error LotNotFromFarm(bytes32 lotId, address farm, address creator, address gtinOwner);

    /// @notice Lot `lotId` (or a lot it came from) is recalled; deliver another lot.
    error LotRecalled(bytes32 lotId);

    /// @notice The season started at `seasonStart` (now `now`); refunds end at the start.
    error SeasonStarted(uint256 seasonId, uint64 seasonStart, uint64 now);

    /// @notice `member` holds no shares of the season.
    error NoShares(uint256 seasonId, address member);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Offers season `seasonId` with the listed planned delivery dates; caller: a FARM_ROLE
    /// holder, who becomes the season's farm. Emits SeasonOffered. Gas: 224660.
    function offerSeason(uint256 seasonId, string calldata name, uint256 shares, uint256 programId, uint256 pricePerShare, uint64 seasonStart, uint64[] calldata deliveryDates) external;

    /// @notice As offerSeason, with `deliveryCount` deliveries planned at seasonStart + i *
    /// intervalSeconds. Gas: 222612.
    function offerSeasonByInterval(uint256 seasonId, string calldata name, uint256 shares, uint256 programId, uint256 pricePerShare, uint64 seasonStart, uint256 deliveryCount, uint64 intervalSeconds) external;

    /// @notice Subscribes `shares` more shares, paying pricePerShare * shares points to the farm
    /// (approve 0x…100f first); caller: a MEMBER_ROLE holder, before the start. Returns the shares
    /// now held. Emits SharesSubscribed. Gas: 183212 for a first subscription, 105312 for more.
    function subscribe(uint256 seasonId, uint256 shares) external returns (uint256 memberShares);

    /// @notice As subscribe, submitting the member's ERC-2612 permit (spender 0x…100f, value at
    /// least the price) in the same call. Gas: 186964.
    function subscribeWithPermit(uint256 seasonId, uint256 shares, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256 memberShares);

    /// @notice Refunds all of `member`'s shares before the start; caller: the season's farm, which
    /// approved 0x…100f for the points. Returns the points refunded. Emits SharesRefunded.
    /// Gas: 98756.
    function refund(uint256 seasonId, address member) external returns (uint256 points);

    /// @notice Binds delivery `deliveryIndex` to lot `lotId`, from the start on; caller: the
    /// season's farm, still holding FARM_ROLE. Emits DeliveryRecorded. Gas: 73031 for a lot the
    /// farm created, 100331 for a lot under a company prefix the farm owns.
    function deliver(uint256 seasonId, uint256 deliveryIndex, bytes32 lotId) external;

    /// @notice The season's terms and `sold`, the shares members hold now. Gas: 21476.
    function season(uint256 seasonId) external view returns (address farm, string memory name, uint256 shares, uint256 sold, uint256 programId, uint256 pricePerShare, uint64 seasonStart, uint256 deliveryCount);

    /// @notice Every planned delivery: its date, its lot (0 until delivered) and when it was
    /// recorded (0 until delivered). Gas: 31976 for 4 deliveries.
    function deliverySchedule(uint256 seasonId) external view returns (uint64[] memory plannedAt, bytes32[] memory lotIds, uint64[] memory deliveredAt);

    /// @notice The shares `member` holds in the season. Gas: 7288.
    function sharesOf(uint256 seasonId, address member) external view returns (uint256 shares);

    /// @notice The deliveries recorded so far, in schedule order, with their lot ids, when `member`
    /// holds shares (empty lists otherwise). Gas: 17788 for 4 planned deliveries.
    function deliveriesOf(uint256 seasonId, address member) external view returns (uint256[] memory deliveryIndexes, bytes32[] memory lotIds);
}
