package org.policygraph.graph;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {{NAME}}} slots of a Cypher template resource with fragments that the code composes from
 * fixed text (filters, orderings, anchor patterns); user input never enters a slot, it travels as parameters.
 */
public final class CypherTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_]+)}}");

    private CypherTemplate() {
    }

    public static String fill(String templateName, Map<String, String> slots) {
        String template = Cypher.statement(templateName);
        Matcher matcher = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String fragment = slots.get(matcher.group(1));
            if (fragment == null) {
                throw new IllegalArgumentException("Template " + templateName + " has no value for " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
