package org.policygraph.model;

import org.eclipse.microprofile.graphql.Enum;

/**
 * How a target relates to its value: AT_LEAST (以上/不少于), AT_MOST (a ceiling: 不超过/控制在…以内/…以下/低于),
 * EXCEED (超过/突破), ABOUT (左右),
 * EQUAL (达到/plain value), RANGE (a—b, value..valueMax), ACTUAL (a reported figure, not a target: see
 * {@link IndicatorRole}). Named TargetComparator in Java so it does not shadow {@code java.util.Comparator};
 * the GraphQL enum keeps its published name {@code Comparator}.
 */
@Enum("Comparator")
public enum TargetComparator { AT_LEAST, AT_MOST, EXCEED, ABOUT, EQUAL, RANGE, ACTUAL }
