package vn.cds.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jar's first argument picks an administration command; anything else starts the application. */
class CommandsTest {

    @Test
    void onlyTheCommandNamesAsFirstArgumentAreCommands() {
        assertThat(Commands.handles(new String[] {"backup", "cds.sql"})).isTrue();
        assertThat(Commands.handles(new String[] {"restore", "cds.sql"})).isTrue();
        assertThat(Commands.handles(new String[] {"create-admin", "quantri"})).isTrue();
        assertThat(Commands.handles(new String[] {})).isFalse();
        assertThat(Commands.handles(new String[] {"--spring.profiles.active=demo"})).isFalse();
        assertThat(Commands.handles(new String[] {"--server.port=9090", "backup"})).isFalse();
    }

    @Test
    void aCommandWithoutItsArgumentPrintsTheUsageWithoutStartingAnything() {
        assertThat(Commands.run(new String[] {"create-admin"})).isEqualTo(2);
        assertThat(Commands.run(new String[] {"backup"})).isEqualTo(2);
    }
}
