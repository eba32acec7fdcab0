package org.anju.platform.rest;

import org.anju.platform.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void aFetchedExtraRowMeansThereIsANextPageFromTheLastItem() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, Cursors::encode);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursors.decode(page.nextCursor(), 1)).containsExactly("b");
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(Page.of(List.of("a", "b"), 2, Cursors::encode).nextCursor()).isNull();
        assertThat(Page.<String>of(List.of(), 2, Cursors::encode).items()).isEmpty();
    }

    @Test
    void cursorsCarryEveryKeyPart() {
        String cursor = Cursors.encode("2026-11-28T10:00:00Z", "id-1");
        assertThat(Cursors.decode(cursor, 2)).containsExactly("2026-11-28T10:00:00Z", "id-1");
    }

    @Test
    void aCursorThatIsNotOursIsABadRequestNamingTheCursor() {
        assertThatThrownBy(() -> Cursors.decode("%%%", 1)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Cursors.decode(Cursors.encode("a", "b"), 1)).isInstanceOf(InvalidInput.class);
    }
}
