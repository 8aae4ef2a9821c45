package org.policygraph.read.plan;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.api.ApiErrors;
import org.policygraph.api.schema.DepartmentFilter;
import org.policygraph.api.schema.IndicatorFilter;
import org.policygraph.api.schema.IndicatorOrder;
import org.policygraph.api.schema.IndicatorOrderField;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.api.schema.MeasureOrder;
import org.policygraph.api.schema.MeasureOrderField;
import org.policygraph.api.schema.OrderDirection;
import org.policygraph.api.schema.RoleType;
import org.policygraph.graph.CypherConditions;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.DepartmentConditions;
import org.policygraph.graph.IndicatorConditions;
import org.policygraph.graph.MeasureConditions;
import org.policygraph.model.Places;

/** Turns filter and order inputs into WHERE / ORDER BY fragments, validating them on the way. */
public final class Filters {

    /** Nesting limit of AND / OR / NOT, so a filter cannot grow into an expensive statement. */
    static final int MAX_FILTER_DEPTH = 5;
    /** Items per AND / OR list. */
    static final int MAX_FILTER_BRANCHES = 20;
    /** Longest name or text a filter accepts. */
    static final int MAX_TEXT_LENGTH = 200;

    private Filters() {
    }

    public static String measureWhere(MeasureFilter filter, CypherParams p) throws ApiErrors.BadUserInput {
        return filter == null ? CypherConditions.always() : measureWhere(filter, p, 1);
    }

    private static String measureWhere(MeasureFilter f, CypherParams p, int depth) throws ApiErrors.BadUserInput {
        if (depth > MAX_FILTER_DEPTH) {
            throw new ApiErrors.BadUserInput("MeasureFilter nests AND/OR/NOT deeper than " + MAX_FILTER_DEPTH + " levels");
        }
        List<String> all = new ArrayList<>();
        if (f.documentId != null) {
            all.add(MeasureConditions.inDocument(p, GlobalId.key("Document", text("documentId", f.documentId))));
        }
        if (f.docNumber != null) {
            all.add(MeasureConditions.inDocumentNumbered(p, text("docNumber", f.docNumber)));
        }
        if (f.leadDepartment != null) {
            all.add(MeasureConditions.hasDepartmentInRole(p, RoleType.LEADS.name(), text("leadDepartment", f.leadDepartment)));
        }
        if (f.supportingDepartment != null) {
            all.add(MeasureConditions.hasDepartmentInRole(p, RoleType.SUPPORTS.name(),
                    text("supportingDepartment", f.supportingDepartment)));
        }
        if (f.coordinatingDepartment != null) {
            all.add(MeasureConditions.hasDepartmentInRole(p, RoleType.COORDINATES.name(),
                    text("coordinatingDepartment", f.coordinatingDepartment)));
        }
        if (f.park != null) {
            all.add(MeasureConditions.concernsPark(p, text("park", f.park)));
        }
        if (f.initiative != null) {
            all.add(MeasureConditions.advancesInitiative(p, text("initiative", f.initiative)));
        }
        if (f.textContains != null) {
            all.add(MeasureConditions.textContains(p, text("textContains", f.textContains)));
        }
        if (f.hasIndicator != null) {
            all.add(MeasureConditions.hasIndicator(f.hasIndicator));
        }
        if (f.hasLead != null) {
            all.add(MeasureConditions.hasAnyDepartmentInRole(RoleType.LEADS.name(), f.hasLead));
        }
        if (f.AND != null) {
            all.add(CypherConditions.allOf(branches(f.AND, p, depth, "AND")));
        }
        if (f.OR != null) {
            all.add(CypherConditions.anyOf(branches(f.OR, p, depth, "OR")));
        }
        if (f.NOT != null) {
            all.add(CypherConditions.not(measureWhere(f.NOT, p, depth + 1)));
        }
        return CypherConditions.allOf(all);
    }

    private static List<String> branches(List<MeasureFilter> filters, CypherParams p, int depth, String operator)
            throws ApiErrors.BadUserInput {
        if (filters.size() > MAX_FILTER_BRANCHES) {
            throw new ApiErrors.BadUserInput(operator + " takes at most " + MAX_FILTER_BRANCHES + " filters");
        }
        List<String> conditions = new ArrayList<>();
        for (MeasureFilter branch : filters) {
            if (branch != null) {
                conditions.add(measureWhere(branch, p, depth + 1));
            }
        }
        return conditions;
    }

