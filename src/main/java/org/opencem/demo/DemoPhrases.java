package org.opencem.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Customer comments for the demo history, composed from phrase banks (opener × clause × filler ×
 * closer) so that thousands of them rarely repeat. A comment always agrees with its score: praise
 * for a promoter, a complaint for a detractor, both for a passive.
 */
final class DemoPhrases {

    /** What a comment is about; also what a case resolution answers. */
    enum Theme {
        TASTE, PORTION, SPEED, QUEUE, STAFF, CLEAN, PRICE, APP
    }

    enum Tone {
        POSITIVE, MIXED, NEGATIVE
    }

    private static final List<String> DISHES_ZH = List.of("酸菜鱼", "小炒黄牛肉", "宫保鸡丁", "麻婆豆腐", "红烧肉",
            "剁椒鱼头", "毛血旺", "水煮牛肉", "糖醋里脊", "干锅花菜", "回锅肉", "口水鸡", "辣子鸡", "东坡肉", "烤鱼",
            "招牌牛腩煲", "蒜蓉粉丝虾", "番茄牛腩", "葱油拌面", "椒盐排骨", "鱼香肉丝", "清蒸鲈鱼");
    private static final List<String> DISHES_EN = List.of("pickled cabbage fish", "kung pao chicken", "mapo tofu",
            "braised pork belly", "spicy boiled beef", "sweet and sour pork", "twice-cooked pork", "grilled fish",
            "beef brisket pot", "garlic prawns", "salt and pepper ribs", "scallion oil noodles", "steamed sea bass",
            "chili chicken");
    private static final List<String> STAFF_ZH = List.of("小王", "小李", "小陈", "小张", "小刘", "小周", "小黄");
    private static final List<String> STAFF_EN = List.of("Amy", "Kevin", "Lily", "Jason", "Coco", "Tony");

    private static final Map<Theme, List<String>> POSITIVE_ZH = Map.of(
            Theme.TASTE, List.of("{dish}很入味，火候刚刚好。", "{dish}味道很正宗，特别下饭。",
                    "{dish}和{dish2}都好吃，米饭都多吃了一碗。", "口味一直很稳定，{dish}还是熟悉的味道。",
                    "{dish}鲜嫩入味，孩子特别爱吃。", "招牌{dish}名不虚传。", "家常口味吃着很舒服，{dish}必点。",
                    "新上的{dish}很惊喜，调味很用心。", "食材很新鲜，{dish}一点都不腥。"),
            Theme.PORTION, List.of("分量很足，两个人点三个菜根本吃不完。", "{dish}分量实在，性价比很高。",
                    "份量刚刚好，不浪费。", "套餐分量足，一个人吃得很饱。", "{dish}一大盆，肉给得很大方。"),
            Theme.SPEED, List.of("上菜很快，十分钟菜就上齐了。", "出餐速度快，午休时间吃饭很友好。",
                    "点完菜很快就上了，{dish}端上来还冒着热气。", "上菜节奏很好，吃完一道下一道刚好上来。",
                    "中午人那么多，上菜还是很快。"),
            Theme.QUEUE, List.of("排队叫号很有序，等位时还有小零食。", "提前在小程序取号，到店基本不用等。",
                    "等位区有茶水和座位，等得不着急。", "人虽然多，迎宾安排得很快，没等多久就入座了。"),
            Theme.STAFF, List.of("服务员{staff}很热情，主动帮我们加水换骨碟。", "服务很周到，宝宝椅和儿童餐具都准备好了。",
                    "店员态度很好，推荐的菜都很合口味。", "{staff}帮我们推荐了{dish}，很贴心。",
                    "服务员记得我们不吃香菜，细节很到位。", "过生日店里还送了长寿面，很感动。"),
            Theme.CLEAN, List.of("店里很干净，餐具都是消毒过的。", "环境整洁明亮，洗手间也很干净。",
                    "桌面收拾得很及时，用餐环境很舒服。", "后厨是明档，看着就很放心。"),
            Theme.PRICE, List.of("性价比很高，人均八十吃得很好。", "午市套餐很划算，{dish}套餐才{price}元。",
                    "会员日有折扣，很实惠。", "价格公道，分量和味道都对得起这个价。"),
            Theme.APP, List.of("小程序预约很方便，到店直接入座。", "线上点单很顺畅，还能看到排队进度。",
                    "扫码点餐方便，不用等服务员。", "预约后还有短信提醒，很贴心。"));

