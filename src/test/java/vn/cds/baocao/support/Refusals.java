package vn.cds.baocao.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;

/** Asserts a refusal: a {@link BusinessException} with the expected key, whose message exists (and reads as given). */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(Runnable action, String key, String vietnamese) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(Messages.has(key)).as("message %s exists", key).isTrue();
            assertThat(e.getLocalizedMessage()).doesNotStartWith("!");
            if (vietnamese != null) {
                assertThat(e.getLocalizedMessage()).isEqualTo(vietnamese);
            }
        });
    }
}
