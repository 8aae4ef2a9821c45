package org.policygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Validated pagination arguments: {@code first} (default 20, at most {@value #MAX_PAGE_SIZE}) and an opaque
 * {@code after} cursor. Cursors encode a position in a stable ordering (every list has a unique tiebreak).
 */
public record Page(int skip, int limit) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    private static final String CURSOR_PREFIX = "pg:";

    public static Page of(Integer first, String after) throws ApiErrors.BadUserInput, ApiErrors.PageSizeExceeded {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0) {
            throw new ApiErrors.BadUserInput("first must not be negative (got " + size + ")");
        }
        if (size > MAX_PAGE_SIZE) {
            throw new ApiErrors.PageSizeExceeded("first must be at most " + MAX_PAGE_SIZE + " (got " + size + ")");
        }
        return new Page(after == null ? 0 : positionAfter(after), size);
    }

    /** The cursor of the item at zero-based {@code position}. */
    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int positionAfter(String cursor) throws ApiErrors.BadUserInput {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                int position = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
                if (position >= 0 && position < Integer.MAX_VALUE - MAX_PAGE_SIZE) {
                    return position + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: not base64, or not a number
        }
        throw new ApiErrors.BadUserInput("after is not a cursor this API issued");
    }
}