    private static final Map<Theme, List<String>> NEGATIVE_ZH = Map.of(
            Theme.TASTE, List.of("{dish}太咸了，跟以前的味道差很多。", "{dish}是凉的，感觉是提前做好放着的。",
                    "{dish}油太大了，吃完很腻。", "{dish}里的肉不太新鲜，有股味道。", "口味明显不如以前，{dish}没什么味道。",
                    "说了微辣，{dish}还是辣得没法吃。", "{dish}里咬到了沙子。", "菜里吃出了头发，只是给换了一份。",
                    "{dish}有股腥味，没处理干净。"),
            Theme.PORTION, List.of("{dish}分量越来越少了，一盘没几块肉。", "价格没变分量少了一半，{dish}几口就没了。",
                    "套餐分量太小，吃不饱。", "{dish}里大部分是配菜，肉很少。"),
            Theme.SPEED, List.of("上菜太慢了，等了{min}分钟{dish}才上。", "点完菜等了快{min}分钟，催了三次才上。",
                    "上菜慢得离谱，隔壁桌后来的都吃完了。", "菜隔很久才上一道，{dish}上来时我们都快吃饱了。",
                    "等了很久，米饭先上来了菜还没影。", "上菜太慢，中午只有一个小时休息，{dish}最后只能打包。",
                    "最后一道{dish}等了{min}分钟，服务员只说厨房忙。", "上菜速度比以前慢太多了，最近来几次都这样。",
                    "等菜等了{min}分钟，问了几次都说马上好。"),
            Theme.QUEUE, List.of("排队排了{min}分钟，叫号系统还跳号。", "周末等位一个多小时，也没人安排。",
                    "取号时说15分钟，实际等了{min}分钟。", "等位区太挤，连个坐的地方都没有。",
                    "有空桌也不让坐，说要等收拾，又等了{min}分钟。"),
            Theme.STAFF, List.of("服务员态度很差，叫了好几次都没人理。", "服务员一直在聊天，加水要自己去拿。",
                    "结账时服务员很不耐烦。", "点错了菜，服务员还说是我们点的。", "问服务员问题爱答不理的。",
                    "服务员端汤时洒到了衣服上，连句道歉都没有。"),
            Theme.CLEAN, List.of("桌子黏黏的，擦了也没擦干净。", "洗手间太脏了，地上都是水。",
                    "餐具上有油渍，换了一套还是不干净。", "看到了蟑螂，很影响食欲。", "地上有纸巾和剩菜，一直没人收拾。"),
            Theme.PRICE, List.of("价格涨了不少，人均快两百了。", "团购券不能和会员折扣一起用，感觉被套路。",
                    "茶位费和纸巾都要收钱，有点过分。", "{dish}要{price}元，不值这个价。"),
            Theme.APP, List.of("小程序预约成功了，到店却说没有记录。", "小程序点单老是卡住，付款失败了两次。",
                    "线上预约的时间到了还要再排队，预约有什么用。", "扫码点的菜厨房没收到，又重新点了一遍。"));

