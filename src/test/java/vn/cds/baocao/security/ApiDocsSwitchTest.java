package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI description and Swagger UI (issue 9, item 7) are off in a production install and can be switched on
 * with API_DOCS_ENABLED; the demo profile has them on. (The tests' profile turns them on for ApiHttpTest.)
 */
class ApiDocsSwitchTest {

    @Test
    void offInProductionOnInTheDemo() throws IOException {
        assertThat(resolve("springdoc.api-docs.enabled", "application.yml")).isEqualTo("false");
        assertThat(resolve("springdoc.swagger-ui.enabled", "application.yml")).isEqualTo("false");
        assertThat(resolve("springdoc.api-docs.enabled", "application.yml", "application-demo.yml")).isEqualTo("true");
        assertThat(resolve("springdoc.swagger-ui.enabled", "application.yml", "application-demo.yml"))
                .isEqualTo("true");
    }

    /** The property as Spring resolves it from these files (later ones win), with API_DOCS_ENABLED unset. */
    private static String resolve(String key, String... files) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        for (String file : files) {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                sources.addFirst(source);
            }
        }
        return new PropertySourcesPropertyResolver(sources).getProperty(key);
    }
}
