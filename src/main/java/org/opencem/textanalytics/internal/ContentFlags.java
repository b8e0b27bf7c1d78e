package org.opencem.textanalytics.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencem.textanalytics.TextFlag;

/** Words that make a comment urgent whatever its score, and words of customer effort, in Chinese and English. */
final class ContentFlags {

    private static final KeywordMatcher<TextFlag> MATCHER;

    static {
        Map<String, List<TextFlag>> words = new HashMap<>();
        add(words, TextFlag.REGULATOR, "12315", "12345热线", "消协", "消费者协会", "工商局", "市场监管", "市场监督", "食药监",
                "卫生局", "卫健委", "曝光", "媒体", "记者", "电视台", "报社", "上热搜", "发微博", "发到网上", "3·15", "315晚会",
                "regulator", "consumer council", "consumer protection", "trading standards", "ombudsman", "the press",
                "journalist", "reporter", "go to the media", "health department", "health inspector",
                "better business bureau", "bbb", "social media", "go viral");
        add(words, TextFlag.FOOD_SAFETY, "食物中毒", "中毒", "拉肚子", "腹泻", "呕吐", "吐了", "肚子疼", "胃疼", "变质", "馊了",
                "发霉", "霉变", "过期", "异物", "头发", "虫子", "有虫", "蟑螂", "苍蝇", "老鼠", "没熟", "不熟", "不卫生",
                "食品安全", "地沟油", "钢丝球", "吃到塑料", "玻璃渣", "food poisoning", "poisoning", "diarrhea", "diarrhoea",
                "vomit", "vomiting", "threw up", "stomach ache", "spoiled", "rotten", "expired", "mold", "mould", "moldy",
                "mouldy", "hair in", "bug in", "cockroach", "cockroaches", "rat", "rats", "undercooked", "raw chicken",
                "food safety", "glass in", "plastic in");
        add(words, TextFlag.INJURY, "受伤", "烫伤", "烫到", "划伤", "割伤", "割破", "摔倒", "滑倒", "摔了", "流血", "骨折",
                "过敏", "送医", "进医院", "住院", "急诊", "救护车", "injured", "injury", "got hurt", "burned", "burnt my", "scalded",
                "cut my", "slipped", "fell", "bleeding", "allergic reaction", "allergy", "hospital", "ambulance", "emergency room");
        add(words, TextFlag.LEGAL, "律师", "起诉", "法院", "告你们", "打官司", "法律责任", "索赔", "诉讼", "维权", "律师函",
                "lawyer", "attorney", "sue", "suing", "lawsuit", "legal action", "take you to court", "solicitor");
        add(words, TextFlag.EFFORT, "打了好几次", "打了几次", "打了很多次", "好几次", "多次", "反复", "一直没人", "没人管",
                "没人接", "没人理", "踢皮球", "推来推去", "推诿", "跑了好几趟", "跑了几趟", "等了很久", "等了半天", "等了好久",
                "等了一个", "等了两个", "排了很久", "排队很久", "好几遍", "折腾", "费劲", "费事", "繁琐", "太麻烦", "很麻烦", "转接", "重复说",
                "来回跑", "还要再", "called several times", "called three times", "called twice", "several times",
                "multiple times", "many times", "again and again", "over and over", "kept waiting", "on hold", "transferred",
                "passed around", "runaround", "run around", "no one answered", "nobody answered", "hassle", "took forever",
                "waited for", "had to ask", "had to call", "had to go back", "repeatedly", "complicated", "difficult to",
                "hard to", "effort", "back and forth");
        MATCHER = new KeywordMatcher<>(words);
    }

    private ContentFlags() {
    }

    private static void add(Map<String, List<TextFlag>> words, TextFlag flag, String... keywords) {
        for (String keyword : keywords) {
            words.put(keyword, List.of(flag));
        }
    }

    /** The flags of a text already in model form. */
    static Set<TextFlag> find(String modelText) {
        Set<TextFlag> found = EnumSet.noneOf(TextFlag.class);
        found.addAll(MATCHER.find(modelText));
        return found;
    }
}
