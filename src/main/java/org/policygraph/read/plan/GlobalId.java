package org.policygraph.read.plan;

import java.util.Set;

/**
 * Global object ids (Relay's Global Object Identification): {@code <Type>:<key>}, e.g. {@code Measure:003/附件-12},
 * {@code Document:003}, {@code Department:commerce-bureau}. The key is the node's stored {@code id} property, so a
 * global id is as stable as the key, and unique across types because the type is part of it. Clients treat it as
 * opaque; it is readable only to make logs and debugging easier.
 *
 * <p>Arguments that name one type ({@code document(id:)}, {@code measure(id:)}, {@code MeasureFilter.documentId} …)
 * take either the global id or the bare key they took before, so ids kept by older clients keep working. A key
 * never starts with {@code <Type>:} (keys of documents and their parts start with a document id, which has no
 * colon; vocabulary ids are slugs; change ids are UUIDs), so the two forms cannot be confused.
 */
public final class GlobalId {

    private GlobalId() {
    }

    /** The global id of the node of {@code type} with stored id {@code key}. */
    public static String of(String type, String key) {
        return key == null ? null : type + ":" + key;
    }

    /**
     * The stored id an argument of {@code type} names: the key of a global id of that type, or the argument itself
     * when it is a bare key. A global id of another type names nothing of this one: it is returned as given and
     * matches no node.
     */
    public static String key(String type, String idOrKey) {
        if (idOrKey == null) {
            return null;
        }
        String prefix = type + ":";
        return idOrKey.startsWith(prefix) ? idOrKey.substring(prefix.length()) : idOrKey;
    }

    /** A decoded global id; null when {@code id} has no prefix among {@code types} (the GraphQL names of Node types). */
    public static Parsed parse(String id, Set<String> types) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0 || !types.contains(id.substring(0, colon)) || colon == id.length() - 1) {
            return null;
        }
        return new Parsed(id.substring(0, colon), id.substring(colon + 1));
    }

    public record Parsed(String type, String key) {
    }
}
