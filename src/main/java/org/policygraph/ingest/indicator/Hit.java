package org.policygraph.ingest.indicator;

/** One statement found in a passage, in compact coordinates, before it is named and placed in time. */
final class Hit {

    /**
     * SUFFIX: a figure ending its statement, named by what precedes it ("…达到20条以上"); PREFIX: a count after its
     * action verb, named by the verb and the noun after it ("培育形成5个…产业集群"); RANK: a rank ("稳居全省前三").
     */
    enum Type { SUFFIX, PREFIX, RANK }

    Type type;
    int start;      // first char of the statement core (number, or rank verb/term)
    int core;       // number start or rank term start: the position whose context (year, 力争) applies
    int end;        // exclusive end of what the quote must include
    Double value;
    Double valueMax;
    String unit;    // as printed
    String qualifier;
    String verb;    // PREFIX: the action verb; RANK: the rank verb
    String noun;    // PREFIX: the counted noun
    String rankTerm;
    boolean fromValue;
    /** "在…过千亿元基础上": the value is the level the plan builds on, a reported figure. */
    boolean onBasis;
    /**
     * PREFIX: "403个贫困村18万贫困人口脱贫退出": the counts listed one after another without a joint, their nouns
     * run together; the rest of the clause after this count's noun, whose predicate all of them share.
     */
    String listedBefore = "";
}