    /**
     * The parents {@code filter} names at its top level (a department in a role, a park, an initiative), the first
     * such condition; null when it names none. Every measure the filter matches hangs on one of them.
     */
    public static MeasureConditions.Parents measureParents(MeasureFilter f, CypherParams p)
            throws ApiErrors.BadUserInput {
        if (f == null) {
            return null;
        }
        if (f.leadDepartment != null) {
            return MeasureConditions.departmentsInRole(p, RoleType.LEADS.name(), text("leadDepartment", f.leadDepartment));
        }
        if (f.supportingDepartment != null) {
            return MeasureConditions.departmentsInRole(p, RoleType.SUPPORTS.name(),
                    text("supportingDepartment", f.supportingDepartment));
        }
        if (f.coordinatingDepartment != null) {
            return MeasureConditions.departmentsInRole(p, RoleType.COORDINATES.name(),
                    text("coordinatingDepartment", f.coordinatingDepartment));
        }
        if (f.park != null) {
            return MeasureConditions.parksNamed(p, text("park", f.park));
        }
        if (f.initiative != null) {
            return MeasureConditions.initiativesNamed(p, text("initiative", f.initiative));
        }
        return null;
    }

    /**
     * Texts one of which every measure the filter matches contains: {@code textContains} at its top level, any AND
     * branch's texts, or under OR the texts of all branches when each branch has some (never under NOT); null when
     * there are none or one is empty (every measure contains ''). Its measures are then among
     * MeasureConditions.textCandidates of those texts.
     */
    public static List<String> measureTexts(MeasureFilter f) throws ApiErrors.BadUserInput {
        if (f == null) {
            return null;
        }
        if (f.textContains != null && !f.textContains.isEmpty()) {
            return List.of(text("textContains", f.textContains));
        }
        if (f.AND != null) {
            for (MeasureFilter branch : f.AND) {
                List<String> texts = measureTexts(branch);
                if (texts != null) {
                    return texts;
                }
            }
        }
        if (f.OR != null && !f.OR.isEmpty()) {
            java.util.Set<String> union = new java.util.LinkedHashSet<>();
            for (MeasureFilter branch : f.OR) {
                List<String> texts = measureTexts(branch);
                if (texts == null) {
                    return null; // a match of this branch need contain no text
                }
                union.addAll(texts);
            }
            return List.copyOf(union);
        }
        return null;
    }

    /**
     * Whether the filter asks nothing but the parents it names ({@link #measureParents}): exactly one of the parent
     * fields, no other condition. Then its total is the parents' stored counts (MeasureConditions.Parents#countReached).
     */
    public static boolean onlyNamesParents(MeasureFilter f) {
        if (f == null) {
            return false;
        }
        long parents = java.util.stream.Stream.of(f.leadDepartment, f.supportingDepartment, f.coordinatingDepartment,
                f.park, f.initiative).filter(java.util.Objects::nonNull).count();
        return parents == 1 && f.documentId == null && f.docNumber == null && f.textContains == null
                && f.hasIndicator == null && f.hasLead == null && f.AND == null && f.OR == null && f.NOT == null;
    }

    /** Whether the filter asks nothing but hasIndicator: its measures are a stored facet list (HAS_INDICATOR|b). */
    public static boolean onlyAsksHasIndicator(MeasureFilter f) {
        return f != null && f.hasIndicator != null && f.documentId == null && f.docNumber == null
                && f.leadDepartment == null && f.supportingDepartment == null && f.coordinatingDepartment == null
                && f.park == null && f.initiative == null && f.textContains == null && f.hasLead == null
                && f.AND == null && f.OR == null && f.NOT == null;
    }

    public static String measureOrder(List<MeasureOrder> orderBy) {
        List<String> keys = new ArrayList<>();
        if (orderBy == null || orderBy.isEmpty()) {
            keys.add(MeasureConditions.byIssuedOn(false));
        } else {
            for (MeasureOrder order : orderBy) {
                boolean descending = order.direction == OrderDirection.DESC;
                keys.add(order.field == MeasureOrderField.POSITION
                        ? MeasureConditions.byPosition(descending)
                        : MeasureConditions.byIssuedOn(descending));
            }
        }
        return MeasureConditions.orderBy(keys);
    }

