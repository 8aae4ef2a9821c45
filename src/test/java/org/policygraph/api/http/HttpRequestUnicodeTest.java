package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which request text counts as not Unicode (no Quarkus needed); the bad-input corpus covers the HTTP answers. */
class HttpRequestUnicodeTest {

    @Test
    void surrogatePairsAreCharactersLikeAnyOther() {
        // 𠀀 (U+20000, CJK Extension B, found in Chinese names) and 😀 are each one pair of surrogates.
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate("市商务局𠀀😀")).isFalse();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate("")).isFalse();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate(null)).isFalse();
    }

    @Test
    void aSurrogateWithoutItsOtherHalfIsNotUnicode() {
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate("\uD800")).isTrue();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate("x\uDC00")).isTrue();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate("\uDC00\uD800")).isTrue();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate("😀".substring(0, 1) + "x")).isTrue();
    }

    @Test
    void variablesAreSearchedThroughKeysValuesAndLists() {
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate(Map.of("f", Map.of("OR", List.of(Map.of("park", "光谷\uD800"))))))
                .isTrue();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate(Map.of("\uDBFF", 1))).isTrue();
        assertThat(GraphQLHttpRequest.hasUnpairedSurrogate(Map.of("n", List.of("𠀀", 5, true)))).isFalse();
    }
}
