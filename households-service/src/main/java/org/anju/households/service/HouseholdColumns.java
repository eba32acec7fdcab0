package org.anju.households.service;

import org.anju.households.domain.Category;
import org.anju.households.domain.Labels;
import org.anju.households.domain.Relation;
import org.anju.platform.i18n.Messages;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.SheetTemplate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.anju.platform.tabular.Column.Kind.DATE;
import static org.anju.platform.tabular.Column.Kind.IDENTIFIER;
import static org.anju.platform.tabular.Column.Kind.TEXT;
import static org.anju.platform.tabular.Column.Kind.YES_NO;

/**
 * The columns of the spreadsheets county offices exchange with the registry: the household file
 * (one row per member, imported as registrations), the lifecycle file (one row per household,
 * imported as lifecycle commands) and the export (one row per member, whose lifecycle columns the
 * lifecycle file reads back). A column is written with its Chinese header and read by its Chinese
 * or English header or its API field name (the headers of earlier files).
 */
final class HouseholdColumns {

    static final Column REGISTRY_NUMBER = Column.of("registryNumber", "建档立卡户编号", "Registry number", IDENTIFIER, true,
            "建档立卡户编号；一户的每名成员一行，各行填写相同编号并排在一起（可合并单元格）。"
                    + " The household's registry number, on each of its members' rows; a household's rows together (cells may be merged).",
            "1407230012017000123");
    static final Column COUNTY = Column.of("county", "县（区）代码", "County", IDENTIFIER, true,
            "县（区）的 6 位行政区划代码，如和顺县 140723。 The county's 6-digit code (GB/T 2260), e.g. 140723.", "140723");
    static final Column ORIGIN_VILLAGE = Column.of("originVillage", "迁出村", "Origin village", TEXT, true,
            "迁出的行政村（乡镇+村）。 The administrative village the household moves out of.", "松烟镇石叠村");
    static final Column ORIGIN_NATURAL_VILLAGE = Column.of("originNaturalVillage", "迁出自然村", "Origin natural village", TEXT, false,
            "迁出的自然村，可不填。 The natural village, optional.", "后沟");
    static final Column VILLAGE = Column.of("villageId", "整村搬迁自然村", "Whole-village relocation village", TEXT, false,
            "户所在的深度贫困自然村（整村搬迁）：填写登记的村名（多个乡镇有同名村时写“乡镇/村名”）或其 ID；不是整村搬迁的不填。"
                    + " The deep-poverty natural village the household leaves with, by its name (township/name where two townships"
                    + " have one of that name) or id; empty if none.",
            "");
    static final Column CATEGORY = Column.choice("category", "户类别", "Category", true, labels(Category.values()),
            "建档立卡贫困户或同步搬迁户。 Registered-poor or co-relocated.", label(Category.REGISTERED_POOR));
    static final Column SITE = Column.of("siteId", "安置点", "Resettlement site", TEXT, false,
            "集中安置点：填写登记的安置点名称或其 ID，可不填。 The resettlement site by its registered name or id; optional.", "");
    static final Column HOMESTEAD_TO_DEMOLISH = Column.of("homesteadToDemolish", "旧宅需拆除", "Homestead to demolish", YES_NO, false,
            "是否有需要拆除的旧宅基地；不填为否。 Whether an old homestead is to be demolished; empty is no.", "是");
    static final Column MEMBER_NAME = Column.of("memberName", "成员姓名", "Member name", TEXT, true,
            "成员姓名。 The member's name.", "王建国");
    static final Column ID_NUMBER = Column.of("idNumber", "身份证号码", "ID number", IDENTIFIER, true,
            "18 位居民身份证号码；请将此列设为文本格式。 The 18-character resident ID number; keep the column formatted as text.",
            "140723196504121238");
    static final Column RELATION = Column.choice("relation", "与户主关系", "Relation to head", true, labels(Relation.values()),
            "每户有且只有一名户主。 Exactly one head per household.", label(Relation.HEAD));
    static final Column LABOUR_CAPACITY = Column.of("labourCapacity", "有劳动能力", "Labour capacity", YES_NO, false,
            "成员是否有劳动能力；不填为否。 Whether the member can work; empty is no.", "是");
    static final Column PHONE = Column.of("phone", "联系电话", "Phone", IDENTIFIER, false,
            "手机或固定电话，可不填。 A phone number, optional.", "13800000000");

