package org.opencem.textanalytics.internal;

import java.util.List;

import org.opencem.textanalytics.Topic;

/** The taxonomy every tenant starts with: what restaurant and retail customers talk about. */
final class DefaultTaxonomy {

    static final List<Topic> TOPICS = List.of(
            topic("service", "服务", "Service", "服务", "service"),
            topic("service.attitude", "服务态度", "Staff attitude",
                    "态度,热情,服务员,店员,员工,前台,微笑,礼貌,耐心,冷漠,不耐烦,爱答不理,脸色,凶,粗鲁,傲慢,周到,贴心",
                    "attitude,friendly,unfriendly,rude,polite,staff,waiter,waitress,server,employee,cashier,smile,attentive,courteous"),
            topic("service.speed", "出餐速度", "Speed of service",
                    "上菜,出餐,速度,等了,等太久,太慢,好慢,很慢,很快,排队,等位,催了,效率,半天",
                    "slow,fast,quick,quickly,wait,waited,waiting,speed,took forever,minutes,queue,line"),
            topic("service.order", "点餐结账", "Ordering and payment",
                    "点餐,点单,下单,扫码,买单,结账,付款,收银,发票,小票,少收,多收,算错",
                    "order,ordering,menu,bill,checkout,payment,pay,receipt,charged,invoice"),
            topic("food", "菜品", "Food", "菜品", "food,dish,dishes,meal"),
            topic("food.taste", "口味", "Taste",
                    "味道,口味,好吃,难吃,咸,淡,辣,香,鲜,可口,油腻,入味,口感,美味,没味,甜,酸,腥",
                    "taste,tasty,tasteless,delicious,flavor,flavour,bland,salty,spicy,sweet,sour,greasy,yummy"),
            topic("food.portion", "分量", "Portion size",
                    "分量,份量,量大,量少,量足,太少,吃不饱,吃饱,量很足,分量足",
                    "portion,portions,serving,small,tiny,huge,generous,filling"),
            topic("food.temperature", "温度", "Temperature",
                    "凉了,冷了,不热,热乎,温度,冰凉,凉的,冷的,烫",
                    "cold,lukewarm,warm,hot,temperature"),
            topic("food.freshness", "新鲜度", "Freshness",
                    "新鲜,不新鲜,变质,馊,过期,发霉,臭了,异味",
                    "fresh,stale,spoiled,expired,rotten"),
            topic("environment", "环境", "Environment", "环境", "environment,place"),
            topic("environment.hygiene", "卫生", "Hygiene",
                    "卫生,干净,脏,苍蝇,蟑螂,桌子,厕所,洗手间,地面,油污,餐具",
                    "clean,dirty,hygiene,toilet,restroom,bathroom,table,tables,cutlery,filthy"),
            topic("environment.noise", "噪音", "Noise",
                    "吵,噪音,安静,嘈杂,音乐太大,闹",
                    "noisy,noise,loud,quiet,music"),
            topic("environment.ambience", "氛围装修", "Ambience",
                    "装修,氛围,环境好,舒适,座位,空调,灯光,拥挤,宽敞",
                    "ambience,ambiance,atmosphere,decor,seating,seats,cozy,crowded,air conditioning"),
            topic("price", "价格", "Price", "价格,价钱", "price,prices,pricing"),
            topic("price.value", "性价比", "Value for money",
                    "性价比,实惠,划算,不值,贵,便宜,物美价廉,物有所值,太坑",
                    "expensive,cheap,value,overpriced,worth,affordable,pricey,rip-off"),
            topic("price.promotion", "优惠活动", "Promotions",
                    "优惠,折扣,优惠券,活动,会员,满减,打折,积分,红包",
                    "discount,coupon,promotion,deal,voucher,membership,loyalty,points"),
            topic("delivery", "外卖配送", "Delivery",
                    "外卖,配送,骑手,送餐,送到,送达,快递,物流",
                    "delivery,delivered,courier,rider,driver,shipping"),
            topic("delivery.packaging", "包装", "Packaging",
                    "包装,洒了,漏了,撒了,餐盒,打包,密封",
                    "packaging,package,spilled,leaked,leaking,box,container"),
            topic("product", "商品", "Product", "商品,产品,东西", "product,item,goods"),
            topic("product.quality", "质量", "Quality",
                    "质量,做工,坏了,破损,次品,掉色,正品,耐用,材质",
                    "quality,broken,defective,damaged,durable,material,fake"),
            topic("product.availability", "库存", "Availability",
                    "缺货,没货,断货,卖完,售罄,没有了",
                    "out of stock,sold out,unavailable,in stock"));

    private DefaultTaxonomy() {
    }

    private static Topic topic(String code, String nameZh, String nameEn, String keywordsZh, String keywordsEn) {
        int dot = code.lastIndexOf('.');
        return new Topic(code, dot < 0 ? null : code.substring(0, dot), nameZh, nameEn,
                List.of(keywordsZh.split(",")), List.of(keywordsEn.split(",")));
    }
}
