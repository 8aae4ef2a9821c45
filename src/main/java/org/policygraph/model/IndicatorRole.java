package org.policygraph.model;

/**
 * What a stated figure is to the plan: a TARGET it sets, the BASELINE it starts from ("由目前的 25% 提高至 40%":
 * 25%), or an ACTUAL it reports as achieved (a 十四五 plan's "十三五"期间 results, a 2020年完成值 column).
 */
public enum IndicatorRole { TARGET, BASELINE, ACTUAL }