    static final Column HOUSING_ALLOCATED_ON = Column.of("housingAllocatedOn", "分房日期", "Housing allocated on", DATE, false,
            "分房到户、钥匙到手的日期；填写时须同时填写安置点和房号。 The day the flat was allocated; needs the site and the flat.",
            "2018-10-15");
    static final Column FLAT = Column.of("flatNumber", "房号", "Flat", TEXT, false,
            "分配的房号，如 3-2-501。 The flat allocated, e.g. 3-2-501.", "3-2-501");
    static final Column MOVED_IN_ON = Column.of("movedInOn", "入住日期", "Moved in on", DATE, false,
            "搬迁入住的日期。 The day the household moved in.", "2018-11-02");
    static final Column LIFTED_ON = Column.of("liftedOn", "脱贫日期", "Lifted out of poverty on", DATE, false,
            "建档立卡户脱贫的日期。 The day a registered-poor household was lifted out of poverty.", "");
    static final Column DEMOLISHED_ON = Column.of("demolishedOn", "旧宅拆除日期", "Homestead demolished on", DATE, false,
            "旧宅基地拆除的日期。 The day the old homestead was demolished.", "");
    static final Column RECLAIMED_ON = Column.of("reclaimedOn", "复垦日期", "Land reclaimed on", DATE, false,
            "旧宅基地复垦的日期（拆除之后）。 The day the homestead's land was reclaimed (after demolition).", "");

    /** The household file: one row per member, the household's columns repeated (or merged) over its members' rows. */
    static final List<Column> HOUSEHOLD_FILE = List.of(REGISTRY_NUMBER, COUNTY, ORIGIN_VILLAGE, ORIGIN_NATURAL_VILLAGE, VILLAGE,
            CATEGORY, SITE, HOMESTEAD_TO_DEMOLISH, MEMBER_NAME, ID_NUMBER, RELATION, LABOUR_CAPACITY, PHONE);
    /** The household's own columns: the same on each of its rows. */
    static final List<Column> HOUSEHOLD_OWN = List.of(COUNTY, ORIGIN_VILLAGE, ORIGIN_NATURAL_VILLAGE, VILLAGE, CATEGORY, SITE,
            HOMESTEAD_TO_DEMOLISH);
    /** The lifecycle file: a household by its registry number, and the steps it has taken, in lifecycle order. */
    static final List<Column> UPDATE_FILE = List.of(REGISTRY_NUMBER, HOUSING_ALLOCATED_ON, SITE, FLAT, MOVED_IN_ON, LIFTED_ON,
            DEMOLISHED_ON, RECLAIMED_ON);

    /**
     * The export: one row per member, the household's columns on each; its registry number and
     * lifecycle dates are the lifecycle file's columns, so an exported sheet with dates filled in
     * imports as lifecycle steps.
     */
    static final List<Column> EXPORT = List.of(
            Column.of("id", "户ID", "Household id", TEXT, false, "", ""),
            Column.of("version", "版本", "Version", TEXT, false, "", ""),
            REGISTRY_NUMBER, COUNTY, ORIGIN_VILLAGE, ORIGIN_NATURAL_VILLAGE, VILLAGE, CATEGORY, SITE, FLAT,
            Column.of("status", "搬迁状态", "Status", TEXT, false, "", ""),
            HOUSING_ALLOCATED_ON, MOVED_IN_ON,
            Column.of("povertyStatus", "脱贫状态", "Poverty status", TEXT, false, "", ""),
            LIFTED_ON,
            Column.of("homesteadStatus", "旧宅状态", "Homestead status", TEXT, false, "", ""),
            DEMOLISHED_ON, RECLAIMED_ON, MEMBER_NAME, ID_NUMBER,
            Column.of("birthDate", "出生日期", "Birth date", DATE, false, "", ""),
            Column.of("sex", "性别", "Sex", TEXT, false, "", ""),
            RELATION, LABOUR_CAPACITY, PHONE);

    static final SheetTemplate HOUSEHOLD_TEMPLATE = new SheetTemplate("搬迁户", HOUSEHOLD_FILE, List.of(
            HOUSEHOLD_FILE.stream().map(Column::example).toList(),
            List.of("1407230012017000123", "140723", "松烟镇石叠村", "后沟", "", label(Category.REGISTERED_POOR), "", "是",
                    "李秀英", "140723196708150022", label(Relation.SPOUSE), "否", "")));
    static final SheetTemplate UPDATE_TEMPLATE = new SheetTemplate("搬迁进度", UPDATE_FILE, List.of(
            List.of("1407230012017000123", "2018-10-15", "城东安置小区", "3-2-501", "2018-11-02", "", "", "")));

    private HouseholdColumns() {
    }

    /** Each value's code and Chinese name, in declaration order (the drop-down list's order). */
    private static Map<String, String> labels(Enum<?>[] values) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> labels.put(value.name(), label(value)));
        return labels;
    }

    /** A value's Chinese name, from the Chinese message bundle. */
    static String label(Enum<?> value) {
        String label = Messages.pattern(Labels.key(value), Messages.ZH);
        return label != null ? label : value.name();
    }
}
