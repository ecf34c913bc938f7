package io.coterie.node.rpc.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the member page in English and Chinese (simplified), side by side: the page's
 * headings and labels, and every message its script shows, including the member-facing sentence for
 * each refusal by its custom error name ({@code error.<Name>}; the relayer's English {@code reason}
 * is shown for a name not listed). {@code {0}}… are filled in by the script.
 */
final class MemberText {
  private static final String[][] ROWS = {
    {"title", "Member account", "会员账户"},
    {
      "intro",
      "Your points, cards and votes, with a passkey: no seed phrase, no fees.",
      "用通行密钥管理积分、会员卡和投票：无需助记词，无需手续费。"
    },
    {"createTitle", "New here?", "第一次使用？"},
    {"displayName", "Name for your passkey", "通行密钥名称"},
    {"create", "Create an account with a passkey", "用通行密钥创建账户"},
    {"signInTitle", "Already a member?", "已是会员？"},
    {"signIn", "Sign in with your passkey", "用通行密钥登录"},
    {"signOut", "Sign out", "退出"},
    {"account", "Account", "账户"},
    {"balance", "Points", "积分"},
    {"tier", "Tier", "等级"},
    {"cards", "Cards", "会员卡"},
    {"noCards", "No card yet.", "暂无会员卡。"},
    {"card", "{0} #{1}, tier {2}", "{0} #{1}，等级 {2}"},
    {"consents", "Consents you gave", "您授予的同意"},
    {"noConsents", "No consent in force.", "没有生效的同意。"},
    {"consent", "{0} may use your data for {1}", "{0} 可将您的数据用于{1}"},
    {"purpose.referral", "referrals", "推荐"},
    {"purpose.review", "reviews", "评价"},
    {"purpose.share", "sharing", "分享"},
    {"purpose.content", "content", "内容"},
    {"role.brand", "Brand", "品牌"},
    {"role.shop", "Shop", "门店"},
    {"transferTitle", "Send points", "转赠积分"},
    {"to", "To (account address)", "接收账户地址"},
    {"amount", "Amount", "数量"},
    {"transfer", "Send", "发送"},
    {"redeemTitle", "Redeem points", "兑换积分"},
    {"redeem", "Redeem", "兑换"},
    {"voteTitle", "Vote", "投票"},
    {"proposal", "Proposal number", "提案编号"},
    {"show", "Show", "查看"},
    {"support", "Your vote", "您的选择"},
    {"for", "For", "赞成"},
    {"against", "Against", "反对"},
    {"abstain", "Abstain", "弃权"},
    {"vote", "Vote", "投票"},
    {
      "proposalInfo",
      "State: {0}. For {1}, against {2}, abstain {3}.",
      "状态：{0}。赞成 {1}，反对 {2}，弃权 {3}。"
    },
    {"voted", "You have voted on this proposal.", "您已对此提案投票。"},
    {"state.0", "pending", "待开始"},
    {"state.1", "open for votes", "投票中"},
    {"state.2", "cancelled", "已取消"},
    {"state.3", "defeated", "未通过"},
    {"state.4", "passed", "已通过"},
    {"state.5", "queued", "排队中"},
    {"state.6", "expired", "已过期"},
    {"state.7", "executed", "已执行"},
    {"dropTitle", "Claim a drop", "领取限量发售"},
    {"collection", "Collection number", "系列编号"},
    {"dropId", "Drop number", "发售编号"},
    {"claim", "Claim", "领取"},
    {"dropInfo", "Price {0} points; {1} of {2} claimed.", "价格 {0} 积分；已领取 {1}/{2}。"},
    {"status.passkey", "Confirm with your passkey…", "请用通行密钥确认…"},
    {"status.sending", "Sending your request…", "正在发送您的请求…"},
    {"status.creating", "Creating your account…", "正在创建您的账户…"},
    {"status.signedIn", "Signed in.", "已登录。"},
    {"done.create", "Your account {0} is ready.", "您的账户 {0} 已创建。"},
    {"done.transfer", "Sent {0} points to {1}.", "已向 {1} 发送 {0} 积分。"},
    {"done.redeem", "Redeemed {0} points.", "已兑换 {0} 积分。"},
    {"done.vote", "Your vote on proposal {0} is counted.", "您对提案 {0} 的投票已计入。"},
    {"done.approve", "Payment approved; now claiming…", "已授权付款，正在领取…"},
    {"done.drop", "Claimed: item #{0} is yours.", "领取成功：物品 #{0} 归您所有。"},
    {"failed", "Not done: {0}", "未完成：{0}"},
    {"failedOnChain", "the request was included but failed on chain; try again", "请求已上链但执行失败，请重试"},
    {"cancelled", "the passkey prompt was cancelled or timed out; try again", "通行密钥确认已取消或超时，请重试"},
    {
      "noWebAuthn",
      "this browser has no passkeys (WebAuthn); open the page in a current browser at"
          + " https:// or http://localhost",
      "此浏览器不支持通行密钥（WebAuthn）；请用新版浏览器通过 https:// 或" + " http://localhost 打开本页"
    },
    {
      "unknownAccount",
      "this passkey controls no member account on this chain; create one",
      "此通行密钥在本链上没有会员账户；请先创建"
    },
    {"badAmount", "enter an amount such as 10 or 2.5", "请输入数量，例如 10 或 2.5"},
    {"badAddress", "enter an account address: 0x and 40 hex digits", "请输入账户地址：0x 加 40 位十六进制数字"},
    {"badNumber", "enter a whole number", "请输入整数"},
    {
      "noRelayer",
      "this node runs no relayer, so requests cannot be sent here; ask the brand",
      "此节点未运行中继服务，无法在此发送请求；请联系品牌方"
    },
    {"error.ERC20InsufficientBalance", "you do not have that many points", "您的积分不足"},
    {"error.TransfersDisabled", "these points cannot be sent to others", "这些积分不可转赠"},
    {"error.GovernorAlreadyCastVote", "you have already voted on this proposal", "您已对此提案投过票"},
    {
      "error.GovernorUnexpectedProposalState",
      "this proposal is not open for votes now",
      "此提案当前不在投票期"
    },
    {"error.GovernorNonexistentProposal", "there is no proposal with that number", "没有该编号的提案"},
    {"error.DropNotOpen", "this drop is not open for you yet", "此发售尚未对您开放"},
    {"error.DropSoldOut", "this drop is sold out", "此发售已售罄"},
    {"error.AlreadyPurchased", "you have already claimed this drop", "您已领取过此发售"},
    {"error.UnknownDrop", "there is no drop with that number", "没有该编号的发售"},
    {"error.UnknownCollection", "there is no collection with that number", "没有该编号的系列"},
    {
      "error.AccessControlUnauthorizedAccount",
      "your account lacks the role this needs; ask the" + " brand",
      "您的账户缺少所需角色；请联系品牌方"
    },
    {"error.RequestExpired", "the request expired before it was sent; try again", "请求在发送前已过期，请重试"},
    {"error.WrongNonce", "another request of yours went first; try again", "您的另一请求已先处理，请重试"},
    {
      "error.MemberLimitExceeded",
      "you have sent many requests; wait a while and try again",
      "您的请求过多，请稍后再试"
    },
    {
      "error.SponsorLimitExceeded",
      "the shop's sponsor is busy; wait a while and try again",
      "赞助方繁忙，请稍后再试"
    },
    {
      "error.OriginNotAllowed",
      "this page's address is not allowed by the brand; open the brand's" + " own member page",
      "品牌方未允许此页面地址；请打开品牌方的会员页面"
    },
    {
      "error.UnknownKey",
      "this passkey is not a key of the account; sign in again",
      "此通行密钥不属于该账户，请重新登录"
    },
  };

  private static final Map<String, String> EN = table(1);
  private static final Map<String, String> ZH = table(2);

  private MemberText() {}

  /** Every word of the page in {@code language}, by key, in table order. */
  static Map<String, String> words(PageText language) {
    return switch (language) {
      case EN -> EN;
      case ZH -> ZH;
    };
  }

  private static Map<String, String> table(int column) {
    Map<String, String> words = new LinkedHashMap<>();
    for (String[] row : ROWS) {
      words.put(row[0], row[column]);
    }
    return Collections.unmodifiableMap(words);
  }
}
