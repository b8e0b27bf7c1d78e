package org.opencem.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseStatus;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.demo.DemoPhrases.Theme;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Works the detractor cases the pipeline opened, as their owners would have: almost all older
 * ones resolved within a day or two with a note of what was done and a root cause, most of those
 * closed a few days later and a few reopened, the recent ones new, in progress or waiting for the
 * customer, two escalated by hand and a few left hanging for the SLA job, so that every status shows.
 */
@Component
class DemoCaseWork {

    static final long SEED = 7_100_200L;

    private static final List<String> APOLOGIES = List.of("已致电顾客致歉", "已电话联系顾客表达歉意",
            "店长已亲自致电顾客道歉", "已通过短信和电话联系顾客致歉");
    private static final List<String> REMEDIES = List.of("赠送50元代金券", "赠送一张招牌菜兑换券", "承诺下次到店免单一道菜",
            "退还该道菜的费用", "赠送会员积分500分", "邀请顾客再次到店、由店长亲自接待", "赠送100元代金券");
    private static final Map<Theme, List<String>> FIXES = Map.of(
            Theme.SPEED, List.of("厨房已调整出餐流程", "高峰时段已增加一名传菜员", "已与厨师长复盘出餐顺序，设置出餐超时提醒",
                    "午市已提前备料，缩短出餐时间", "已要求厨房对超过20分钟未出的菜主动告知顾客"),
            Theme.TASTE, List.of("已与厨师长核对该菜品配方和调味标准", "已对当班厨师进行复训", "已检查该批次食材并暂停使用",
                    "已按标准菜谱重新培训炒锅岗位"),
            Theme.PORTION, List.of("已重申出品克重标准并张贴在出菜口", "已抽查当天出品分量并纠正"),
            Theme.QUEUE, List.of("已优化叫号规则并在等位区增加座位", "周末高峰已增加一名迎宾引导排队",
                    "已向IT反馈叫号跳号问题"),
            Theme.STAFF, List.of("已对当班服务员进行服务培训并在晨会通报", "已与相关员工面谈，纳入本月考核",
                    "已在例会上复盘并调整高峰期区域分工"),
            Theme.CLEAN, List.of("已安排全店深度清洁并增加洗手间巡检频次", "已联系虫控公司上门处理并加强日常检查",
                    "已调整收台流程，餐具改为二次检查"),
            Theme.PRICE, List.of("已向顾客说明价格构成，并反馈市场部复核优惠规则", "已取消茶位费并在菜单上注明",
                    "已将团购与会员折扣叠加问题反馈市场部"),
            Theme.APP, List.of("已反馈信息技术部排查小程序问题，并人工补录预约", "信息技术部已修复小程序支付问题",
                    "已与信息技术部核实预约记录并优化到店核销流程"));
    private static final List<String> GENERIC_FIXES = List.of("已在店内晨会通报顾客意见", "已记录顾客意见并跟进改进",
            "已了解顾客不满的原因并向区域经理汇报");
    private static final List<String> OUTCOMES = List.of("", "顾客表示理解", "顾客表示满意", "顾客表示愿意再次光临",
            "顾客接受处理方案");
    private static final List<String> NOTES = List.of("已电话联系顾客，未接通，稍后再拨。", "已联系顾客致歉，正在与厨房核实当天出餐记录。",
            "已约顾客本周末回店，届时店长亲自接待。", "正在调取当天监控核实情况。", "顾客要求书面答复，已准备说明。",
            "已与当班员工了解情况，待与顾客确认处理方案。");

    private static final List<String> WAITING = List.of("已致电顾客说明情况，等顾客确认处理方案。", "已发送致歉短信，等待顾客回复。",
            "顾客未接电话，已留言，等待回电。");
    private static final List<String> REOPENS = List.of("顾客来电表示问题没有解决", "顾客再次到店，同样的问题又出现了");
    /** Low ratings of serving from these last records become kitchen cases, opened by head-office CX. */
    private static final int KITCHEN_LOOKBACK = 3_000;
    private static final int KITCHEN_CASES = 12;

    private final Cases cases;
    private final UserAccounts users;
    private final FeedbackRecords feedback;

    DemoCaseWork(Cases cases, UserAccounts users, FeedbackRecords feedback) {
        this.cases = cases;
        this.users = users;
        this.feedback = feedback;
    }

    /**
     * Head-office CX opens cases by hand for the latest 1- and 2-star ratings of serving: the
     * kitchen owns that touchpoint, so they go to the store's chef or the region's kitchen lead.
     */
    void openKitchenCases(CurrentUser cx, UUID servingTouchpoint) {
        feedback.latest(cx.scope(), false, 0, KITCHEN_LOOKBACK).stream()
                .filter(r -> servingTouchpoint.equals(r.touchpointId()) && r.csat() != null && r.csat() <= 2)
                .limit(KITCHEN_CASES)
                .forEach(r -> cases.openFor(cx, r.id(), CasePriority.HIGH, "上菜满意度 " + r.csat() + " 分"));
    }

