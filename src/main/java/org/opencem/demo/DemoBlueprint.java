package org.opencem.demo;

import java.util.List;

import org.opencem.platform.Role;

/** What the demo tenant is made of: the chain, its stores, departments, people and journey. */
final class DemoBlueprint {

    static final String TENANT_CODE = "demo";
    static final String TENANT_NAME = "味道家 Flavor House";
    static final String PASSWORD = "demo1234";

    static final String HQ = "HQ";

    /** A region under the head office. */
    record Region(String code, String name) {
    }

    /**
     * A store. {@code weight} is its share of the chain's guests, {@code promoters} and
     * {@code detractors} its usual NPS mix, {@code serving} its usual 上菜 top-2-box, and
     * {@code slowServing} whether its kitchen falls behind in the last weeks.
     */
    record Store(String code, String name, String region, double weight, double promoters, double detractors,
                 double serving, boolean slowServing, String manager, String managerName) {

        boolean hasManager() {
            return manager != null;
        }
    }

    record Person(String username, String displayName, Role role, String department, String scope,
                  String loginNote) {
    }

    record TouchpointPlan(String stage, String name, String department) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("EAST", "华东大区"),
            new Region("SOUTH", "华南大区"),
            new Region("WEST", "西南大区"));

    /** 重庆解放碑店 and 广州天河店 are the weak stores; the east and 深圳南山店 get slow at 上菜. */
    static final List<Store> STORES = List.of(
            new Store("SH001", "上海南京西路店", "EAST", 1.40, 0.56, 0.13, 0.87, true, "sh001", "赵敏"),
            new Store("SH002", "上海徐家汇店", "EAST", 1.20, 0.53, 0.14, 0.86, true, "sh002", "钱磊"),
            new Store("HZ001", "杭州西湖店", "EAST", 1.10, 0.57, 0.12, 0.88, true, "hz001", "孙悦"),
            new Store("SU001", "苏州观前街店", "EAST", 0.80, 0.51, 0.15, 0.85, false, null, null),
            new Store("GZ001", "广州天河店", "SOUTH", 1.10, 0.37, 0.29, 0.74, false, "gz001", "李强"),
            new Store("GZ002", "广州北京路店", "SOUTH", 0.90, 0.53, 0.14, 0.86, false, "gz002", "周婷"),
            new Store("SZ001", "深圳南山店", "SOUTH", 1.20, 0.55, 0.13, 0.87, true, "sz001", "吴昊"),
            new Store("SZ002", "深圳福田店", "SOUTH", 0.90, 0.51, 0.15, 0.85, false, "sz002", "郑洁"),
            new Store("CD001", "成都春熙路店", "WEST", 1.20, 0.59, 0.11, 0.89, false, "cd001", "王芳"),
            new Store("CD002", "成都太古里店", "WEST", 1.00, 0.54, 0.13, 0.87, false, "cd002", "冯刚"),
            new Store("CQ001", "重庆解放碑店", "WEST", 1.00, 0.34, 0.32, 0.71, false, "cq001", "陈杰"),
            new Store("KM001", "昆明南屏街店", "WEST", 0.70, 0.46, 0.19, 0.82, false, "km001", "杨帆"));

    /** code → name, in creation order. */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"OPS", "门店运营"},
            new String[] {"KITCHEN", "厨房"},
            new String[] {"CS", "客户服务"},
            new String[] {"IT", "信息技术"},
            new String[] {"LOGISTICS", "物流"},
            new String[] {"MKT", "市场"});

    /** The people shown on the login page, in order; store managers come from {@link #STORES}. */
    static final List<Person> PEOPLE = List.of(
            new Person("admin", "王磊", Role.TENANT_ADMIN, "IT", HQ, "总部 · 全部门店与设置"),
            new Person("cx", "李娜", Role.CX_MANAGER, "CS", HQ, "总部 · 全部门店"),
            new Person("analyst", "陈晨", Role.ANALYST, "MKT", HQ, "总部 · 只读"),
            new Person("east", "张伟", Role.UNIT_MANAGER, "OPS", "EAST", "华东大区经理，兼管无店长的苏州观前街店"),
            new Person("sh001", "赵敏", Role.UNIT_MANAGER, "OPS", "SH001", "上海南京西路店"),
            new Person("handler", "刘洋", Role.CASE_HANDLER, "CS", "EAST", "华东大区"),
            new Person("chef", "马超", Role.CASE_HANDLER, "KITCHEN", "SH001", "上海南京西路店厨师长 · 上菜工单"),
            new Person("kitchen", "黄磊", Role.CASE_HANDLER, "KITCHEN", "EAST", "华东区域厨务经理 · 其他华东门店的上菜工单"));

    static final String DINING = "就餐";
    static final String BOOKING = "线上预约";
    static final String SERVING = "上菜";

    /** The dining journey: one touchpoint per stage, each owned by a department. */
    static final String JOURNEY_NAME = "用餐";
    static final String JOURNEY_DESCRIPTION = "顾客从线上预约到离店的完整用餐旅程";
    static final List<TouchpointPlan> TOUCHPOINTS = List.of(
            new TouchpointPlan(BOOKING, BOOKING, "IT"),
            new TouchpointPlan("前往餐厅", "前往餐厅", "MKT"),
            new TouchpointPlan("排队等候", "排队等候", "OPS"),
            new TouchpointPlan("点餐", "点餐", "OPS"),
            new TouchpointPlan(SERVING, SERVING, "KITCHEN"),
            new TouchpointPlan(DINING, DINING, "OPS"),
            new TouchpointPlan("付款", "付款", "OPS"),
            new TouchpointPlan("离店", "离店", "CS"));

    static final String NPS_SURVEY = "就餐体验 NPS";
    static final String CSAT_SURVEY = "上菜满意度";

    private DemoBlueprint() {
    }

    static Store store(String code) {
        return STORES.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
