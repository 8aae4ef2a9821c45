package org.policygraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.junit.jupiter.api.Test;
import org.policygraph.api.resolve.NestedFields;
import org.policygraph.read.shape.Shapes;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;

/**
 * A field added to a type the read plan answers is declared in its shape (read.shape.Shapes) or answered by a
 * resolver of its own (api.resolve.NestedFields): otherwise it is silently null on the compiled path — the schema
 * promises it, the plan never reads it (Park.place was, for a while). Checked on the checked-in contract,
 * schema.graphql, so the pair cannot drift apart.
 */
class ShapesCoverTheSchemaTest {

    @Test
    void everyFieldOfEveryShapedTypeIsReadByItsShapeOrItsOwnResolver() {
        Set<String> resolved = resolvedByNestedFields();
        List<String> unread = new ArrayList<>();
        for (GraphQLType type : ReadPlanSnapshotTest.SCHEMA.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && Shapes.of(object.getName()) != null) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    String name = object.getName() + "." + field.getName();
                    if (Shapes.field(object.getName(), field.getName()) == null && !resolved.contains(name)) {
                        unread.add(name);
                    }
                }
            }
        }
        assertThat(resolved).as("the reflection below finds the resolvers").contains("Department.responsibilities");
        assertThat(unread).isEmpty();
    }

    /** Type.field of every batch resolver ({@code @Source List<T>}) of NestedFields. */
    private static Set<String> resolvedByNestedFields() {
        Set<String> fields = new HashSet<>();
        for (Method method : NestedFields.class.getMethods()) {
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(Source.class)
                        && parameter.getParameterizedType() instanceof ParameterizedType list) {
                    Class<?> parent = (Class<?>) list.getActualTypeArguments()[0];
                    Type graphQLType = parent.getAnnotation(Type.class);
                    Name name = method.getAnnotation(Name.class);
                    fields.add((graphQLType != null ? graphQLType.value() : parent.getSimpleName()) + "."
                            + (name != null ? name.value() : method.getName()));
                }
            }
        }
        return fields;
    }
}