    /** Works the tenant's open cases as of {@code now}; returns how many remain open. */
    int work(UUID tenantId, CurrentUser admin, CurrentUser handler, OffsetDateTime now, DemoCaseSetup.RootCauses causes) {
        Random random = new Random(SEED);
        Map<UUID, CurrentUser> actors = new HashMap<>();
        List<CaseSummary> open = cases.inbox(admin, InboxFilter.OPEN, 1_000_000).stream()
                .sorted(java.util.Comparator.comparing(CaseSummary::number)).toList();
        int stillOpen = 0;
        for (CaseSummary c : open) {
            CurrentUser actor = c.assigneeId() == null ? admin
                    : actors.computeIfAbsent(c.assigneeId(), id -> currentUser(tenantId, id));
            if (handler != null && "east".equals(actor.username()) && random.nextBoolean()) {
                actor = handler;
            }
            double ageDays = Duration.between(c.createdAt(), now).toMinutes() / 1440.0;
            double r = random.nextDouble();
            double resolveShare = ageDays > 5 ? 0.994 : ageDays > 2 ? 0.75 : ageDays > 1 ? 0.35 : 0;
            double progressShare = ageDays > 5 ? 0.004 : ageDays > 1 ? 0.15 : 0.25;
            if (r < resolveShare) {
                OffsetDateTime at = later(c.createdAt(), random, 40, ageDays > 5 ? 60 * 50 : 60 * 20, now);
                if (random.nextDouble() < 0.3) {
                    OffsetDateTime started = later(c.createdAt(), random, 10, 90, at);
                    cases.start(actor, c.id(), started);
                }
                cases.resolve(actor, c.id(), resolution(random, c.title()), causes.of(themeOf(c.title())), at);
                double afterDays = Duration.between(at, now).toMinutes() / 1440.0;
                if (afterDays > 7 && random.nextDouble() < 0.7) {
                    cases.changeStatus(actor, c.id(), CaseStatus.CLOSED, null, null, later(at, random, 60 * 24, 60 * 72, now));
                } else if (afterDays > 1 && afterDays < 5 && random.nextDouble() < 0.1) {
                    OffsetDateTime reopened = later(at, random, 60 * 12, 60 * 24, now);
                    cases.changeStatus(admin, c.id(), CaseStatus.REOPENED, DemoPhrases.pick(random, REOPENS), null, reopened);
                    stillOpen++;
                }
            } else if (r < resolveShare + progressShare || ageDays > 0.25 && random.nextDouble() < 0.8) {
                // an owner picks up all but a few cases within hours; the few left are what the SLA job escalates
                OffsetDateTime started = later(c.createdAt(), random, 20, 60 * 6, now);
                cases.start(actor, c.id(), started);
                OffsetDateTime noted = later(started, random, 5, 120, now);
                if (random.nextDouble() < 0.3) {
                    cases.changeStatus(actor, c.id(), CaseStatus.WAITING_FOR_CUSTOMER, DemoPhrases.pick(random, WAITING), null,
                            noted);
                } else {
                    cases.addNote(actor, c.id(), DemoPhrases.pick(random, NOTES), noted);
                }
                stillOpen++;
            } else {
                stillOpen++;
            }
        }
        cases.inbox(admin, InboxFilter.OPEN, 1_000).stream()
                .filter(c -> c.status() == CaseStatus.IN_PROGRESS && c.assigneeId() != null).limit(2)
                .forEach(c -> cases.escalate(actors.computeIfAbsent(c.assigneeId(), id -> currentUser(tenantId, id)), c.id(),
                        "顾客要求区域经理出面处理"));
        return stillOpen;
    }

    private CurrentUser currentUser(UUID tenantId, UUID userId) {
        UserAccount user = users.find(tenantId, userId).orElseThrow();
        return new CurrentUser(tenantId, user.id(), user.username(), user.displayName(), user.role(),
                users.scopeOf(user), Locale.SIMPLIFIED_CHINESE);
    }

    /** A moment between {@code min} and {@code max} minutes after {@code from}, never after {@code limit}. */
    private static OffsetDateTime later(OffsetDateTime from, Random random, int min, int max, OffsetDateTime limit) {
        OffsetDateTime at = from.plusMinutes(min + random.nextInt(Math.max(1, max - min)));
        return at.isAfter(limit) ? limit : at;
    }

    static String resolution(Random random, String complaint) {
        Theme theme = themeOf(complaint);
        String fix = theme == null ? DemoPhrases.pick(random, GENERIC_FIXES) : DemoPhrases.pick(random, FIXES.get(theme));
        String outcome = DemoPhrases.pick(random, OUTCOMES);
        return DemoPhrases.pick(random, APOLOGIES) + "并" + DemoPhrases.pick(random, REMEDIES) + "，" + fix
                + (outcome.isEmpty() ? "。" : "，" + outcome + "。");
    }

    /** What a complaint is mainly about, by its words; null when it says nothing recognisable. */
    static Theme themeOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (has(t, "上菜", "等菜", "出餐", "才上", "打包", "took forever", "slow", "mains", "one by one")) {
            return Theme.SPEED;
        }
        if (has(t, "蟑螂", "脏", "黏", "油渍", "收拾", "dirty", "cockroach", "filthy", "sticky")) {
            return Theme.CLEAN;
        }
        if (has(t, "服务员", "态度", "rude", "waiter", "staff")) {
            return Theme.STAFF;
        }
        if (has(t, "排队", "等位", "叫号", "取号", "queue", "for a table")) {
            return Theme.QUEUE;
        }
        if (has(t, "小程序", "预约", "扫码", "ordering app", "booked", "mini program")) {
            return Theme.APP;
        }
        if (has(t, "分量", "份量", "吃不饱", "portion", "tiny")) {
            return Theme.PORTION;
        }
        if (has(t, "价格", "茶位费", "团购", "元", "prices", "charged")) {
            return Theme.PRICE;
        }
        return Theme.TASTE;
    }

    private static boolean has(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
