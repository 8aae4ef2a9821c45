package org.policygraph.read.plan;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * One field of a query as the read plan sees it: response key, field name, argument values (variables resolved:
 * strings, integers, booleans, enum names, lists and maps) and sub-selection. Made from a validated operation (the
 * engine-free path) or from the engine's view of a field's selection.
 */
public record Selection(String key, String name, Map<String, Object> arguments, List<Selection> children) {

    /** The operation is outside what the plan answers exactly as the engine would; the engine answers it. */
    public static final class NotPlanned extends RuntimeException {
        public NotPlanned(String why) {
            super(why, null, false, false);
        }

        /** A refused argument ({@code cause}): the engine's resolver reports it (PlannedReads). */
        public NotPlanned(String why, GraphQLException cause) {
            super(why, cause, false, false);
        }
    }

    /**
     * The fields of a validated operation's selection set; NotPlanned for fragments, directives, a response key
     * given twice (the engine merges them) or a variable without a value (its default is the engine's).
     */
    public static List<Selection> of(SelectionSet set, Map<String, Object> variables) {
        List<Selection> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (graphql.language.Selection<?> selection : set.getSelections()) {
            if (!(selection instanceof Field field) || !field.getDirectives().isEmpty()) {
                throw new NotPlanned("fragments and directives are the engine's");
            }
            String key = field.getAlias() != null ? field.getAlias() : field.getName();
            if (!keys.add(key)) {
                throw new NotPlanned("response key " + key + " given twice");
            }
            Map<String, Object> arguments = new LinkedHashMap<>();
            for (Argument argument : field.getArguments()) {
                arguments.put(argument.getName(), value(argument.getValue(), variables));
            }
            List<Selection> children = field.getSelectionSet() == null ? List.of()
                    : of(field.getSelectionSet(), variables);
            fields.add(new Selection(key, field.getName(), arguments, children));
        }
        return fields;
    }

    /** The fields the engine says a field selects (fragments resolved), of an object type. */
    public static List<Selection> of(DataFetchingFieldSelectionSet set) {
        return of(set.getImmediateFields());
    }

    private static List<Selection> of(List<SelectedField> fields) {
        List<Selection> selections = new ArrayList<>();
        for (SelectedField field : fields) {
            if (field.getObjectTypeNames().size() != 1) {
                throw new NotPlanned("a field of an interface");
            }
            selections.add(new Selection(field.getResultKey(), field.getName(), field.getArguments(),
                    of(field.getSelectionSet().getImmediateFields())));
        }
        return selections;
    }

    private static Object value(Value<?> value, Map<String, Object> variables) {
        if (value instanceof VariableReference reference) {
            if (variables == null || !variables.containsKey(reference.getName())) {
                throw new NotPlanned("variable $" + reference.getName() + " not given (its default is the engine's)");
            }
            return variables.get(reference.getName());
        }
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof IntValue integer) {
            BigInteger big = integer.getValue();
            if (big.bitLength() >= 32) {
                throw new NotPlanned("an Int out of range");
            }
            return big.intValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof EnumValue enumValue) {
            return enumValue.getName();
        }
        if (value instanceof FloatValue number) {
            return number.getValue().doubleValue();
        }
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            array.getValues().forEach(v -> items.add(value(v, variables)));
            return items;
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (ObjectField field : object.getObjectFields()) {
                fields.put(field.getName(), value(field.getValue(), variables));
            }
            return fields;
        }
        throw new NotPlanned("an argument value of kind " + value.getClass().getSimpleName());
    }

    /** A string argument, or null when absent; NotPlanned for anything else. */
    public String string(String argument) {
        Object value = arguments.get(argument);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new NotPlanned(argument + " is not a string");
    }

    /** An Int argument, or null when absent; NotPlanned for anything else. */
    public Integer integer(String argument) {
        return integer(argument, arguments.get(argument));
    }

    /**
     * An Int value: an Integer, or a number of integral value in range (a variable's JSON number can reach the
     * engine's arguments uncoerced, as a BigDecimal); NotPlanned for anything else.
     */
    static Integer integer(String argument, Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Number number) {
            try {
                return new java.math.BigDecimal(number.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException notAnInt) {
                // falls through
            }
        }
        throw new NotPlanned(argument + " is not an Int");
    }

    /** Levels of fields below and including this one. */
    public int depth() {
        return 1 + children.stream().mapToInt(Selection::depth).max().orElse(0);
    }
}
