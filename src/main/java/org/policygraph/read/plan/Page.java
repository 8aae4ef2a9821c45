package org.policygraph.read.plan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.policygraph.api.ApiErrors;

/**
 * Validated pagination arguments: {@code first} (default 20, at most {@value #MAX_PAGE_SIZE}) and an opaque
 * {@code after} cursor. Cursors encode a position in a stable ordering (every list has a unique tiebreak) and, for
 * lists read in key order (plan/measure-page-keyed), the key of the item too, so the next page seeks to it instead
 * of skipping every item before it. {@code skip} is the position of the page's first item; {@code afterKey} the key
 * of the item before it, or null.
 */
public record Page(int skip, int limit, String afterKey) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    private static final String CURSOR_PREFIX = "pg:";
    private static final String KEYED_CURSOR_PREFIX = "pk:";
    /** Separates the parts of a page key (seed/measure-page-keys); a key is continued after this character. */
    static final String KEY_SEPARATOR = "\u0001";
    /** Longest key a keyed cursor may carry (a key is a date, two ids and a position). */
    private static final int MAX_KEY_LENGTH = 1000;

    public static Page of(Integer first, String after) throws ApiErrors.BadUserInput, ApiErrors.PageSizeExceeded {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0) {
            throw new ApiErrors.BadUserInput("first must not be negative (got " + size + ")");
        }
        if (size > MAX_PAGE_SIZE) {
            throw new ApiErrors.PageSizeExceeded("first must be at most " + MAX_PAGE_SIZE + " (got " + size + ")");
        }
        return after == null ? new Page(0, size, null) : after(after, size);
    }

    /** The cursor of the item at zero-based {@code position}. */
    public static String cursor(int position) {
        return encode(CURSOR_PREFIX + position);
    }

    /** The cursor of the item at zero-based {@code position} whose page key is {@code key} (null: no key). */
    public static String cursor(int position, String key) {
        return key == null ? cursor(position) : encode(KEYED_CURSOR_PREFIX + position + ":" + key);
    }

    /**
     * The page's statement parameters: {@code skip} and {@code limit}; for keyed statements {@code after} (the
     * separator, then the key to continue after, if the cursor has one) and {@code seekSkip} (what remains to skip
     * from there: nothing after a keyed cursor, the position after an offset one).
     */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("skip", skip);
        parameters.put("limit", limit);
        parameters.put("after", afterKey == null ? KEY_SEPARATOR : KEY_SEPARATOR + afterKey);
        parameters.put("seekSkip", afterKey == null ? skip : 0);
        return parameters;
    }

    private static String encode(String cursor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }

    private static Page after(String cursor, int size) throws ApiErrors.BadUserInput {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String key = null;
            String position = null;
            if (decoded.startsWith(CURSOR_PREFIX)) {
                position = decoded.substring(CURSOR_PREFIX.length());
            } else if (decoded.startsWith(KEYED_CURSOR_PREFIX)) {
                int colon = decoded.indexOf(':', KEYED_CURSOR_PREFIX.length());
                if (colon > 0 && decoded.length() - colon - 1 <= MAX_KEY_LENGTH && decoded.indexOf('\0') < 0) {
                    position = decoded.substring(KEYED_CURSOR_PREFIX.length(), colon);
                    key = decoded.substring(colon + 1);
                }
            }
            if (position != null) {
                int at = Integer.parseInt(position);
                if (at >= 0 && at < Integer.MAX_VALUE - MAX_PAGE_SIZE) {
                    return new Page(at + 1, size, key);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: not base64, or not a number
        }
        throw new ApiErrors.BadUserInput("after is not a cursor this API issued");
    }
}
