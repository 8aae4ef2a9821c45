package org.policygraph.model;

/** FINAL for issued plans, DRAFT for 征求意见稿 (consultation drafts). */
public enum DocumentStatus { FINAL, DRAFT }
