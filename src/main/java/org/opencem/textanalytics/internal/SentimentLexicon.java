package org.opencem.textanalytics.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The baseline for tenants whose own model is not trained yet: opinion words in Chinese and
 * English, turned by the negations and degree words right before them. "不太好" is mildly
 * negative, "一点也不慢" positive, "not bad" mildly positive, "very good" more positive than
 * "good". Works on text from {@link TextNormalizer#forModel}.
 */
final class SentimentLexicon {

    private static final Map<String, Double> ZH_WORDS = new HashMap<>();
    private static final Map<String, Double> ZH_MODIFIERS = new HashMap<>();
    private static final Map<String, Double> EN_WORDS = new HashMap<>();
    private static final Map<String, Double> EN_MODIFIERS = new HashMap<>();
    private static final int LONGEST_ZH_WORD = 6;
    private static final int LONGEST_ZH_MODIFIER = 4;
    /** A negation: its factor is negative. Weak ones ("不太") only half undo the word. */
    private static final double NEGATE = -0.8;

    static {
        words(ZH_WORDS, 1.0, "好", "不错", "满意", "喜欢", "好吃", "美味", "可口", "新鲜", "热情", "周到", "干净", "舒适",
                "舒服", "实惠", "划算", "推荐", "赞", "棒", "优秀", "完美", "贴心", "耐心", "及时", "准时", "方便", "漂亮",
                "值得", "超值", "正宗", "香", "鲜", "感谢", "谢谢", "开心", "愉快", "专业", "细心", "便宜", "安静", "整洁",
                "卫生", "到位", "惊喜", "好评", "给力", "靠谱", "物美价廉", "流畅", "清晰", "快", "迅速", "神速", "礼貌",
                "友好", "温馨", "舒心", "放心", "值", "精致", "丰富", "够味", "地道", "爽", "很棒", "点赞", "没问题",
                "无可挑剔", "回头客", "还会再来", "会再来", "五星", "物有所值", "大方", "好用", "好喝", "好看", "喜爱",
                "高效", "热乎", "入味", "酥脆", "嫩", "足", "量大", "充足", "宽敞", "明亮", "舒畅", "nice");
        words(ZH_WORDS, -1.0, "差", "糟糕", "难吃", "慢", "贵", "脏", "乱", "吵", "失望", "生气", "恶心", "投诉", "退款",
                "敷衍", "不耐烦", "坑", "骗", "垃圾", "难喝", "咸", "油腻", "变质", "异物", "拉肚子", "过期", "差评", "后悔",
                "烂", "坏", "错", "麻烦", "难", "臭", "馊", "冷漠", "粗鲁", "傲慢", "凉", "冷", "少", "小气", "太久", "退货",
                "破", "不值", "不新鲜", "态度恶劣", "恶劣", "无语", "郁闷", "气愤", "愤怒", "糟", "不行", "不好", "不满",
                "漏", "洒", "撒了", "欺骗", "忽悠", "难看", "难用", "卡顿", "噪音", "嘈杂", "拥挤", "排队", "等了", "催",
                "没人理", "不理", "一般", "将就", "凑合", "腥", "苦", "硬", "淡而无味", "没味道", "寒酸", "发霉", "头发",
                "苍蝇", "蟑螂", "虫子", "黑店", "宰客", "乱收费", "再也不", "不会再来", "坑人", "呵呵", "太差", "最差",
                "不推荐", "别来", "避雷", "踩雷", "劝退", "投诉了", "拒绝", "不给", "不退");
        // words that contain an opinion word but are not one, so the longest match wins
        words(ZH_WORDS, 0.0, "好像", "好几", "好多", "只好", "好不容易", "快递", "快点", "差不多", "慢慢", "冷饮", "冷面",
                "凉菜", "凉皮", "凉面", "不好意思", "难道", "难怪", "错过", "不错过", "少许", "多少", "至少", "不少", "坏了吗",
                "好奇", "香菜", "香肠", "香蕉", "生日", "一般来说", "问好", "值班", "好友", "鲜花", "爽快");
        ZH_WORDS.put("还好", 0.3);
        ZH_WORDS.put("还行", 0.3);
        ZH_WORDS.put("还可以", 0.4);
        ZH_WORDS.put("一般般", -0.4);
        ZH_WORDS.put("一般", -0.4);
        ZH_WORDS.put("不少", 0.0);

        modifiers(ZH_MODIFIERS, NEGATE, "不", "没", "没有", "无", "别", "未", "不是", "并不", "从不", "不会", "不够",
                "毫无", "绝不", "并没有", "不算");
        modifiers(ZH_MODIFIERS, -1.0, "一点也不", "一点都不", "根本不", "完全不", "毫不", "丝毫不", "从来不", "一点不");
        modifiers(ZH_MODIFIERS, -0.5, "不太", "不怎么", "不是很", "不大", "不很", "没那么", "不那么");
        modifiers(ZH_MODIFIERS, 1.5, "很", "非常", "特别", "太", "超", "超级", "十分", "极", "极其", "相当", "真", "真的",
                "实在", "好", "最", "巨", "贼", "挺", "蛮", "真是", "特", "太过", "越来越", "尤其", "格外", "更", "都很");
        modifiers(ZH_MODIFIERS, 0.6, "有点", "有些", "稍微", "略", "稍", "比较", "还算", "有一点", "一点点");

        words(EN_WORDS, 1.0, "good", "great", "excellent", "amazing", "awesome", "delicious", "tasty", "fresh", "friendly",
                "helpful", "clean", "comfortable", "cheap", "affordable", "recommend", "recommended", "love", "loved",
                "liked", "perfect", "wonderful", "fantastic", "fast", "quick", "prompt", "polite", "nice", "pleasant", "happy",
                "satisfied", "best", "enjoy", "enjoyed", "worth", "professional", "attentive", "efficient", "cozy", "quiet",
                "generous", "thanks", "thank", "superb", "outstanding", "lovely", "impressive", "smooth", "easy", "beautiful",
                "brilliant", "fine", "courteous", "warm", "yummy", "favorite", "favourite", "reasonable", "spotless", "fun");
        words(EN_WORDS, -1.0, "bad", "terrible", "awful", "horrible", "slow", "rude", "dirty", "expensive", "overpriced",
                "cold", "disappointed", "disappointing", "disappointment", "worst", "poor", "bland", "salty", "greasy", "stale",
                "noisy", "loud", "hate", "hated", "angry", "complaint", "complain", "refund", "wrong", "broken", "late",
                "waited", "wait", "unfriendly", "unprofessional", "mess", "messy", "disgusting", "gross", "soggy", "burnt",
                "undercooked", "raw", "tasteless", "rip-off", "ripoff", "scam", "boring", "dull", "unhappy", "upset",
                "annoying", "annoyed", "useless", "worse", "nasty", "smelly", "sick", "ignored", "problem", "issue", "fail",
                "failed", "lukewarm", "crowded", "hard", "difficult", "unacceptable", "mediocre", "meh", "lacking");
        EN_WORDS.put("ok", 0.2);
        EN_WORDS.put("okay", 0.2);
        EN_WORDS.put("average", -0.3);
        modifiers(EN_MODIFIERS, NEGATE, "not", "no", "never", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't",
                "didn't", "won't", "can't", "couldn't", "n't", "nothing", "without", "hardly", "neither", "nor");
        modifiers(EN_MODIFIERS, 1.5, "very", "really", "so", "extremely", "super", "too", "incredibly", "absolutely",
                "totally", "truly", "highly", "most", "especially", "exceptionally", "terribly", "awfully", "such");
        modifiers(EN_MODIFIERS, 0.6, "quite", "pretty", "rather", "somewhat", "slightly", "fairly", "bit", "little", "kinda");
    }

    private SentimentLexicon() {
    }

    private static void words(Map<String, Double> map, double polarity, String... words) {
        for (String word : words) {
            map.put(word, polarity);
        }
    }

    private static void modifiers(Map<String, Double> map, double factor, String... words) {
        words(map, factor, words);
    }

    /** The opinion in one clause: a sum of word polarities, each turned by its modifiers; 0 when none. */
    static double clauseScore(String text) {
        Opinions opinions = new Opinions();
        chinese(text, opinions);
        english(text, opinions);
        return opinions.sum + emoji(text);
    }

    /** The English opinion words of a text, counted by polarity and by whether a negation turned them. */
    static Opinions englishOpinions(String text) {
        Opinions opinions = new Opinions();
        english(text, opinions);
        return opinions;
    }

    /** What the lexicon found: the learned model takes these as features beside the words. */
    static final class Opinions {
        int positive;
        int negative;
        int negatedPositive;
        int negatedNegative;
        int englishWords;
        double sum;

        private void add(double polarity, double factor) {
            sum += polarity * factor;
            boolean negated = factor < 0;
            if (polarity > 0) {
                if (negated) {
                    negatedPositive++;
                } else {
                    positive++;
                }
            } else if (polarity < 0) {
                if (negated) {
                    negatedNegative++;
                } else {
                    negative++;
                }
            }
        }
    }

    private static final String POSITIVE_EMOJI = "👍😊😀😃😄😁😍🥰😘❤💯👏🎉🙂😋🤩💕";
    private static final String NEGATIVE_EMOJI = "👎😡😠🤬😤😞😢😭🤮💩😒🙄😫😩💔😖";

    private static double emoji(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint > 0x2000) {
                String symbol = text.substring(i, i + width);
                sum += POSITIVE_EMOJI.contains(symbol) ? 0.8 : NEGATIVE_EMOJI.contains(symbol) ? -0.8 : 0;
            }
            i += width;
        }
        return sum;
    }

    /** Combines modifiers nearest first; a negation outside a degree word only softens ("不是很好", "not very good"). */
    private static double combine(double factor, double modifier) {
        if (modifier < 0 && factor > 1) {
            return -0.5;
        }
        return factor * modifier;
    }

    /** Squashes summed clause scores into −1…1. */
    static double squash(double sum) {
        return Math.tanh(sum);
    }

    private static void chinese(String text, Opinions opinions) {
        int lastEnd = 0;
        int i = 0;
        while (i < text.length()) {
            if (!ChineseScript.isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int matched = 0;
            Double polarity = null;
            for (int n = Math.min(LONGEST_ZH_WORD, text.length() - i); n >= 1; n--) {
                Double p = ZH_WORDS.get(text.substring(i, i + n));
                if (p != null) {
                    matched = n;
                    polarity = p;
                    break;
                }
            }
            if (polarity == null) {
                i++;
                continue;
            }
            if (polarity != 0 && isDegreeBeforeOpinion(text, i, matched)) {
                // "好慢": 好 is a degree word here, not praise
                i += matched;
                continue;
            }
            if (polarity != 0) {
                opinions.add(polarity, zhModifier(text, Math.max(lastEnd, i - 6), i));
            }
            i += matched;
            lastEnd = i;
        }
    }

    private static boolean isDegreeBeforeOpinion(String text, int at, int length) {
        Double degree = ZH_MODIFIERS.get(text.substring(at, at + length));
        if (degree == null || degree <= 1) {
            return false;
        }
        int next = at + length;
        for (int n = Math.min(LONGEST_ZH_WORD, text.length() - next); n >= 1; n--) {
            Double p = ZH_WORDS.get(text.substring(next, next + n));
            if (p != null) {
                return p != 0;
            }
        }
        return false;
    }

    /** The product of the modifiers right before a word, nearest first: "不是很" = 很 then 不是. */
    private static double zhModifier(String text, int from, int to) {
        double factor = 1;
        int end = to;
        while (end > from) {
            int found = 0;
            for (int n = Math.min(LONGEST_ZH_MODIFIER, end - from); n >= 1; n--) {
                Double f = ZH_MODIFIERS.get(text.substring(end - n, end));
                if (f != null) {
                    factor = combine(factor, f);
                    found = n;
                    break;
                }
            }
            if (found == 0) {
                // one filler char between modifiers and word is fine ("不太会好"), more ends the chain
                if (end == to && end - 1 > from && ChineseScript.isHan(text.charAt(end - 1)) && text.charAt(end - 1) == '得') {
                    end--;
                    continue;
                }
                break;
            }
            end -= found;
        }
        return factor;
    }

    private static void english(String text, Opinions opinions) {
        String[] tokens = text.split("[^a-z'\\-]+");
        for (String token : tokens) {
            if (!token.isEmpty()) {
                opinions.englishWords++;
            }
        }
        for (int i = 0; i < tokens.length; i++) {
            Double polarity = EN_WORDS.get(tokens[i]);
            if (polarity == null || polarity == 0) {
                continue;
            }
            double factor = 1;
            for (int back = i - 1; back >= Math.max(0, i - 3); back--) {
                String before = tokens[back];
                Double modifier = EN_MODIFIERS.get(before);
                if (modifier == null) {
                    modifier = before.endsWith("n't") ? NEGATE : null;
                }
                if (modifier == null) {
                    if (before.equals("a") || before.equals("at") || before.equals("all") || before.equals("that")
                            || before.equals("be") || before.equals("was") || before.equals("is") || before.equals("were")) {
                        continue;
                    }
                    break;
                }
                factor = combine(factor, modifier);
            }
            // "not bad", "not slow at all": a negated complaint is praise, though milder
            opinions.add(polarity, factor);
        }
    }
}
