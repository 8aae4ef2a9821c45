package org.policygraph.model;

/**
 * How a target relates to its value: AT_LEAST (以上/不少于), EXCEED (超过/突破), ABOUT (左右),
 * EQUAL (达到/plain value), RANGE (a—b, value..valueMax), ACTUAL (a reported baseline, not a target).
 */
public enum Comparator { AT_LEAST, EXCEED, ABOUT, EQUAL, RANGE, ACTUAL }
