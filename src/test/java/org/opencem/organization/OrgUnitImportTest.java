package org.opencem.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;

@OpenCemTest
class OrgUnitImportTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    OrgUnitImport orgUnitImport;
    @Autowired
    OrgUnits orgUnits;

    TestFixtures.Chain chain;
    Scope admin;

    @BeforeEach
    void setUp() {
        chain = fixtures.chain();
        admin = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
    }

    @Test
    void keepsGoodRowsAndReportsEachBadLineWithItsNumber() {
        String csv = """
                code,name,parent_code,type
                S101,苏州观前街店,SZ,门店
                SZ,苏州,EAST,城市
                ,无编码,SZ,门店
                S102,苏州金鸡湖店,SZ,超市
                S103,无上级,NOPE,门店
                S101,重复,SZ,门店
                S104,%s,SZ,门店
                S105,,SZ,门店
                """.formatted("长".repeat(201));

        OrgUnitImport.Result result = orgUnitImport.importCsv(admin, csv);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(result.failed()).isEqualTo(6);
        assertThat(errorsByLine(result)).containsExactly(
                Map.entry(4, List.of("common.required")),
                Map.entry(5, List.of("org.type.unknown")),
                Map.entry(6, List.of("org.import.unknownParent")),
                Map.entry(7, List.of("org.import.duplicate")),
                Map.entry(8, List.of("common.tooLong")),
                Map.entry(9, List.of("common.required")));
        OrgUnit suzhou = orgUnits.findByCode(chain.tenant().id(), "SZ").orElseThrow();
        OrgUnit store = orgUnits.findByCode(chain.tenant().id(), "S101").orElseThrow();
        assertThat(suzhou.parentId()).isEqualTo(chain.east().id());
        assertThat(store.parentId()).isEqualTo(suzhou.id());
        assertThat(store.name()).isEqualTo("苏州观前街店");
        assertThat(store.path()).startsWith(chain.east().path());
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S102")).isEmpty();
    }

    @Test
    void toleratesBomCrlfQuotedCommasAndQuotesAndChineseTypes() {
        String csv = "\uFEFFcode,name,parent_code,type\r\n"
                + "GZ,\"广州, 天河\",HQ,城市\r\n"
                + "S201,\"天河城店 \"\"旗舰\"\"\",GZ,store\r\n"
                + "S202,\"多行\n名称\",GZ,门店\r\n"
                + "S203,最后一行,NOPE,门店";

        OrgUnitImport.Result result = orgUnitImport.importCsv(admin, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.created()).isEqualTo(3);
        assertThat(orgUnits.findByCode(chain.tenant().id(), "GZ").orElseThrow().name()).isEqualTo("广州, 天河");
        OrgUnit flagship = orgUnits.findByCode(chain.tenant().id(), "S201").orElseThrow();
        assertThat(flagship.name()).isEqualTo("天河城店 \"旗舰\"");
        assertThat(flagship.type()).isEqualTo(UnitType.STORE);
        // The quoted line break makes S202 two lines long, so S203 starts on line 6.
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.messageKey()).isEqualTo("org.import.unknownParent");
        });
    }

    @Test
    void updatesAnExistingCodeAndMovesItWhenItsParentChanged() {
        String csv = """
                code,name,parent_code,type
                S001,上海南京西路旗舰店,EAST,门店
                S003,成都春熙路店,EAST,门店
                S004,重庆解放碑店,WEST,门店
                """;

        OrgUnitImport.Result result = orgUnitImport.importCsv(admin, csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S001").orElseThrow().name()).isEqualTo("上海南京西路旗舰店");
        OrgUnit moved = orgUnits.findByCode(chain.tenant().id(), "S003").orElseThrow();
        assertThat(moved.parentId()).isEqualTo(chain.east().id());
        assertThat(moved.path()).isEqualTo(chain.east().path() + moved.id() + "/");
    }

    @Test
    void reportsCyclesInTheFileAndAgainstTheExistingTree() {
        String csv = """
                code,name,parent_code,type
                A,甲,B,城市
                B,乙,A,城市
                C,丙,A,门店
                EAST,华东大区,S001,大区
                D,丁,D,门店
                """;

        OrgUnitImport.Result result = orgUnitImport.importCsv(admin, csv);

        assertThat(errorsByLine(result)).containsExactly(
                Map.entry(2, List.of("org.import.cycle")),
                Map.entry(3, List.of("org.import.cycle")),
                Map.entry(4, List.of("org.import.parentInCycle")),
                Map.entry(5, List.of("org.import.moveCycle")),
                Map.entry(6, List.of("org.import.ownParent")));
        assertThat(result.created()).isZero();
        assertThat(orgUnits.findByCode(chain.tenant().id(), "EAST").orElseThrow().parentId()).isEqualTo(chain.hq().id());
    }

    @Test
    void neverTouchesUnitsOutsideTheCallersScopeOrTenant() {
        TestFixtures.Chain other = fixtures.chain();
        Scope eastOnly = new Scope(chain.tenant().id(), List.of(chain.east().path()));
        String csv = """
                code,name,parent_code,type
                S003,改名,WEST,门店
                S301,新店,WEST,门店
                S302,新店,EAST,门店
                """;

        OrgUnitImport.Result result = orgUnitImport.importCsv(eastOnly, csv);

        assertThat(errorsByLine(result)).containsExactly(
                Map.entry(2, List.of("org.import.outOfScope")),
                Map.entry(3, List.of("org.import.parentOutOfScope")));
        assertThat(result.created()).isEqualTo(1);
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S003").orElseThrow().name()).isEqualTo("成都春熙路店");
        assertThat(orgUnits.findByCode(other.tenant().id(), "S302")).isEmpty();
    }

    @Test
    void refusesAFileWithoutTheHeaderOrNotInUtf8() {
        assertThat(orgUnitImport.importCsv(admin, "编码,名称\nX,Y\n").errors())
                .singleElement().satisfies(e -> assertThat(e.messageKey()).isEqualTo("org.import.badHeader"));
        byte[] gbk = "code,name,parent_code,type\nX,门店,HQ,门店\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(orgUnitImport.importCsv(admin, gbk).errors())
                .singleElement().satisfies(e -> assertThat(e.messageKey()).isEqualTo("org.import.notUtf8"));
    }

    private static Map<Integer, List<String>> errorsByLine(OrgUnitImport.Result result) {
        return result.errors().stream().collect(Collectors.groupingBy(OrgUnitImport.LineError::line,
                java.util.TreeMap::new, Collectors.mapping(OrgUnitImport.LineError::messageKey, Collectors.toList())));
    }
}