    private static final Map<Theme, List<String>> POSITIVE_EN = Map.of(
            Theme.TASTE, List.of("The {dish} was full of flavour and perfectly cooked.", "Loved the {dish}, it tasted really authentic.",
                    "Food was as good as always, the {dish} is a must-order.", "The {dish} was fresh and tender, my kids loved it.",
                    "Great {dish}, spicy in the best way."),
            Theme.PORTION, List.of("Generous portions, we couldn't finish everything.", "The {dish} portion was very generous for the price."),
            Theme.SPEED, List.of("Food came out fast, everything arrived within ten minutes.", "Quick service, perfect for a lunch break."),
            Theme.QUEUE, List.of("The queue was well managed and they gave us snacks while we waited.",
                    "Took a number online and barely had to wait."),
            Theme.STAFF, List.of("Staff were friendly and attentive, {staff} kept our tea topped up.",
                    "Great service, they had a high chair ready for our baby.", "{staff} recommended the {dish}, great call."),
            Theme.CLEAN, List.of("Very clean restaurant, even the restrooms were spotless.", "Bright, tidy and comfortable dining room."),
            Theme.PRICE, List.of("Great value for money, the lunch set is a bargain.", "Fair prices for the quality."),
            Theme.APP, List.of("Booking through the mini program was super easy.", "Ordering by QR code was quick and simple."));

    private static final Map<Theme, List<String>> NEGATIVE_EN = Map.of(
            Theme.TASTE, List.of("The {dish} was way too salty.", "The {dish} was lukewarm, as if it had been sitting there a while.",
                    "The {dish} was swimming in oil.", "Found a hair in the {dish}, they replaced it but never apologised.",
                    "Food quality has gone down, the {dish} had almost no taste."),
            Theme.PORTION, List.of("Portions have shrunk, the {dish} was mostly vegetables.", "The set meal was tiny, still hungry afterwards."),
            Theme.SPEED, List.of("Food took forever, we waited {min} minutes for the {dish}.",
                    "Service was painfully slow, tables seated after us were served first.",
                    "We waited over {min} minutes for our mains and had to chase the staff twice.",
                    "The dishes came out one by one with long gaps in between.",
                    "Slow kitchen, the {dish} arrived when we were almost done.", "Food took forever to arrive, again."),
            Theme.QUEUE, List.of("Waited {min} minutes for a table even though we had a number.",
                    "The queue was chaotic and people kept cutting in."),
            Theme.STAFF, List.of("Staff were rude and ignored us when we asked for water.",
                    "Our order was wrong and the waiter insisted it was our fault.",
                    "Waiters were chatting with each other instead of serving."),
            Theme.CLEAN, List.of("Tables were sticky and the floor was dirty.", "Saw a cockroach near our table, really disgusting.",
                    "The restroom was filthy."),
            Theme.PRICE, List.of("Prices went up a lot, not worth it anymore.", "They charged for tea and tissues without telling us."),
            Theme.APP, List.of("Booked online but the store had no record of it.", "The ordering app kept failing at checkout."));

    private static final List<String> OPENERS_POSITIVE_ZH = List.of("", "", "", "第三次来了，", "朋友推荐来的，",
            "带爸妈来吃，", "公司聚餐选的这家，", "周末和家人来，", "午休时间过来，", "老顾客了，");
    private static final List<String> CLOSERS_POSITIVE_ZH = List.of("", "", "会再来的！", "已经推荐给朋友了。",
            "点赞👍", "下次还来。", "整体很满意。", "好评！", "希望保持。");
    private static final List<String> OPENERS_NEGATIVE_ZH = List.of("", "", "", "说实话，", "这次有点失望，",
            "第二次来了，", "带孩子来吃饭，", "和同事中午来，", "作为老顾客，", "周五晚上来的，");
    private static final List<String> CLOSERS_NEGATIVE_ZH = List.of("", "", "希望改进。", "体验很差。", "不会再来了。",
            "希望管理层重视一下。", "太失望了。", "希望下次能好一点。", "以前不是这样的。");
    private static final List<String> BUT_ZH = List.of("不过", "就是", "但是", "可惜");

