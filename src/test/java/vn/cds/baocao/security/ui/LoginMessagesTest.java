package vn.cds.baocao.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.i18n.Messages;

/** The login page's sentences (issue 9, items 4 and 11): one for every failure of the user's own. */
class LoginMessagesTest {

    @Test
    void theUsersOwnFailuresShareOneSentenceThatNamesNoAccountState() {
        assertThat(LoginView.errorKey("")).isEqualTo("login.error.failed");
        assertThat(LoginView.errorKey("disabled")).as("an address someone typed").isEqualTo("login.error.failed");
        assertThat(Messages.has("login.error.disabled")).as("the old disclosing sentences are gone").isFalse();
        assertThat(Messages.has("login.error.locked")).isFalse();
    }

    @Test
    void everyReasonHasItsSentenceInBothLanguages() {
        for (String reason : List.of("", "throttled", "database", "system", "expired")) {
            String key = LoginView.errorKey(reason);
            assertThat(Messages.get(Messages.VIETNAMESE, key, 15)).as(key).doesNotStartWith("!");
            assertThat(Messages.get(Messages.ENGLISH, key, 15)).as(key).doesNotStartWith("!");
        }
        assertThat(Messages.get(Messages.VIETNAMESE, "login.error.throttled", 15)).contains("15 phút");
        assertThat(Messages.get(Messages.VIETNAMESE, "login.error.databaseUnavailable"))
                .doesNotContain("mật khẩu");
    }
}