    public static String indicatorWhere(IndicatorFilter f, CypherParams p) throws ApiErrors.BadUserInput {
        List<String> all = new ArrayList<>();
        if (f != null) {
            if (f.documentId != null) {
                all.add(IndicatorConditions.inDocument(p, GlobalId.key("Document", text("documentId", f.documentId))));
            }
            if (f.year != null) {
                all.add(IndicatorConditions.yearIs(p, f.year));
            }
            if (f.yearFrom != null) {
                all.add(IndicatorConditions.yearFrom(p, f.yearFrom));
            }
            if (f.yearTo != null) {
                all.add(IndicatorConditions.yearTo(p, f.yearTo));
            }
            if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
                throw new ApiErrors.BadUserInput("yearFrom (" + f.yearFrom + ") is after yearTo (" + f.yearTo + ")");
            }
            if (f.kind != null && !f.kind.isEmpty()) {
                all.add(IndicatorConditions.kindIn(p, f.kind.stream().map(Enum::name).toList()));
            }
            if (f.comparator != null && !f.comparator.isEmpty()) {
                all.add(IndicatorConditions.comparatorIn(p, f.comparator.stream().map(Enum::name).toList()));
            }
            if (f.nameContains != null) {
                all.add(IndicatorConditions.nameContains(p, text("nameContains", f.nameContains)));
            }
            if (f.unit != null) {
                all.add(IndicatorConditions.unitIs(p, text("unit", f.unit)));
            }
            if (f.aspirational != null) {
                all.add(IndicatorConditions.aspirational(p, f.aspirational));
            }
        }
        return CypherConditions.allOf(all);
    }

    /**
     * Whether the filter asks nothing but kinds and years (or nothing): its matches are counted by the stored
     * IndicatorCount per kind and year. Every other field of IndicatorFilter must be absent here
     * (IndicatorFilterCountTest fails for a new field this method does not know).
     */
    public static boolean indicatorsCountedByKindAndYear(IndicatorFilter f) {
        return f == null || (f.documentId == null && (f.comparator == null || f.comparator.isEmpty())
                && f.nameContains == null && f.unit == null && f.aspirational == null);
    }

    /** Whether the filter bounds the year (year, yearFrom or yearTo): indicators without a year do not match. */
    public static boolean yearBounded(IndicatorFilter f) {
        return f != null && (f.year != null || f.yearFrom != null || f.yearTo != null);
    }

    /** Whether the filter names kinds and bounds the year: the shape the kind-and-year index serves. */
    public static boolean indicatorsByKindAndYear(IndicatorFilter f) {
        return f != null && f.kind != null && !f.kind.isEmpty()
                && (f.year != null || f.yearFrom != null || f.yearTo != null);
    }

    public static String indicatorOrder(List<IndicatorOrder> orderBy) {
        List<String> keys = new ArrayList<>();
        if (orderBy == null || orderBy.isEmpty()) {
            keys.add(IndicatorConditions.orderKey(IndicatorOrderField.POSITION.name(), false));
        } else {
            for (IndicatorOrder order : orderBy) {
                keys.add(IndicatorConditions.orderKey(order.field.name(), order.direction == OrderDirection.DESC));
            }
        }
        return IndicatorConditions.orderBy(keys);
    }

    public static String departmentWhere(DepartmentFilter f, CypherParams p) throws ApiErrors.BadUserInput {
        List<String> all = new ArrayList<>();
        if (f != null) {
            if (f.nameContains != null) {
                all.add(DepartmentConditions.nameContains(p, text("nameContains", f.nameContains)));
            }
            if (f.level != null) {
                all.add(DepartmentConditions.levelIs(p, text("level", f.level)));
            }
            if (f.documentId != null) {
                all.add(DepartmentConditions.hasRoleInDocument(p, GlobalId.key("Document", text("documentId", f.documentId))));
            }
            if (f.place != null) {
                all.add(DepartmentConditions.placeWithin(p, place(f.place)));
            }
        }
        return CypherConditions.allOf(all);
    }

    /** A {@code place} argument: null when absent, else a place as {@link Places} reads one (武汉市, 天津市河北区). */
    public static String place(String value) throws ApiErrors.BadUserInput {
        if (value == null) {
            return null;
        }
        String place = text("place", value).strip();
        if (!Places.isPlace(place)) {
            throw new ApiErrors.BadUserInput(Places.notAPlace(place));
        }
        return place;
    }

    /** Validates a free-text argument: bounded length, no NUL characters. */
    public static String text(String argument, String value) throws ApiErrors.BadUserInput {
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new ApiErrors.BadUserInput(argument + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new ApiErrors.BadUserInput(argument + " contains a NUL character");
        }
        return value;
    }
}