    private static final List<String> OPENERS_POSITIVE_EN = List.of("", "", "", "Came here with friends. ",
            "Family dinner tonight. ", "Lunch with colleagues. ", "Third visit this month. ");
    private static final List<String> CLOSERS_POSITIVE_EN = List.of("", "", " Will come back!", " Highly recommend.",
            " Keep it up!", " Five stars.");
    private static final List<String> OPENERS_NEGATIVE_EN = List.of("", "", "", "Honestly disappointed. ",
            "Came for a quick lunch. ", "Been a regular for years. ");
    private static final List<String> CLOSERS_NEGATIVE_EN = List.of("", "", " Please fix this.",
            " Won't be back anytime soon.", " Not the experience I expected.", " Used to be much better.");

    private DemoPhrases() {
    }

    /** A comment in the given tone about {@code theme} (and, for a mixed one, the complaint {@code other}). */
    static String comment(Random random, boolean english, Tone tone, Theme theme, Theme other) {
        return english ? english(random, tone, theme, other) : chinese(random, tone, theme, other);
    }

    static Locale locale(boolean english) {
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String chinese(Random random, Tone tone, Theme theme, Theme other) {
        return switch (tone) {
            case POSITIVE -> pick(random, OPENERS_POSITIVE_ZH) + fill(random, pick(random, POSITIVE_ZH.get(theme)), false)
                    + pick(random, CLOSERS_POSITIVE_ZH);
            case NEGATIVE -> {
                String text = pick(random, OPENERS_NEGATIVE_ZH) + fill(random, pick(random, NEGATIVE_ZH.get(theme)), false);
                if (other != null && other != theme) {
                    text = text + "而且" + fill(random, pick(random, NEGATIVE_ZH.get(other)), false);
                }
                yield text + pick(random, CLOSERS_NEGATIVE_ZH);
            }
            case MIXED -> {
                String good = fill(random, pick(random, POSITIVE_ZH.get(theme)), false);
                String bad = fill(random, pick(random, NEGATIVE_ZH.get(other)), false);
                yield good.substring(0, good.length() - 1) + "，" + pick(random, BUT_ZH) + bad;
            }
        };
    }

    private static String english(Random random, Tone tone, Theme theme, Theme other) {
        return switch (tone) {
            case POSITIVE -> pick(random, OPENERS_POSITIVE_EN) + fill(random, pick(random, POSITIVE_EN.get(theme)), true)
                    + pick(random, CLOSERS_POSITIVE_EN);
            case NEGATIVE -> {
                String text = pick(random, OPENERS_NEGATIVE_EN) + fill(random, pick(random, NEGATIVE_EN.get(theme)), true);
                if (other != null && other != theme) {
                    text = text + " Also, " + lowerFirst(fill(random, pick(random, NEGATIVE_EN.get(other)), true));
                }
                yield text + pick(random, CLOSERS_NEGATIVE_EN);
            }
            case MIXED -> {
                String good = fill(random, pick(random, POSITIVE_EN.get(theme)), true);
                String bad = fill(random, pick(random, NEGATIVE_EN.get(other)), true);
                yield good.substring(0, good.length() - 1) + ", but " + lowerFirst(bad);
            }
        };
    }

    private static String fill(Random random, String template, boolean english) {
        List<String> dishes = english ? DISHES_EN : DISHES_ZH;
        String dish = pick(random, dishes);
        String dish2 = pick(random, dishes);
        while (dish2.equals(dish)) {
            dish2 = pick(random, dishes);
        }
        return template.replace("{dish}", dish).replace("{dish2}", dish2)
                .replace("{staff}", pick(random, english ? STAFF_EN : STAFF_ZH))
                .replace("{min}", String.valueOf(25 + 5 * random.nextInt(8)))
                .replace("{price}", String.valueOf(38 + 10 * random.nextInt(9)));
    }

    private static String lowerFirst(String text) {
        if (text.length() < 2 || text.startsWith("I ") || !Character.isUpperCase(text.charAt(0))
                || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
