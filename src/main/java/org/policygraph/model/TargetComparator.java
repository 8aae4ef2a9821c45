package org.policygraph.model;

import org.eclipse.microprofile.graphql.Enum;

/**
 * How a target relates to its value: AT_LEAST (以上/不少于), EXCEED (超过/突破), ABOUT (左右),
 * EQUAL (达到/plain value), RANGE (a—b, value..valueMax), ACTUAL (a reported figure, not a target: see
 * {@link IndicatorRole}). Named TargetComparator in Java so it does not shadow {@code java.util.Comparator};
 * the GraphQL enum keeps its published name {@code Comparator}.
 */
@Enum("Comparator")
public enum TargetComparator { AT_LEAST, EXCEED, ABOUT, EQUAL, RANGE, ACTUAL }
